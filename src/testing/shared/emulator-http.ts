/**
 * The emulator's HTTP writers, for both wires: JSON, raw bytes, SSE (with optional delays between events) and
 * responses that never end.
 */
import type { ServerResponse } from 'node:http';

const SSE_HEADERS: Record<string, string> = { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' };
const JSON_HEADERS: Record<string, string> = { 'content-type': 'application/json' };

function applyHeaders(res: ServerResponse, ...sets: Array<Record<string, string> | undefined>): void {
  for (const set of sets) {
    for (const [name, value] of Object.entries(set ?? {})) res.setHeader(name.toLowerCase(), value);
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Sends a JSON body with the given status. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers?: Record<string, string>): void {
  res.statusCode = status;
  applyHeaders(res, JSON_HEADERS, headers);
  res.end(JSON.stringify(body));
}

/** Sends a body verbatim (`text/plain` unless `headers` say otherwise). */
export function sendRaw(res: ServerResponse, status: number, body: string, headers?: Record<string, string>): void {
  res.statusCode = status;
  applyHeaders(res, { 'content-type': 'text/plain; charset=utf-8' }, headers);
  res.end(body);
}

/**
 * Starts a response that never ends: for stream requests the SSE headers are sent first, then nothing.
 * The client's abort (or the emulator's `close()`) tears the socket down.
 */
export function sendHang(res: ServerResponse, stream: boolean): void {
  if (!stream) return;
  res.statusCode = 200;
  applyHeaders(res, SSE_HEADERS);
  res.flushHeaders();
}

/** Streams pre-encoded SSE events, waiting `delayMs` between them; stops early if the client went away. */
export async function sendSse(
  res: ServerResponse,
  events: string[],
  delayMs: number,
  headers?: Record<string, string>,
): Promise<void> {
  res.statusCode = 200;
  applyHeaders(res, SSE_HEADERS, headers);
  res.flushHeaders();
  for (let i = 0; i < events.length; i++) {
    if (i > 0 && delayMs > 0) await sleep(delayMs);
    if (res.destroyed) return;
    res.write(events[i]);
  }
  if (!res.destroyed) res.end();
}
