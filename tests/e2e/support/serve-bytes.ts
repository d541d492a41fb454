import type { ServerResponse } from 'node:http';

/**
 * Answer with `body`, honouring a single `Range: bytes=…` request (206 + Content-Range), as
 * media servers do: the browser's <video> needs it to seek.
 */
export function serveBytes(
  response: ServerResponse,
  body: Buffer,
  contentType: string,
  range: string | undefined,
): void {
  response.setHeader('Content-Type', contentType);
  response.setHeader('Accept-Ranges', 'bytes');
  response.setHeader('Cache-Control', 'no-store');
  const wanted = range ? parseRange(range, body.length) : null;
  if (wanted === 'unsatisfiable') {
    response.writeHead(416, { 'Content-Range': `bytes */${body.length}` }).end();
    return;
  }
  if (!wanted) {
    response.writeHead(200, { 'Content-Length': body.length }).end(body);
    return;
  }
  const [start, end] = wanted;
  response
    .writeHead(206, {
      'Content-Length': end - start + 1,
      'Content-Range': `bytes ${start}-${end}/${body.length}`,
    })
    .end(body.subarray(start, end + 1));
}

function parseRange(header: string, size: number): [number, number] | 'unsatisfiable' | null {
  const match = header.match(/^bytes=(\d*)-(\d*)$/);
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const [, from = '', to = ''] = match;
  if (from === '') {
    const suffix = Math.min(Number(to), size);
    return suffix === 0 ? 'unsatisfiable' : [size - suffix, size - 1];
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Math.min(Number(to), size - 1);
  return start >= size || end < start ? 'unsatisfiable' : [start, end];
}
