import packageJson from '../package.json' with { type: 'json' };

/** The server's version: package.json's, bundled at build time. */
export const VERSION: string = packageJson.version;
