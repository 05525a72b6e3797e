/**
 * Writes scripted (or default) responses for the messages wire (`/anthropic/v1/messages`): `message` JSON,
 * `event:`/`data:` SSE streams, raw bytes, `base_resp` failures and hanging responses. The low-level
 * writers are the chat wire's (`emulator-send-response.ts`).
 */
import type { ServerResponse } from 'node:http';
import { DEFAULT_EMULATOR_MODEL } from './emulator-chat-responses.js';
import {
  buildMessagesBaseRespBody,
  buildMessagesErrorBody,
  buildMessagesEvents,
  buildMessagesResponse,
  encodeMessagesSseEvent,
} from './emulator-messages-responses.js';
import type { MessagesPromptUsage } from './emulator-prompt-cache.js';
import { sendHang, sendJson, sendRaw, sendSse } from './emulator-send-response.js';
import type { ScriptedReply, ScriptedResponse } from './emulator-types.js';

/** What the response writers need to know about the messages request being answered. */
export interface MessagesRequestContext {
  /** `stream: true` in the request. */
  stream: boolean;
  /** The request's model (echoed). */
  model: string;
  /** Prompt-side usage (from the prompt cache); only generated replies report it. */
  promptUsage?: MessagesPromptUsage;
  /** Emulator-wide delay between SSE events. */
  chunkDelayMs: number;
}

/** Derives the {@link MessagesRequestContext} of a parsed messages request body. */
export function messagesRequestContext(
  body: any,
  chunkDelayMs: number,
  promptUsage?: MessagesPromptUsage,
): MessagesRequestContext {
  return {
    stream: body?.stream === true,
    model: typeof body?.model === 'string' && body.model ? body.model : DEFAULT_EMULATOR_MODEL,
    promptUsage,
    chunkDelayMs,
  };
}

async function sendReply(res: ServerResponse, reply: ScriptedReply, ctx: MessagesRequestContext): Promise<void> {
  const common = { model: ctx.model, promptUsage: ctx.promptUsage };
  const failure = reply.errorAfterChunks;
  if (!ctx.stream) {
    if (failure) sendJson(res, 200, buildMessagesBaseRespBody(failure.code, failure.message));
    else sendJson(res, 200, buildMessagesResponse(reply, common));
    return;
  }
  let events: unknown[] = buildMessagesEvents(reply, {
    ...common,
    chunkSize: reply.chunkSize,
    duplicateStartText: reply.duplicateStartText,
  });
  if (failure) {
    events = [
      ...events.slice(0, Math.max(0, failure.after)),
      buildMessagesErrorBody('overloaded_error', `${failure.message} (${failure.code})`),
    ];
  }
  await sendSse(res, events.map(encodeMessagesSseEvent), ctx.chunkDelayMs);
}

/** Writes one scripted response for a messages request. Resolves when the response has ended (or hangs open). */
export async function sendMessagesScriptedResponse(
  res: ServerResponse,
  scripted: ScriptedResponse,
  ctx: MessagesRequestContext,
): Promise<void> {
  switch (scripted.type) {
    case 'json':
      sendJson(res, scripted.status ?? 200, scripted.body, scripted.headers);
      return;
    case 'raw':
      sendRaw(res, scripted.status, scripted.body, scripted.headers);
      return;
    case 'sse': {
      const events = scripted.chunks.map(encodeMessagesSseEvent);
      if (scripted.done === true) events.push('data: [DONE]\n\n');
      await sendSse(res, events, scripted.chunkDelayMs ?? ctx.chunkDelayMs, scripted.headers);
      return;
    }
    case 'reply':
      await sendReply(res, scripted, ctx);
      return;
    case 'base-resp':
      sendJson(res, 200, buildMessagesBaseRespBody(scripted.code, scripted.message));
      return;
    case 'hang':
      sendHang(res, ctx.stream);
      return;
    default: {
      const unknown: never = scripted;
      sendJson(res, 500, buildMessagesErrorBody('api_error', `unknown scripted response type: ${JSON.stringify(unknown)}`));
    }
  }
}
