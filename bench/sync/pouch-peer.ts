/**
 * The PouchDB side of the initial sync: its server started in its own process group
 * (pouch-server.ts), and a one-shot pull of the whole database into a fresh in-memory PouchDB,
 * as a new browser's first replication does, at a given batch size.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPouchDB } from './pouchdb';

const SERVER = fileURLToPath(new URL('./pouch-server.ts', import.meta.url));
const READY_TIMEOUT_MS = 120_000;

export interface PouchServer {
  /** The database's URL, e.g. `http://127.0.0.1:PORT/progress`. */
  dbUrl: string;
  stop(): Promise<void>;
}

export async function startPouchServer(count: number): Promise<PouchServer> {
  const logDir = await mkdtemp(join(tmpdir(), 'readalong-pouch-'));
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER, String(count), logDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('Could not start the PouchDB server');
  const stopGroup = () => {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', stopGroup);
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000);
  });
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('The PouchDB server did not start')),
      READY_TIMEOUT_MS,
    );
    let out = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = /\{"port":(\d+)\}/.exec(out);
      if (line) {
        clearTimeout(timer);
        resolve(Number(line[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The PouchDB server exited (${code}): ${errors}`));
    });
  });
  return {
    dbUrl: `http://127.0.0.1:${port}/progress`,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        stopGroup();
        await exited;
      }
      process.off('exit', stopGroup);
      await rm(logDir, { recursive: true, force: true });
    },
  };
}

const PouchDB = loadPouchDB();
let fresh = 0;

/** Replicates `dbUrl` into a new in-memory database; returns how many documents it wrote. */
export async function pullIntoFreshPouch(dbUrl: string, batchSize: number): Promise<number> {
  const local = new PouchDB(`fresh-${process.pid}-${fresh++}`, { adapter: 'memory' });
  try {
    const result = await local.replicate.from(dbUrl, { batch_size: batchSize });
    return result.docs_written;
  } finally {
    await local.destroy();
  }
}
