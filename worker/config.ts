import { z } from 'zod';

export interface Config {
  accountCreationsPerHour: number;
  failedPairingAttemptsPerMinute: number;
  allowedOrigins: string[];
}

const limit = (name: string) =>
  z.coerce
    .number({ error: `wrangler.toml [vars] ${name} must be a whole number.` })
    .int(`wrangler.toml [vars] ${name} must be a whole number.`)
    .min(1, `wrangler.toml [vars] ${name} must be at least 1.`);

const configSchema = z.object({
  ACCOUNT_CREATIONS_PER_HOUR: limit('ACCOUNT_CREATIONS_PER_HOUR'),
  FAILED_PAIRING_ATTEMPTS_PER_MINUTE: limit('FAILED_PAIRING_ATTEMPTS_PER_MINUTE'),
  ALLOWED_ORIGINS: z.string().optional().default(''),
});

/** The server's settings from wrangler.toml `[vars]`; a bad value throws (and logs) a clear error. */
export function readConfig(env: Env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) throw new Error(result.error.issues.map((issue) => issue.message).join(' '));
  const parsed = result.data;
  return {
    accountCreationsPerHour: parsed.ACCOUNT_CREATIONS_PER_HOUR,
    failedPairingAttemptsPerMinute: parsed.FAILED_PAIRING_ATTEMPTS_PER_MINUTE,
    allowedOrigins: parsed.ALLOWED_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
  };
}
