/**
 * Start and stop a local `wrangler dev` (the sync worker on workerd, with a local D1) the safe
 * way: its own free port, migrations applied first, offline, in its own process group, and
 * stopped by signalling that group (a signal to one process leaves workerd serving).
 * Used by `npm run dev`, the end-to-end tests and the load run of `npm run bench`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WRANGLER = fileURLToPath(
  new URL('../node_modules/wrangler/bin/wrangler.js', import.meta.url),
);
const OFFLINE_ENV = { WRANGLER_SEND_METRICS: 'false', CLOUDFLARE_CF_FETCH_ENABLED: 'false' };
const OUTPUT_TAIL_CHARS = 4000;
const STOP_GRACE_MS = 5000;

export interface WranglerDevOptions {
  /** Where the local D1 lives; default `.wrangler/state` (wrangler's own default). */
  persistDir?: string;
  /** Port to listen on (127.0.0.1); default a free one. */
  port?: number;
  /** A Worker entry to run instead of wrangler.toml's `main` (the bench's measuring entry, the fuzzer's clocked entry). */
  script?: string;
  /** `--var NAME:VALUE` overrides of the worker's [vars], e.g. other rate limits. */
  vars?: Record<string, string>;
  /** How long to wait for `GET /v1/health` to answer 200; default 30 s. */
  readyTimeoutMs?: number;
  /** Called with everything wrangler prints (it is kept quiet otherwise). */
  onOutput?: (text: string) => void;
}

export interface WranglerDev {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  port: number;
  /** SIGTERM to the whole process group, SIGKILL after a grace period; resolves once it is gone. */
  stop(): Promise<void>;
  /** Settles when wrangler exits, for whatever reason, with how it ended (`code 1`, `signal SIGTERM`). */
  exited: Promise<string>;
}

/** Process groups still running, signalled if this process exits without stopping them. */
const liveGroups = new Set<number>();
process.on('exit', () => {
  for (const pid of liveGroups) signalGroup(pid, 'SIGTERM');
});

/** A port nobody listens on right now: bind port 0 on 127.0.0.1 and read what the OS gave. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('Could not find a free port on 127.0.0.1'));
      });
    });
  });
}

/** Whether `port` can be bound on 127.0.0.1 right now. */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** Apply the migrations in worker/migrations to the local D1 stored in `persistDir`. */
export async function applyMigrations(persistDir: string, timeoutMs = 60_000): Promise<void> {
  await runWrangler(
    ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persistDir],
    `Applying the D1 migrations to ${persistDir}`,
    timeoutMs,
  );
}

/** The rows `sql` reads from the local D1 stored in `persistDir` (no `wrangler dev` needed). */
export async function queryLocalD1<Row>(
  persistDir: string,
  sql: string,
  timeoutMs = 60_000,
): Promise<Row[]> {
  const args = ['d1', 'execute', 'DB', '--local', '--persist-to', persistDir, '--json'];
  const stdout = await runWrangler(
    [...args, '--command', sql],
    `Querying ${persistDir}`,
    timeoutMs,
  );
  const [first] = JSON.parse(stdout) as Array<{ results: Row[] }>;
  return first?.results ?? [];
}

/** Runs one wrangler command to its end, in its own process group; resolves with its stdout. */
async function runWrangler(args: string[], what: string, timeoutMs: number): Promise<string> {
  const child = spawn(process.execPath, [WRANGLER, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...OFFLINE_ENV, CI: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not run wrangler (${WRANGLER})`);
  liveGroups.add(pid);
  let stdout = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  const output = collectOutput(child);
  // 'close', not 'exit': it comes once stdout is drained, so the output read is complete.
  const exited = new Promise<string>((resolve) => {
    child.once('close', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`));
  });
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<string>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  const outcome = await Promise.race([exited, timedOut]);
  clearTimeout(timer);
  await stopGroup(pid, exited);
  if (outcome === 'timeout') {
    throw new Error(`${what} did not finish within ${timeoutMs / 1000} s:\n${output.tail()}`);
  }
  if (outcome !== 'code 0') {
    throw new Error(`${what} failed (wrangler exited with ${outcome}):\n${output.tail()}`);
  }
  return stdout;
}

/** Apply migrations, start `wrangler dev --local`, and wait until `/v1/health` answers 200. */
export async function startWranglerDev(options: WranglerDevOptions = {}): Promise<WranglerDev> {
  const persistDir = options.persistDir ?? '.wrangler/state';
  if (options.port !== undefined && !(await isPortFree(options.port))) {
    throw new Error(
      `Cannot start wrangler dev on port ${options.port}: something already listens there`,
    );
  }
  await applyMigrations(persistDir);
  const port = options.port ?? (await freePort());
  const inspectorPort = await freePort();
  const args = [
    WRANGLER,
    'dev',
    ...(options.script ? [options.script] : []),
    '--local',
    '--ip',
    '127.0.0.1',
    '--port',
    String(port),
    '--inspector-port',
    String(inspectorPort),
    '--persist-to',
    persistDir,
    '--show-interactive-dev-session=false',
    ...Object.entries(options.vars ?? {}).flatMap(([name, value]) => ['--var', `${name}:${value}`]),
  ];
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...OFFLINE_ENV },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const pid = child.pid;
  if (pid === undefined) {
    throw new Error(`Could not start wrangler dev (${process.execPath} ${WRANGLER})`);
  }
  liveGroups.add(pid);
  const output = collectOutput(child, options.onOutput);
  const exited = new Promise<string>((resolve) => {
    child.once('exit', (code, signal) => resolve(signal ? `signal ${signal}` : `code ${code}`));
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopGroup(pid, exited);
  try {
    await waitForHealth(url, exited, options.readyTimeoutMs ?? 30_000);
  } catch (error) {
    await stop();
    throw new Error(
      `wrangler dev did not become ready on ${url}: ${(error as Error).message}\n` +
        `Last output of wrangler:\n${output.tail()}`,
    );
  }
  return { url, port, stop, exited };
}

async function waitForHealth(url: string, exited: Promise<string>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let exitReason: string | undefined;
  void exited.then((reason) => {
    exitReason = reason;
  });
  let lastProblem = 'no answer yet';
  while (Date.now() < deadline) {
    if (exitReason) throw new Error(`wrangler exited early (${exitReason})`);
    try {
      const response = await fetch(`${url}/v1/health`, { signal: AbortSignal.timeout(2000) });
      await response.arrayBuffer();
      if (response.status === 200) return;
      lastProblem = `GET /v1/health answered ${response.status}`;
    } catch (error) {
      lastProblem = (error as Error).message;
    }
    await sleep(100);
  }
  throw new Error(`timed out after ${timeoutMs} ms (${lastProblem})`);
}

async function stopGroup(pid: number, exited: Promise<string>): Promise<void> {
  if (!liveGroups.delete(pid)) return;
  signalGroup(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_GRACE_MS;
  while (groupAlive(pid) && Date.now() < deadline) await sleep(50);
  if (groupAlive(pid)) signalGroup(pid, 'SIGKILL');
  while (groupAlive(pid)) await sleep(50);
  await Promise.race([exited, sleep(1000)]);
}

function signalGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Drain a child's output (a full pipe would stall it), keeping the tail for error messages. */
function collectOutput(child: ChildProcess, onOutput?: (text: string) => void) {
  let tail = '';
  const take = (chunk: Buffer) => {
    const text = chunk.toString();
    tail = (tail + text).slice(-OUTPUT_TAIL_CHARS);
    onOutput?.(text);
  };
  child.stdout?.on('data', take);
  child.stderr?.on('data', take);
  return { tail: () => tail.trim() || '(no output)' };
}

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
