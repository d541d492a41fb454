/** What the Worker is given: the D1 database and the `[vars]` of wrangler.toml. */
export interface Bindings {
  DB: D1Database;
  /** Accounts one client address may create per hour. */
  ACCOUNT_CREATIONS_PER_HOUR: string;
  /** Wrong pairing codes or recovery keys one client address may try per minute. */
  FAILED_PAIRING_ATTEMPTS_PER_MINUTE: string;
  /** Web origins allowed by CORS besides extension origins, comma-separated. */
  ALLOWED_ORIGINS: string;
}

/** The device a request's bearer token belongs to. */
export interface AuthenticatedDevice {
  deviceId: string;
  accountId: string;
  /** The account's change sequence number when the request began. */
  accountSeq: number;
}

export interface AppEnv {
  Bindings: Bindings;
}

export interface AuthedEnv {
  Bindings: Bindings;
  Variables: { device: AuthenticatedDevice };
}
