/**
 * Writes scripted (or default) responses to an HTTP response: JSON, SSE (with optional delays between
 * chunks), raw bytes, MiniMax `base_resp` failures and hanging responses. The low-level writers
 * (`sendJson`, `sendSse`, `sendRaw`, `sendHang`) are shared with the messages wire
 * (`emulator-send-messages-response.ts`); `sendScriptedResponse` is the chat-completions wire.
 */
import type { ServerResponse } from 'node:http';
import {
  DEFAULT_EMULATOR_MODEL,
  buildBaseRespBody,
  buildChatCompletion,
  buildChatCompletionChunks,
  encodeSseEvent,
  estimatePromptTokens,
} from './emulator-chat-responses.js';
import type { ScriptedReply, ScriptedResponse } from '../shared/emulator-types.js';

/** What the response writers need to know about the chat request being answered. */
export interface ChatRequestContext {
  /** `stream: true` in the request. */
  stream: boolean;
  /** `stream_options.include_usage: true` in the request. */
  includeUsage: boolean;
  /** `reasoning_split: true` in the request (MiniMax's default is false: `<think>` inline in content). */
  reasoningSplit: boolean;
  /** The request's model (echoed). */
  model: string;
  /** Estimated prompt tokens of the request's messages. */
  promptTokens: number;
  /** Emulator-wide delay between SSE chunks. */
  chunkDelayMs: number;
}

/** Derives the {@link ChatRequestContext} of a parsed chat-completions request body. */
export function chatRequestContext(body: any, chunkDelayMs: number): ChatRequestContext {
  return {
    stream: body?.stream === true,
    includeUsage: body?.stream_options?.include_usage === true,
    reasoningSplit: body?.reasoning_split === true,
    model: typeof body?.model === 'string' && body.model ? body.model : DEFAULT_EMULATOR_MODEL,
    promptTokens: estimatePromptTokens(body?.messages),
    chunkDelayMs,
  };
}

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

async function sendReply(res: ServerResponse, reply: ScriptedReply, ctx: ChatRequestContext): Promise<void> {
  const common = { model: ctx.model, reasoningSplit: ctx.reasoningSplit, promptTokens: ctx.promptTokens };
  const failure = reply.errorAfterChunks;
  if (!ctx.stream) {
    if (failure) sendJson(res, 200, buildBaseRespBody(failure.code, failure.message, { model: ctx.model }));
    else sendJson(res, 200, buildChatCompletion(reply, common));
    return;
  }
  const chunks = buildChatCompletionChunks(reply, {
    ...common,
    delivery: reply.delivery,
    chunkSize: reply.chunkSize,
    includeUsage: ctx.includeUsage,
  });
  let events: string[];
  if (failure) {
    const first = chunks[0] as { id: string; created: number };
    const errorChunk = buildBaseRespBody(failure.code, failure.message, {
      model: ctx.model,
      id: first.id,
      created: first.created,
      object: 'chat.completion.chunk',
    });
    events = [...chunks.slice(0, Math.max(0, failure.after)), errorChunk].map(encodeSseEvent);
  } else {
    events = [...chunks.map(encodeSseEvent), 'data: [DONE]\n\n'];
  }
  await sendSse(res, events, ctx.chunkDelayMs);
}

/** What one wire contributes to answering a scripted response; the dispatch itself is shared. */
export interface WireResponder<CTX extends { stream: boolean; chunkDelayMs: number }> {
  /** One scripted `sse` chunk as bytes on the wire (objects as JSON, strings verbatim). */
  encodeEvent(chunk: unknown): string;
  /** Whether a scripted `sse` ends with `data: [DONE]` unless it says otherwise. */
  doneByDefault: boolean;
  /** The HTTP 200 body of a `base-resp` error. */
  baseRespBody(code: number, message: string, ctx: CTX): unknown;
  /** Builds and sends a `reply` (JSON or SSE, as the request asked). */
  sendReply(res: ServerResponse, reply: ScriptedReply, ctx: CTX): Promise<void>;
  /** The body of the 500 answer to a response type the emulator does not know. */
  unknownTypeBody(message: string): unknown;
}

/** Writes one scripted response. Resolves when the response has ended (or hangs open). */
export async function sendScriptedResponse<CTX extends { stream: boolean; chunkDelayMs: number }>(
  res: ServerResponse,
  scripted: ScriptedResponse,
  ctx: CTX,
  wire: WireResponder<CTX>,
): Promise<void> {
  switch (scripted.type) {
    case 'json':
      sendJson(res, scripted.status ?? 200, scripted.body, scripted.headers);
      return;
    case 'raw':
      sendRaw(res, scripted.status, scripted.body, scripted.headers);
      return;
    case 'sse': {
      const events = scripted.chunks.map((chunk) => wire.encodeEvent(chunk));
      if (scripted.done ?? wire.doneByDefault) events.push('data: [DONE]\n\n');
      await sendSse(res, events, scripted.chunkDelayMs ?? ctx.chunkDelayMs, scripted.headers);
      return;
    }
    case 'reply':
      await wire.sendReply(res, scripted, ctx);
      return;
    case 'base-resp':
      sendJson(res, 200, wire.baseRespBody(scripted.code, scripted.message, ctx));
      return;
    case 'hang':
      sendHang(res, ctx.stream);
      return;
    default: {
      const unknown: never = scripted;
      sendJson(res, 500, wire.unknownTypeBody(`unknown scripted response type: ${JSON.stringify(unknown)}`));
    }
  }
}

/** The chat-completions wire's part of answering scripted responses. */
export const chatResponder: WireResponder<ChatRequestContext> = {
  encodeEvent: encodeSseEvent,
  doneByDefault: true,
  baseRespBody: (code, message, ctx) => buildBaseRespBody(code, message, { model: ctx.model }),
  sendReply,
  unknownTypeBody: (message) => ({ error: message }),
};
