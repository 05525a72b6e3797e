/**
 * Small real HTTP servers on loopback for the adversarial suite, where a behaviour depends on sockets: two servers on
 * different ports are two origins (a redirect from one to the other leaves the host the key was meant for), and a
 * response can be kept open after its last event. Each server records the requests it received (headers and body)
 * and counts the sockets open on its side, so a test counts connections instead of timing anything.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface LoopbackRequest {
  method: string;
  path: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  body: string;
}

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>`: the server's origin. */
  origin: string;
  readonly requests: LoopbackRequest[];
  /** Sockets open on the server side right now. */
  openSockets(): number;
  /** Sockets the server has accepted so far. */
  acceptedSockets(): number;
  /** Requests whose connection has closed since they arrived (the client let go of it). */
  closedRequests(): number;
  close(): Promise<void>;
}

export type LoopbackHandler = (request: LoopbackRequest, res: ServerResponse, server: LoopbackServer) => void | Promise<void>;

/** Starts a server on an ephemeral loopback port that answers every request with `handler`. */
export async function startLoopback(handler: LoopbackHandler): Promise<LoopbackServer> {
  const sockets = new Set<Socket>();
  let accepted = 0;
  let closed = 0;
  const requests: LoopbackRequest[] = [];
  let self!: LoopbackServer;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.socket.once('close', () => closed++);
    const pieces: Buffer[] = [];
    req.on('data', (piece: Buffer) => pieces.push(piece));
    req.on('end', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) headers[name] = Array.isArray(value) ? value.join(', ') : (value ?? '');
      const request: LoopbackRequest = { method: req.method ?? '', path: req.url ?? '', headers, body: Buffer.concat(pieces).toString('utf8') };
      requests.push(request);
      void Promise.resolve(handler(request, res, self)).catch((error: unknown) => {
        res.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    });
  });
  server.on('connection', (socket: Socket) => {
    accepted++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  self = {
    origin: `http://127.0.0.1:${port}`,
    requests,
    openSockets: () => sockets.size,
    acceptedSockets: () => accepted,
    closedRequests: () => closed,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
  return self;
}

/** Writes a status, headers and an optional body, and ends the response. */
export function answer(res: ServerResponse, status: number, headers: Record<string, string>, body = ''): void {
  res.writeHead(status, headers);
  res.end(body);
}

/** Writes SSE events and keeps the response (and its socket) open: the server never ends it. */
export function writeAndKeepOpen(res: ServerResponse, events: string[], contentType = 'text/event-stream'): void {
  res.writeHead(200, { 'content-type': contentType, 'cache-control': 'no-cache' });
  for (const event of events) res.write(event);
}

/**
 * Settles `promise`, or reports that it is still pending once `deadlineMs` has passed (a hang becomes a failed
 * assertion, not a stalled run). The deadline bounds the failure only.
 */
export async function settleWithin<T>(promise: Promise<T>, deadlineMs = 15_000): Promise<{ settled: true; value?: T; error?: unknown } | { settled: false }> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Promise<{ settled: false }>((resolve) => (timer = setTimeout(() => resolve({ settled: false }), deadlineMs)));
  try {
    return await Promise.race([
      promise.then(
        (value) => ({ settled: true as const, value }),
        (error: unknown) => ({ settled: true as const, error }),
      ),
      pending,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
