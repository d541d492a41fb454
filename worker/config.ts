import { z } from 'zod';

/** The operator's settings: wrangler.toml `[vars]`, whose defaults docs/sync-protocol.md lists. */
export interface Config {
  accountCreationsPerHour: number;
  failedPairingAttemptsPerMinute: number;
  /** Per account: the sum of its registers' sizes (key + value as JSON, UTF-8 bytes). */
  accountMaxStoredBytes: number;
  accountMaxRegisters: number;
  accountMaxDevices: number;
  /** Per account: `/v1/sync` requests per minute, from all its devices together. */
  syncRequestsPerMinute: number;
  /** Per account: devices joined per hour (with a pairing code or the recovery key). */
  joinsPerHour: number;
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
  ACCOUNT_MAX_STORED_BYTES: limit('ACCOUNT_MAX_STORED_BYTES'),
  ACCOUNT_MAX_REGISTERS: limit('ACCOUNT_MAX_REGISTERS'),
  ACCOUNT_MAX_DEVICES: limit('ACCOUNT_MAX_DEVICES'),
  ACCOUNT_SYNC_REQUESTS_PER_MINUTE: limit('ACCOUNT_SYNC_REQUESTS_PER_MINUTE'),
  ACCOUNT_JOINS_PER_HOUR: limit('ACCOUNT_JOINS_PER_HOUR'),
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
    accountMaxStoredBytes: parsed.ACCOUNT_MAX_STORED_BYTES,
    accountMaxRegisters: parsed.ACCOUNT_MAX_REGISTERS,
    accountMaxDevices: parsed.ACCOUNT_MAX_DEVICES,
    syncRequestsPerMinute: parsed.ACCOUNT_SYNC_REQUESTS_PER_MINUTE,
    joinsPerHour: parsed.ACCOUNT_JOINS_PER_HOUR,
    allowedOrigins: parsed.ALLOWED_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
  };
}
