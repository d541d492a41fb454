import { createExecutionContext } from 'cloudflare:test';
import { env } from 'cloudflare:workers';
import { createApp } from '../../../worker/app';
import { type CallOptions, requestInit, SERVER } from './api';

/**
 * `call`, against the same app and the same D1 but with some `[vars]` changed (small quotas
 * and limits, so a test can reach them).
 */
export function callWithVars(vars: Record<string, string>) {
  const app = createApp();
  return (method: string, path: string, options: CallOptions = {}): Promise<Response> =>
    Promise.resolve(
      // With an execution context, as the runtime gives every request (a sync's poke uses it).
      app.request(
        `${SERVER}${path}`,
        requestInit(method, options),
        { ...env, ...vars },
        createExecutionContext(),
      ),
    );
}
