/** Build-time settings read by sync (set in the environment of `wxt build`). */
interface ImportMetaEnv {
  /** The sync server the extension offers by default, e.g. `https://sync.readalong.dev`. */
  readonly WXT_SYNC_SERVER_URL?: string;
}
