/**
 * A loopback HTTP proxy that counts what crosses it: requests, and bytes both ways as they
 * travel (request and status lines, headers, bodies as sent — compressed when the server
 * compressed them). Clients talk to `url`; it forwards to `target` unchanged. Counted from the
 * client's sockets (`bytesRead` + `bytesWritten`), so keep-alive, chunking and gzip count as
 * they are.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { Socket } from 'node:net';

export interface Traffic {
  requests: number;
  bytes: number;
}

export interface CountingProxy {
  url: string;
  /** Starts a new count (connections kept alive count from here on). */
  reset(): void;
  /** What crossed since the last `reset()`. */
  traffic(): Traffic;
  close(): Promise<void>;
}

export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const to = new URL(target);
  const sockets = new Set<Socket>();
  /** Bytes of sockets already closed, and the counts of live ones at the last reset. */
  let closedBytes = 0;
  const baseline = new Map<Socket, number>();
  let requests = 0;
  const bytesOf = (socket: Socket) => socket.bytesRead + socket.bytesWritten;

  const server: Server = createServer((incoming, outgoing) => {
    requests++;
    const forward = httpRequest(
      {
        host: to.hostname,
        port: to.port,
        method: incoming.method,
        path: incoming.url,
        headers: { ...incoming.headers, host: to.host },
      },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(outgoing);
      },
    );
    forward.on('error', () => {
      outgoing.writeHead(502);
      outgoing.end();
    });
    incoming.pipe(forward);
  });
  server.keepAliveTimeout = 60_000;
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => {
      closedBytes += bytesOf(socket) - (baseline.get(socket) ?? 0);
      baseline.delete(socket);
      sockets.delete(socket);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The counting proxy has no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    reset() {
      requests = 0;
      closedBytes = 0;
      for (const socket of sockets) baseline.set(socket, bytesOf(socket));
    },
    traffic: () => ({
      requests,
      bytes:
        closedBytes + [...sockets].reduce((sum, s) => sum + bytesOf(s) - (baseline.get(s) ?? 0), 0),
    }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
