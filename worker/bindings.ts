/** The device a request's bearer token belongs to. */
export interface AuthenticatedDevice {
  deviceId: string;
  accountId: string;
  /** The account's change sequence number when the request began. */
  accountSeq: number;
}

/** What the Worker is given: `Env`, generated from wrangler.toml into worker-configuration.d.ts. */
export interface AppEnv {
  Bindings: Env;
}

export interface AuthedEnv {
  Bindings: Env;
  Variables: { device: AuthenticatedDevice };
}
