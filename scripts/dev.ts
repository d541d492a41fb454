/**
 * `npm run dev`: the sync worker on workerd with a local D1 (kept in .wrangler/state, so data
 * survives restarts; migrations applied first), and the extension built for Chrome and Firefox
 * with that worker as its default sync server. Runs until Ctrl-C, then stops the worker.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { isPortFree, startWranglerDev, type WranglerDev } from './wrangler-process';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WXT = fileURLToPath(new URL('../node_modules/wxt/bin/wxt.mjs', import.meta.url));
const PERSIST_DIR = '.wrangler/state';
const PREFERRED_PORT = 8787;

async function main() {
  let worker: WranglerDev | undefined;
  let stopping = false;
  const shutDown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (worker) {
      console.log('\nStopping the worker…');
      await worker.stop();
    }
    process.exit(code);
  };
  process.on('SIGINT', () => void shutDown(0));
  process.on('SIGTERM', () => void shutDown(0));
  process.on('SIGHUP', () => void shutDown(0));

  try {
    const port = (await isPortFree(PREFERRED_PORT)) ? PREFERRED_PORT : undefined;
    console.log(
      `Starting the sync worker (local D1 in ${PERSIST_DIR}, migrations applied first)` +
        (port ? ` on port ${port}…` : `: port ${PREFERRED_PORT} is taken, using a free one…`),
    );
    worker = await startWranglerDev({
      persistDir: PERSIST_DIR,
      port,
      onOutput: (text) => {
        // After start-up, show wrangler's request log and errors as they come.
        if (worker) process.stdout.write(text);
      },
    });
    if (stopping) return;
    void worker.exited.then((how) => {
      if (stopping) return;
      console.error(`\nThe sync worker stopped unexpectedly (${how}); see its output above.`);
      void shutDown(1);
    });
    const env = { ...process.env, WXT_SYNC_SERVER_URL: worker.url };
    for (const browser of ['chrome', 'firefox']) {
      console.log(`Building the extension for ${browser}…`);
      await run(process.execPath, [WXT, 'build', '-b', browser], env);
      if (stopping) return;
    }
    console.log(instructions(worker.url));
  } catch (error) {
    console.error(`\nnpm run dev failed: ${(error as Error).message}`);
    await shutDown(1);
  }
}

function instructions(url: string): string {
  return `
Readalong is ready.

  Sync worker:  ${url}   (health check: ${url}/v1/health)
  Local D1:     ${PERSIST_DIR}
  Extension:    .output/chrome-mv3     (Chrome, Chromium, Edge)
                .output/firefox-mv3    (Firefox)
  Its default sync server is ${url}.

Load it
  Chrome:  open chrome://extensions, turn on "Developer mode", click "Load unpacked"
           and choose the folder .output/chrome-mv3
  Firefox: open about:debugging, click "This Firefox", "Load Temporary Add-on…"
           and choose .output/firefox-mv3/manifest.json

After changing the extension's code, run \`npm run dev\` again and reload it in the browser.
Press Ctrl-C to stop the worker.
`;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit' });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(
          new Error(`\`wxt ${args.slice(1).join(' ')}\` failed (${signal ?? `exit code ${code}`})`),
        );
    });
  });
}

await main();
