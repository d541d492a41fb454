/**
 * The calls extension pages make to change progress: tick / skip / untick, and reset. The
 * background runs them through the single progress writer.
 */
import { z } from 'zod';
import type { ProgressStatus } from '../../shared/resource-progress';
import { handleCall } from '../lib/background-calls';
import { resetProgress, setStatus } from '../lib/progress-actions';

declare module '../lib/background-calls' {
  interface BackgroundCalls {
    'set-status': (request: { resourceKeys: string[]; status: ProgressStatus }) => Promise<void>;
    reset: (request: { resourceKeys: string[] }) => Promise<void>;
  }
}

const resourceKeys = z
  .array(z.string().min(1).max(256), 'resourceKeys must be a list of resource keys')
  .min(1, 'resourceKeys is empty: name at least one resource')
  .max(10_000, 'resourceKeys lists more than 10,000 resources');

const setStatusRequest = z.object({
  resourceKeys,
  status: z.enum(['none', 'done', 'skipped'], 'status must be "none", "done" or "skipped"'),
});
const resetRequest = z.object({ resourceKeys });

function parse<T>(schema: z.ZodType<T>, call: string, request: unknown): T {
  const parsed = schema.safeParse(request);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`Bad ${call} request: ${issue?.message ?? 'unreadable'}`);
}

export function registerProgressCalls(): void {
  handleCall('set-status', async (request) => {
    const { resourceKeys, status } = parse(setStatusRequest, 'set-status', request);
    await setStatus(resourceKeys, status);
  });
  handleCall('reset', async (request) => {
    const { resourceKeys } = parse(resetRequest, 'reset', request);
    await resetProgress(resourceKeys);
  });
}
