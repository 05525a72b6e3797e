/**
 * The chat-completions wire's part of answering a request: its request context and its `reply` (a JSON
 * completion, or SSE chunks ending in `[DONE]`, or a `base_resp` failure part-way).
 */
import type { ServerResponse } from 'node:http';
import { DEFAULT_EMULATOR_MODEL } from '../shared/emulator-reply-parts.js';
import {
  buildBaseRespBody,
  buildChatCompletion,
  buildChatCompletionChunks,
  encodeSseEvent,
  estimatePromptTokens,
} from './emulator-chat-responses.js';
import { sendJson, sendSse } from '../shared/emulator-http.js';
import type { WireResponder } from '../shared/emulator-scripted-response.js';
import type { ScriptedReply } from '../shared/emulator-types.js';

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

/** The chat-completions wire's part of answering scripted responses. */
export const chatResponder: WireResponder<ChatRequestContext> = {
  encodeEvent: encodeSseEvent,
  doneByDefault: true,
  baseRespBody: (code, message, ctx) => buildBaseRespBody(code, message, { model: ctx.model }),
  sendReply,
  unknownTypeBody: (message) => ({ error: message }),
};
