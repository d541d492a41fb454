import { describe, expect, it } from 'vitest';
import {
  checkListResponse,
  checkListText,
  unreachableMessage,
} from '../../shared/list-import/fetched-list';
import { MAX_MARKDOWN_BYTES } from '../../shared/markdown-import/check-input';

const url = 'https://raw.githubusercontent.com/o/r/HEAD/README.md';
const ok = { url, status: 200, contentType: 'text/plain; charset=utf-8', contentLength: 1200 };

describe('checkListResponse', () => {
  it('reads a text answer, whatever its text type, or one without a type', () => {
    for (const contentType of ['text/plain', 'text/markdown; charset=UTF-8', null]) {
      expect(checkListResponse({ ...ok, contentType })).toEqual({ ok: true });
    }
  });

  it('moves on to the next candidate when an address holds nothing', () => {
    const verdict = checkListResponse({ ...ok, status: 404 });
    expect(verdict).toMatchObject({ ok: false, tryNext: true });
    expect(verdict.ok || verdict.message).toMatch(/^Nothing was found at https:\/\/raw\./);
  });

  it('tells the learner what to do when the answer is a web page, an error or too large', () => {
    const message = (change: Partial<typeof ok>) => {
      const verdict = checkListResponse({ ...ok, ...change });
      return verdict.ok ? '' : verdict.message;
    };
    expect(message({ contentType: 'text/html; charset=utf-8' })).toMatch(
      /^This address gives a web page, not a Markdown file\. On GitHub, open the file and press "Raw"/,
    );
    expect(message({ contentType: 'application/pdf' })).toBe(
      'This address gives a file of type application/pdf, not a Markdown list. Use the address of a .md file.',
    );
    expect(message({ status: 403 })).toMatch(
      /would not share this list \(error 403\): it may be private/,
    );
    expect(message({ status: 503 })).toMatch(/\(error 503\)\. Try again in a few minutes\.$/);
    expect(message({ contentLength: 50 * 1024 * 1024 })).toBe(
      'This list is 50.0 MB; Readalong reads lists of up to 512 KB. Save the part you want to follow as a .md file and choose that file.',
    );
  });
});

describe('checkListText', () => {
  it('passes Markdown through', () => {
    expect(checkListText('# List\n- [x](https://x.example)', url)).toEqual({
      ok: true,
      text: '# List\n- [x](https://x.example)',
    });
  });

  it('refuses an empty body, an HTML page served as text, and more than the importer reads', () => {
    expect(checkListText(' \n', url)).toEqual({
      ok: false,
      message: `The list at ${url} is empty. Check the address.`,
    });
    expect(checkListText('\n<!DOCTYPE html><html><body>Sign in</body></html>', url)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^This address gives a web page/),
    });
    expect(checkListText('x'.repeat(MAX_MARKDOWN_BYTES + 1), url)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^This list is 513 KB; Readalong reads lists of up to 512 KB/),
    });
  });

  it('names the host it could not reach', () => {
    expect(unreachableMessage(url)).toBe(
      'Could not reach raw.githubusercontent.com. Check your connection and the address, then try again.',
    );
  });
});
