/**
 * A local server that stands in for the real hosts (github.com, www.youtube.com, …) in the
 * end-to-end tests. The browser resolves those hosts to it (see `launchExtension`'s `hostMap`),
 * so a test opens `https://github.com/x/y` and gets a page from here. One port answers both
 * HTTPS (self-signed certificate naming the stand-in hosts; Chromium runs with
 * `--ignore-certificate-errors`) and plain HTTP.
 *
 * What it serves, by the request's Host header:
 * - `routes` given by the test, keyed by `host/path` (no query), first;
 * - YouTube hosts: a stand-in watch page (see `standin-youtube.ts` and
 *   `fixtures/youtube-player.js` for its SPA navigation, `t=`, ads and autoplay flags);
 * - anything else: a plain HTML page titled `host/path`.
 * Every request is recorded in `requests`, so tests can check what was or was not fetched.
 */
import { readFileSync } from 'node:fs';
import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createServer as createTcpServer, type Socket } from 'node:net';
import { type StandinVideo, VIDEO_PATHS } from './e2e-paths';
import { standinCertificatePaths } from './make-certificate';
import { serveBytes } from './serve-bytes';
import { genericPage, type StandinYouTubeVideo, youtubePlayerScript } from './standin-pages';
import { youtubeReply } from './standin-youtube';

export interface StandinRequest {
  method: string;
  /** Host header without the port, e.g. `github.com`. */
  host: string;
  /** Path and query, e.g. `/watch?v=abc`. */
  path: string;
  url: URL;
  headers: IncomingMessage['headers'];
}

export interface StandinReply {
  status?: number;
  contentType?: string;
  headers?: Record<string, string>;
  body: string | Buffer;
}

/** A fixed reply, or a function of the request (undefined falls through to the defaults). */
export type StandinRoute = StandinReply | ((request: StandinRequest) => StandinReply | undefined);

export interface StandinServerOptions {
  /** Replies for exact `host/path` keys, e.g. `'github.com/chiphuyen/dmls-book'`. */
  routes?: Record<string, StandinRoute>;
  /** YouTube videos by id: their title, and which stand-in WebM plays (default `long`, 60 s). */
  videos?: Record<string, StandinYouTubeVideo>;
}

export interface StandinServer {
  port: number;
  /** `https://localhost:PORT`, to reach the server without host mapping. */
  origin: string;
  /** Every request so far, oldest first. */
  requests: StandinRequest[];
  /** Forget the requests recorded so far. */
  clearRequests(): void;
  stop(): Promise<void>;
}

const ASSET_PREFIX = '/__standin/';

export async function startStandinServer(
  options: StandinServerOptions = {},
): Promise<StandinServer> {
  const paths = standinCertificatePaths();
  let tls: { cert: Buffer; key: Buffer };
  try {
    tls = { cert: readFileSync(paths.cert), key: readFileSync(paths.key) };
  } catch (error) {
    throw new Error(
      `The stand-in certificate is missing (${(error as Error).message}); ` +
        'it is made by tests/e2e/support/global-setup.ts: run the tests with the e2e project.',
    );
  }
  const requests: StandinRequest[] = [];
  const handle = (request: IncomingMessage, response: ServerResponse, scheme: string) => {
    try {
      const url = new URL(request.url ?? '/', `${scheme}://${request.headers.host ?? 'localhost'}`);
      const record: StandinRequest = {
        method: request.method ?? 'GET',
        host: url.hostname,
        path: `${url.pathname}${url.search}`,
        url,
        headers: request.headers,
      };
      requests.push(record);
      answer(record, request, response, options);
    } catch (error) {
      response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(`Stand-in server error: ${(error as Error).stack}`);
    }
  };
  const https = createHttpsServer(tls, (req, res) => handle(req, res, 'https'));
  const http = createHttpServer((req, res) => handle(req, res, 'http'));
  const sockets = new Set<Socket>();
  // One port for both: a TLS connection starts with a handshake record (first byte 0x16).
  const tcp = createTcpServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? https : http).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    socket.on('error', () => socket.destroy());
  });
  const port = await new Promise<number>((resolve, reject) => {
    tcp.once('error', reject);
    tcp.listen(0, '127.0.0.1', () => {
      const address = tcp.address();
      if (address && typeof address === 'object') resolve(address.port);
      else reject(new Error('The stand-in server has no port'));
    });
  });
  return {
    port,
    origin: `https://localhost:${port}`,
    requests,
    clearRequests: () => {
      requests.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        tcp.close(() => resolve());
      }),
  };
}

function answer(
  record: StandinRequest,
  request: IncomingMessage,
  response: ServerResponse,
  options: StandinServerOptions,
) {
  const { url } = record;
  if (url.pathname.startsWith(ASSET_PREFIX)) {
    serveAsset(url.pathname.slice(ASSET_PREFIX.length), request, response);
    return;
  }
  const route = options.routes?.[`${url.hostname}${url.pathname}`];
  const custom = typeof route === 'function' ? route(record) : route;
  const reply = custom ?? youtubeReply(url, options.videos ?? {}) ?? { body: genericPage(url) };
  response.writeHead(reply.status ?? 200, {
    'Content-Type': reply.contentType ?? 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    ...reply.headers,
  });
  response.end(reply.body);
}

const videoCache = new Map<StandinVideo, Buffer>();

function serveAsset(name: string, request: IncomingMessage, response: ServerResponse) {
  if (name === 'youtube-player.js') {
    response.writeHead(200, { 'Content-Type': 'text/javascript', 'Cache-Control': 'no-store' });
    response.end(youtubePlayerScript());
    return;
  }
  const video = name.match(/^video\/(long|short|live)\.webm$/)?.[1] as StandinVideo | undefined;
  if (video) {
    let bytes = videoCache.get(video);
    if (!bytes) {
      bytes = readFileSync(VIDEO_PATHS[video]);
      videoCache.set(video, bytes);
    }
    serveBytes(response, bytes, 'video/webm', request.headers.range);
    return;
  }
  response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`No stand-in asset ${name}`);
}
