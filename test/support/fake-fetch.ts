/**
 * The one fake `fetch` of the tests: it answers with a scripted response (a JSON or SSE body, whole or in
 * chunks, that may end, break off like a dropped connection, or never end) and records every request. Passed
 * as `createMiniMax({ fetch })`, it stands in for MiniMax without a socket.
 */
import type { FetchFunction } from '@ai-sdk/provider-utils';
import type { MiniMaxProviderSettings } from '../../src/core/shared/minimax-provider-settings';
import { createMiniMax } from '../../src/index';

export interface FakeResponse {
  status?: number;
  /** Default `content-type`: `text/event-stream` for `chunks`, else `application/json`. */
  headers?: Record<string, string>;
  /** The whole body. */
  body?: string | ReadableStream<Uint8Array>;
  /** Or the body in these pieces, one per read. */
  chunks?: Array<string | Uint8Array>;
  /** After the chunks: close (default), fail with this error (a dropped connection, an abort), or never end. */
  end?: 'close' | 'never' | { error: unknown };
  /** Wait this long before each chunk. */
  chunkDelayMs?: number;
}

/** A request as the fake received it. */
export interface FakeRequest {
  url: string;
  /** Header names lower-cased. */
  headers: Record<string, string>;
  /** The JSON body, parsed. */
  body: any;
}

export interface FakeFetch extends FetchFunction {
  readonly requests: FakeRequest[];
}

const encoder = new TextEncoder();
const bytes = (piece: string | Uint8Array) => (typeof piece === 'string' ? encoder.encode(piece) : piece);

function chunkedBody(response: FakeResponse): ReadableStream<Uint8Array> {
  const chunks = response.chunks ?? [];
  const end = response.end ?? 'close';
  let next = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (response.chunkDelayMs) await new Promise((resolve) => setTimeout(resolve, response.chunkDelayMs));
      if (next < chunks.length) controller.enqueue(bytes(chunks[next++]));
      else if (end === 'close') controller.close();
      else if (end === 'never') return new Promise<void>(() => {});
      else controller.error(end.error);
    },
  });
}

/**
 * A fetch that answers every request with `response` (or with what `respond` returns for it; `respond` may
 * throw, like a fetch that cannot connect) and records the requests.
 */
export function fakeFetch(response: FakeResponse | ((request: FakeRequest) => FakeResponse)): FakeFetch {
  const requests: FakeRequest[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => (headers[name] = value));
    const request: FakeRequest = {
      url: String(input),
      headers,
      body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
    };
    requests.push(request);
    const scripted = typeof response === 'function' ? response(request) : response;
    const contentType = scripted.chunks ? 'text/event-stream' : 'application/json';
    const body = scripted.chunks ? chunkedBody(scripted) : (scripted.body ?? '');
    return new Response(body, { status: scripted.status ?? 200, headers: { 'content-type': contentType, ...scripted.headers } });
  };
  return Object.assign(fetch, { requests });
}

/**
 * A response body holding one huge SSE line, generated on demand (`head`,
 * then `total` bytes of 'a' in `pieceSize` pieces, then `tail`): the line is
 * never held anywhere but in the reader under test. `onCancel` is told when
 * the reader gives up on it, and how many bytes it had produced by then.
 */
export function longLineBody(options: {
  head: string;
  tail: string;
  total: number;
  pieceSize: number;
  onCancel?: (bytesProduced: number) => void;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const piece = new Uint8Array(options.pieceSize).fill(0x61);
  let produced = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (produced === 0) {
        const head = encoder.encode(options.head);
        produced += head.length;
        controller.enqueue(head);
      } else if (produced < options.total) {
        produced += piece.length;
        controller.enqueue(piece);
      } else {
        controller.enqueue(encoder.encode(options.tail));
        controller.close();
      }
    },
    cancel() {
      options.onCancel?.(produced);
    },
  });
}

/** A provider whose requests all go to `fetch` (base URL on loopback port 9: nothing listens there). */
export function fakeProvider(fetch: FetchFunction, settings: MiniMaxProviderSettings = {}) {
  return createMiniMax({ apiKey: 'sk-fake-fetch-key', baseURL: 'http://127.0.0.1:9/v1', fetch, ...settings });
}

/** The chat or messages model of a provider answered by `fetch`. */
export function fakeModel(wire: 'chat' | 'messages', fetch: FetchFunction, settings: MiniMaxProviderSettings = {}, modelId = 'MiniMax-M2.1') {
  const minimax = fakeProvider(fetch, settings);
  return wire === 'chat' ? minimax(modelId) : minimax.messages(modelId);
}
