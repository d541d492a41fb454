import { MAX_MARKDOWN_BYTES } from '../markdown-import/check-input';

/** What a fetch answered, before its body is read. */
export interface ListResponse {
  url: string;
  status: number;
  /** The `Content-Type` header, if any. */
  contentType: string | null;
  /** The `Content-Length` header as a number, if any. */
  contentLength: number | null;
}

/**
 * Whether to read a response's body as a list. `tryNext`: the address held nothing (404, 410),
 * so the next candidate of a `ListSource` may; when none is left, show `message`.
 */
export type ResponseVerdict = { ok: true } | { ok: false; message: string; tryNext: boolean };

export type TextVerdict = { ok: true; text: string } | { ok: false; message: string };

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;
/** Types that are surely not a Markdown list; anything text-like (or unnamed) is read. */
const NOT_TEXT = /^(?:image|audio|video|font)\/|^application\/(?:pdf|zip|gzip|x-tar|vnd\.)/i;

const WEB_PAGE =
  'This address gives a web page, not a Markdown file. On GitHub, open the file and press "Raw", then use that address; elsewhere, use the address of the .md file itself.';

/** Checks a fetched response's status, type and announced size before its body is read. */
export function checkListResponse(response: ListResponse): ResponseVerdict {
  const host = hostOf(response.url);
  const { status } = response;
  if (status === 404 || status === 410) {
    return {
      ok: false,
      tryNext: true,
      message: `Nothing was found at ${response.url}. Check the address: copy it from the browser's address bar while the list is open.`,
    };
  }
  if (status === 401 || status === 403) {
    return no(
      `${host} would not share this list (error ${status}): it may be private. Use a public list, or save it as a .md file and choose that file.`,
    );
  }
  if (status === 429 || status >= 500) {
    return no(`${host} could not answer just now (error ${status}). Try again in a few minutes.`);
  }
  if (status < 200 || status > 299) {
    return no(`${host} answered with error ${status}. Check the address and try again.`);
  }
  const type = response.contentType?.trim() ?? '';
  if (HTML_TYPES.test(type)) return no(WEB_PAGE);
  if (NOT_TEXT.test(type)) {
    return no(
      `This address gives a file of type ${type.split(';')[0]}, not a Markdown list. Use the address of a .md file.`,
    );
  }
  if (response.contentLength !== null && response.contentLength > MAX_MARKDOWN_BYTES) {
    return no(tooLarge(response.contentLength));
  }
  return { ok: true };
}

/**
 * Checks the body read from a list's address: not empty, not a web page, within the importer's
 * size (`MAX_MARKDOWN_BYTES`). The importer then checks the Markdown itself.
 */
export function checkListText(text: string, url: string): TextVerdict {
  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_MARKDOWN_BYTES) return { ok: false, message: tooLarge(bytes) };
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (start === '') {
    return { ok: false, message: `The list at ${url} is empty. Check the address.` };
  }
  if (/^<(?:!doctype\s+html|html[\s>]|head[\s>])/i.test(start)) {
    return { ok: false, message: WEB_PAGE };
  }
  return { ok: true, text };
}

/** What to say when a fetch failed before any answer (offline, unknown host, refused). */
export function unreachableMessage(url: string): string {
  return `Could not reach ${hostOf(url)}. Check your connection and the address, then try again.`;
}

function tooLarge(bytes: number): string {
  const mib = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const kib = Math.round(MAX_MARKDOWN_BYTES / 1024);
  return `This list is ${bytes < 1024 * 1024 ? `${Math.ceil(bytes / 1024)} KB` : mib(bytes)}; Readalong reads lists of up to ${kib} KB. Save the part you want to follow as a .md file and choose that file.`;
}

function no(message: string): ResponseVerdict {
  return { ok: false, message, tryNext: false };
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return 'The site';
  }
}
