/**
 * Writes scripted (or default) responses for the messages wire (`/anthropic/v1/messages`): `message` JSON,
 * `event:`/`data:` SSE streams, raw bytes, `base_resp` failures and hanging responses. The HTTP writers and
 * the scripted-response dispatch are shared (`../shared`).
 */
import type { ServerResponse } from 'node:http';
import { DEFAULT_EMULATOR_MODEL } from '../shared/emulator-reply-parts.js';
import {
  buildMessagesBaseRespBody,
  buildMessagesErrorBody,
  buildMessagesEvents,
  buildMessagesResponse,
  encodeMessagesSseEvent,
} from './emulator-messages-responses.js';
import type { MessagesPromptUsage } from './emulator-prompt-cache.js';
import { sendJson, sendSse } from '../shared/emulator-http.js';
import type { WireResponder } from '../shared/emulator-scripted-response.js';
import type { ScriptedReply } from '../shared/emulator-types.js';

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

/** The messages wire's part of answering scripted responses (`[DONE]` only when a scripted `sse` asks for it). */
export const messagesResponder: WireResponder<MessagesRequestContext> = {
  encodeEvent: encodeMessagesSseEvent,
  doneByDefault: false,
  baseRespBody: (code, message) => buildMessagesBaseRespBody(code, message),
  sendReply,
  unknownTypeBody: (message) => buildMessagesErrorBody('api_error', message),
};
