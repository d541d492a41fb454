import { describe, expect, it } from 'vitest';
import doc from '../../docs/sync-protocol.md?raw';
import { errorCodes } from '../../shared/sync-protocol/error-codes';
import { documentedOperations } from './support/openapi';

/** docs/sync-protocol.md is written by hand; these keep it complete. */
describe('docs/sync-protocol.md', () => {
  it('lists every error code with its status', () => {
    for (const [code, { status }] of Object.entries(errorCodes)) {
      expect(doc, code).toMatch(new RegExp(`\\| \`${code}\` +\\| ${status} +\\|`));
    }
  });

  it('lists every endpoint of /v1/openapi.json', async () => {
    for (const { method, path } of await documentedOperations()) {
      expect(doc).toContain(`\`${method} ${path}\``);
    }
  });

  it('describes what the server guarantees, not a placeholder', () => {
    expect(doc).toContain('## What the server guarantees');
    expect(doc).not.toMatch(/TODO|TBD/);
  });
});
