/**
 * A local sync worker for a test: `wrangler dev --local` with its own free port and its own
 * empty D1 (a temporary folder with the real migrations applied), removed again by `stop()`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startWranglerDev as startProcess,
  type WranglerDev,
} from '../../../scripts/wrangler-process';

export type { WranglerDev };

export async function startWranglerDev(
  options: { vars?: Record<string, string>; script?: string } = {},
): Promise<WranglerDev> {
  const persistDir = mkdtempSync(join(tmpdir(), 'readalong-d1-'));
  const remove = () => rmSync(persistDir, { recursive: true, force: true });
  try {
    const worker = await startProcess({ persistDir, vars: options.vars, script: options.script });
    return {
      ...worker,
      stop: async () => {
        await worker.stop();
        remove();
      },
    };
  } catch (error) {
    remove();
    throw error;
  }
}
