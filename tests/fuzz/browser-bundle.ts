/**
 * browser-thread.ts and the extension code it runs, bundled once per fuzzer run into one
 * plain JavaScript module (with Vite, as WXT builds the extension), so each of the many
 * browser threads (a new one per service-worker death) starts in milliseconds instead of
 * compiling TypeScript again.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';

const ENTRY = fileURLToPath(new URL('./browser-thread.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface BrowserBundle {
  /** A URL `new Worker()` accepts. */
  entry: URL;
  remove(): void;
}

export async function bundleBrowser(): Promise<BrowserBundle> {
  const outDir = mkdtempSync(join(tmpdir(), 'readalong-fuzz-'));
  await build({
    root: ROOT,
    configFile: false,
    logLevel: 'error',
    ssr: { noExternal: true, target: 'node' },
    define: { 'import.meta.env.WXT_SYNC_SERVER_URL': 'undefined' },
    build: {
      ssr: ENTRY,
      outDir,
      emptyOutDir: false,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'browser-thread.mjs', format: 'es' } },
    },
  });
  return {
    entry: pathToFileURL(join(outDir, 'browser-thread.mjs')),
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}
