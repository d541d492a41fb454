/**
 * The Firefox package: built as it ships (`wxt build -b firefox`) and checked with
 * addons-linter, the linter behind `web-ext lint` and addons.mozilla.org's validator. It must
 * report no errors, and the manifest must carry what Firefox needs instead of Chrome's.
 */

import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MARK_PAGE_DONE } from '../../extension/lib/page-commands';
import { ROOT_DIR } from './support/e2e-paths';
import { runCommand } from './support/run-command';

/** A build mode of its own (WXT builds into `.output/firefox-mv3-<mode>`), one per test run. */
const MODE = `firefox-lint-${process.pid}`;
const BUILD_DIR = `${ROOT_DIR}.output/firefox-mv3-${MODE}`;

interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
}

let packageDir: string;

/** Runs addons-linter on a folder; its exit code says "errors found", the JSON says which. */
function addonsLinter(dir: string): Promise<LintReport> {
  const linter = `${ROOT_DIR}node_modules/addons-linter/bin/addons-linter`;
  const child = spawn(process.execPath, [linter, '--output', 'json', dir], {
    cwd: ROOT_DIR,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      try {
        resolve(JSON.parse(out) as LintReport);
      } catch {
        reject(
          new Error(`addons-linter exited with ${code} without a JSON report:\n${err || out}`),
        );
      }
    });
  });
}

beforeAll(async () => {
  await runCommand(
    process.execPath,
    [`${ROOT_DIR}node_modules/wxt/bin/wxt.mjs`, 'build', '-b', 'firefox', '--mode', MODE],
    { cwd: ROOT_DIR },
  );
  packageDir = mkdtempSync(join(tmpdir(), 'readalong-firefox-'));
  cpSync(BUILD_DIR, packageDir, { recursive: true });
  rmSync(BUILD_DIR, { recursive: true, force: true });
});

afterAll(() => {
  if (packageDir) rmSync(packageDir, { recursive: true, force: true });
});

describe('the Firefox package', () => {
  it('passes addons-linter with no errors', async () => {
    const report = await addonsLinter(packageDir);
    const errors = report.errors.map((e) => `${e.code} in ${e.file ?? '?'}: ${e.message}`);
    expect(errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });

  it('has an add-on id, a sidebar, and nothing only Chrome knows', () => {
    const manifest = JSON.parse(readFileSync(join(packageDir, 'manifest.json'), 'utf8'));
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.browser_specific_settings?.gecko?.id).toMatch(/^[^@\s]+@[^@\s]+$/);
    expect(manifest.sidebar_action?.default_panel).toBe('sidepanel.html');
    expect(manifest.side_panel).toBeUndefined();
    expect(manifest.permissions).not.toContain('sidePanel');
    // Firefox knows unlimitedStorage too (a large synced account outgrows the default).
    expect(manifest.permissions).toContain('unlimitedStorage');
    // "Mark this page done": a rebindable command and a context-menu entry.
    expect(manifest.permissions).toContain('contextMenus');
    expect(manifest.commands?.[MARK_PAGE_DONE]?.suggested_key?.default).toBe('Alt+Shift+D');
    // Sync can reach a self-hosted server once the learner allows its origin.
    expect(manifest.optional_host_permissions).toEqual(
      expect.arrayContaining(['https://*/*', 'http://*/*']),
    );
  });

  it('ships its icons at 16, 32, 48 and 128 px, for the add-on and its toolbar button', () => {
    const manifest = JSON.parse(readFileSync(join(packageDir, 'manifest.json'), 'utf8'));
    expect(manifest.action?.default_icon).toEqual(manifest.icons);
    for (const size of [16, 32, 48, 128]) {
      const png = readFileSync(join(packageDir, manifest.icons?.[size]));
      // A PNG's IHDR chunk holds its width and height, big-endian, at bytes 16 and 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
    }
  });
});
