/**
 * Answering a scripted response (`emulator.enqueue(…)`): one dispatch for both wires, each wire saying how it
 * encodes events, whether its streams end in `[DONE]`, its `base_resp` body and how it builds a `reply`.
 */
import type { ServerResponse } from 'node:http';
import { sendHang, sendJson, sendRaw, sendSse } from './emulator-http.js';
import type { ScriptedReply, ScriptedResponse } from './emulator-types.js';

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
