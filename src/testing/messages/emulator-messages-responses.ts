/**
 * Builders for MiniMax's Anthropic-compatible messages wire bodies: non-stream `message` JSON, stream event
 * lists (`message_start` … `message_stop`), Anthropic-style error bodies, the `base_resp` failure body, and
 * the `event: <type>\ndata: <json>\n\n` SSE encoding. Pure functions (no I/O), so tests can also use them to
 * craft fixtures.
 */
import { createHash } from 'node:crypto';
import {
  DEFAULT_CHUNK_SIZE,
  DEFAULT_EMULATOR_MODEL,
  estimateCompletionTokens,
  newCompletionId,
  resolveToolCalls,
  splitText,
  type ResolvedToolCall,
} from '../shared/emulator-reply-parts.js';
import type { MessagesPromptUsage } from './emulator-prompt-cache.js';
import type { EmulatorReply } from '../shared/emulator-types.js';

/** The messages wire's usage object. */
export interface MessagesWireUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

/** Options shared by {@link buildMessagesResponse} and {@link buildMessagesEvents}. */
export interface BuildMessagesOptions {
  /** Echoed as `model`. Default `MiniMax-M2.1`. */
  model?: string;
  /** Message id. Default: `msg_` + 32 random hex digits. */
  id?: string;
  /** Prompt-side token counts (from the prompt cache). Default: all 0. Overridden by `reply.usage`. */
  promptUsage?: Partial<MessagesPromptUsage>;
}

/** Options of {@link buildMessagesEvents}. */
export interface BuildMessagesEventsOptions extends BuildMessagesOptions {
  /** Characters per `thinking_delta` / `text_delta` / `input_json_delta`. Default 12. */
  chunkSize?: number;
  /** The text block's `content_block_start` carries the first text piece, which the first `text_delta` repeats. */
  duplicateStartText?: boolean;
}

/** A message id shaped like Anthropic's: `msg_` + 32 random hex digits. */
export function newMessageId(): string {
  return `msg_${newCompletionId()}`;
}

/**
 * The `signature` of a thinking block: the SHA-256 hex digest (64 characters) of its text. Deterministic,
 * so a test can check that a client sends the same block back byte for byte.
 */
export function thinkingSignature(thinking: string): string {
  return createHash('sha256').update(thinking, 'utf8').digest('hex').slice(0, 64);
}

const STOP_REASONS: Record<string, string> = { stop: 'end_turn', tool_calls: 'tool_use', length: 'max_tokens' };

/** `stop_reason` of a reply: `reply.finishReason` mapped from chat names, else `tool_use` / `end_turn`. */
export function messagesStopReason(reply: EmulatorReply): string {
  if (reply.finishReason) return STOP_REASONS[reply.finishReason] ?? reply.finishReason;
  return reply.toolCalls && reply.toolCalls.length > 0 ? 'tool_use' : 'end_turn';
}

/**
 * Usage of a reply on the messages wire: output tokens estimated like the chat wire's completion tokens,
 * prompt tokens from `promptUsage`; `reply.usage` overrides field by field (messages names first, chat
 * names as fallbacks — see `EmulatorMessagesUsage`).
 */
export function buildMessagesUsage(
  reply: EmulatorReply,
  toolCalls: ResolvedToolCall[] = resolveToolCalls(reply),
  promptUsage: Partial<MessagesPromptUsage> = {},
): MessagesWireUsage {
  const given = reply.usage ?? {};
  const read = given.cache_read_input_tokens ?? given.cached_tokens ?? promptUsage.cache_read_input_tokens ?? 0;
  const creation = given.cache_creation_input_tokens ?? promptUsage.cache_creation_input_tokens ?? 0;
  const input =
    given.input_tokens ??
    (given.prompt_tokens !== undefined
      ? Math.max(0, given.prompt_tokens - read - creation)
      : (promptUsage.input_tokens ?? 0));
  return {
    input_tokens: input,
    output_tokens: given.output_tokens ?? estimateCompletionTokens(reply, toolCalls),
    cache_creation_input_tokens: creation,
    cache_read_input_tokens: read,
  };
}

/** A tool call's `input` object: its JSON arguments parsed (a string that is not JSON is kept as it is). */
function toolInput(call: ResolvedToolCall): unknown {
  try {
    return JSON.parse(call.arguments);
  } catch {
    return call.arguments;
  }
}

/** Builds a realistic non-stream messages body: thinking, text and tool_use blocks, in that order. */
export function buildMessagesResponse(reply: EmulatorReply, options: BuildMessagesOptions = {}): Record<string, unknown> {
  const toolCalls = resolveToolCalls(reply);
  const content: Array<Record<string, unknown>> = [];
  if (reply.reasoning) {
    content.push({ type: 'thinking', thinking: reply.reasoning, signature: thinkingSignature(reply.reasoning) });
  }
  if (reply.text) content.push({ type: 'text', text: reply.text });
  for (const call of toolCalls) content.push({ type: 'tool_use', id: call.id, name: call.name, input: toolInput(call) });
  return {
    id: options.id ?? newMessageId(),
    type: 'message',
    role: 'assistant',
    model: options.model ?? DEFAULT_EMULATOR_MODEL,
    content,
    stop_reason: messagesStopReason(reply),
    stop_sequence: null,
    usage: buildMessagesUsage(reply, toolCalls, options.promptUsage),
    base_resp: { status_code: 0, status_msg: '' },
  };
}

/**
 * Builds the events MiniMax streams for a reply: `message_start` (empty content, prompt usage, output_tokens 1),
 * `ping`, then per block `content_block_start` / deltas / `content_block_stop` — thinking (`thinking_delta`s,
 * then one `signature_delta`), text (`text_delta`s), each tool_use (`input_json_delta` fragments of its JSON
 * arguments) — then `message_delta` (stop_reason, output_tokens) and `message_stop`.
 */
export function buildMessagesEvents(
  reply: EmulatorReply,
  options: BuildMessagesEventsOptions = {},
): Array<Record<string, unknown>> {
  const size = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const toolCalls = resolveToolCalls(reply);
  const usage = buildMessagesUsage(reply, toolCalls, options.promptUsage);
  const events: Array<Record<string, unknown>> = [
    {
      type: 'message_start',
      message: {
        id: options.id ?? newMessageId(),
        type: 'message',
        role: 'assistant',
        model: options.model ?? DEFAULT_EMULATOR_MODEL,
        content: [],
        stop_reason: null,
        stop_sequence: null,
        usage: {
          input_tokens: usage.input_tokens,
          cache_creation_input_tokens: usage.cache_creation_input_tokens,
          cache_read_input_tokens: usage.cache_read_input_tokens,
          output_tokens: 1,
        },
      },
    },
    { type: 'ping' },
  ];

  let index = 0;
  const block = (start: Record<string, unknown>, deltas: Array<Record<string, unknown>>) => {
    events.push({ type: 'content_block_start', index, content_block: start });
    for (const delta of deltas) events.push({ type: 'content_block_delta', index, delta });
    events.push({ type: 'content_block_stop', index });
    index++;
  };

  if (reply.reasoning) {
    block({ type: 'thinking', thinking: '', signature: '' }, [
      ...splitText(reply.reasoning, size).map((piece) => ({ type: 'thinking_delta', thinking: piece })),
      { type: 'signature_delta', signature: thinkingSignature(reply.reasoning) },
    ]);
  }
  if (reply.text) {
    const pieces = splitText(reply.text, size);
    block(
      { type: 'text', text: options.duplicateStartText ? pieces[0] : '' },
      pieces.map((piece) => ({ type: 'text_delta', text: piece })),
    );
  }
  for (const call of toolCalls) {
    block(
      { type: 'tool_use', id: call.id, name: call.name, input: {} },
      splitText(call.arguments, size).map((piece) => ({ type: 'input_json_delta', partial_json: piece })),
    );
  }

  events.push(
    {
      type: 'message_delta',
      delta: { stop_reason: messagesStopReason(reply), stop_sequence: null },
      usage: { output_tokens: usage.output_tokens },
    },
    { type: 'message_stop' },
  );
  return events;
}

/**
 * Anthropic-style error: `{"type":"error","error":{"type":…,"message":…}}` — the body of HTTP errors and
 * the payload of a stream's `event: error`.
 */
export function buildMessagesErrorBody(errorType: string, message: string): Record<string, unknown> {
  return { type: 'error', error: { type: errorType, message } };
}

/** HTTP 400 body for a 2013 rejection on the messages wire: `invalid_request_error`, `invalid params, <detail> (2013)`. */
export function buildMessagesInvalidParamsBody(detail: string): Record<string, unknown> {
  return buildMessagesErrorBody('invalid_request_error', `invalid params, ${detail} (2013)`);
}

/** HTTP 401 body for a missing or wrong API key on the messages wire (1004). */
export function buildMessagesAuthErrorBody(): Record<string, unknown> {
  return buildMessagesErrorBody(
    'authentication_error',
    "login fail: Please carry the API secret key in the 'x-api-key' field of the request header (1004)",
  );
}

/** HTTP-200 MiniMax failure on the messages wire: `{"base_resp":{"status_code":code,"status_msg":message}}`. */
export function buildMessagesBaseRespBody(code: number, message: string): Record<string, unknown> {
  return { base_resp: { status_code: code, status_msg: message } };
}

/**
 * One SSE event of the messages wire: objects → `event: <type>\ndata: <JSON>\n\n` (just `data: <JSON>\n\n`
 * without a string `type`); strings are returned verbatim.
 */
export function encodeMessagesSseEvent(event: unknown): string {
  if (typeof event === 'string') return event;
  const type = event && typeof event === 'object' ? (event as { type?: unknown }).type : undefined;
  const data = `data: ${JSON.stringify(event)}\n\n`;
  return typeof type === 'string' ? `event: ${type}\n${data}` : data;
}

/** Serialises events with {@link encodeMessagesSseEvent} (no `[DONE]`: Anthropic streams have none). */
export function encodeMessagesSseEvents(events: unknown[]): string {
  return events.map(encodeMessagesSseEvent).join('');
}

/** Parses an event fixture (one event JSON per line; blank lines skipped) into event objects. */
export function parseEventFixture(text: string): Array<Record<string, unknown>> {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
