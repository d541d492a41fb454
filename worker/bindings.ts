/** What the Worker is given: the D1 database and the `[vars]` of wrangler.toml. */
export interface Bindings {
  DB: D1Database;
  /** Accounts one client address may create per hour. */
  ACCOUNT_CREATIONS_PER_HOUR: string;
  /** Wrong pairing codes or recovery keys one client address may try per minute. */
  FAILED_PAIRING_ATTEMPTS_PER_MINUTE: string;
  /** Per account: the most bytes of keys and values it may store. */
  ACCOUNT_MAX_STORED_BYTES: string;
  /** Per account: the most registers it may hold. */
  ACCOUNT_MAX_REGISTERS: string;
  /** Per account: the most devices it may have at once. */
  ACCOUNT_MAX_DEVICES: string;
  /** Per account: `/v1/sync` requests per minute, all its devices together. */
  ACCOUNT_SYNC_REQUESTS_PER_MINUTE: string;
  /** Per account: devices that may join it per hour. */
  ACCOUNT_JOINS_PER_HOUR: string;
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
