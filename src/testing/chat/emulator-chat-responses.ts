/**
 * Builders for MiniMax's OpenAI-compatible chat-completions wire bodies: non-stream JSON completions,
 * SSE chunk lists, `base_resp` error bodies and HTTP error bodies. Pure functions (no I/O), so tests can
 * also use them to craft fixtures.
 */
import { MINIMAX_WIRE_FACTS } from '../../core/shared/minimax-facts.js';
import {
  DEFAULT_CHUNK_SIZE,
  DEFAULT_EMULATOR_MODEL,
  estimateCompletionTokens,
  estimateReasoningTokens,
  messageContentText,
  newCompletionId,
  resolveToolCalls,
  splitText,
  tokensForCharacters,
  type ResolvedToolCall,
} from '../shared/emulator-reply-parts.js';
import type { EmulatorReply } from '../shared/emulator-types.js';

/** Options shared by {@link buildChatCompletion} and {@link buildChatCompletionChunks}. */
export interface BuildChatOptions {
  /** Echoed as `model`. Default `MiniMax-M2.1`. */
  model?: string;
  /** Completion id (32 hex chars like MiniMax's). Default: random. */
  id?: string;
  /** Unix seconds. Default: now. */
  created?: number;
  /**
   * `true` (default): reasoning goes to `reasoning_content` + `reasoning_details`.
   * `false`: reasoning is inlined in `content` as `<think>…</think>\n\n` followed by the text.
   */
  reasoningSplit?: boolean;
  /** Estimated prompt tokens (used unless `reply.usage.prompt_tokens` is given). Default 0. */
  promptTokens?: number;
}

/** Options of {@link buildChatCompletionChunks}. */
export interface BuildChatChunksOptions extends BuildChatOptions {
  /** Characters per delta. Default 12. */
  chunkSize?: number;
  /** Append the final `choices: []` usage chunk (`stream_options.include_usage`). Default true. */
  includeUsage?: boolean;
}

/** MiniMax's usage object. */
export interface MiniMaxWireUsage {
  total_tokens: number;
  total_characters: number;
  prompt_tokens: number;
  completion_tokens: number;
  prompt_tokens_details: { cached_tokens: number };
  completion_tokens_details: { reasoning_tokens: number };
}

/** Estimated prompt tokens of a request's `messages` (content text plus tool-call names and arguments). */
export function estimatePromptTokens(messages: unknown): number {
  if (!Array.isArray(messages)) return 0;
  let chars = 0;
  for (const message of messages) {
    if (!message || typeof message !== 'object') continue;
    chars += messageContentText((message as any).content).length;
    const toolCalls = (message as any).tool_calls;
    if (Array.isArray(toolCalls)) {
      for (const call of toolCalls) {
        chars += String(call?.function?.name ?? '').length + String(call?.function?.arguments ?? '').length;
      }
    }
  }
  return tokensForCharacters(chars);
}

/** The `content` MiniMax sends when reasoning_split is off: `<think>reasoning</think>\n\n` + text. */
export function inlineThinkContent(reasoning: string | undefined, text: string | undefined): string {
  const answer = text ?? '';
  return reasoning ? `<think>${reasoning}</think>\n\n${answer}` : answer;
}

/** Full usage object from estimates, overridden field by field by `reply.usage`. */
export function buildUsage(reply: EmulatorReply, toolCalls: ResolvedToolCall[], promptTokens = 0): MiniMaxWireUsage {
  const given = reply.usage ?? {};
  const reasoningTokens = estimateReasoningTokens(reply);
  const completionTokens = estimateCompletionTokens(reply, toolCalls);
  const cachedTokens = given.cached_tokens ?? 0;
  const prompt = given.prompt_tokens ?? Math.max(promptTokens, cachedTokens);
  return {
    total_tokens: prompt + completionTokens,
    total_characters: 0,
    prompt_tokens: prompt,
    completion_tokens: completionTokens,
    prompt_tokens_details: { cached_tokens: cachedTokens },
    completion_tokens_details: { reasoning_tokens: reasoningTokens },
  };
}

/** One `reasoning_details` entry in MiniMax's documented format (from the facts table). */
function reasoningDetails(text: string) {
  const { type, idPrefix, format } = MINIMAX_WIRE_FACTS.chat.reasoningDetail;
  return [{ type, id: `${idPrefix}1`, format, index: 0, text }];
}

function finishReasonOf(reply: EmulatorReply): string {
  return reply.finishReason ?? (reply.toolCalls && reply.toolCalls.length > 0 ? 'tool_calls' : 'stop');
}

/** Builds a realistic non-stream MiniMax `chat.completion` body from reply parts. */
export function buildChatCompletion(reply: EmulatorReply, options: BuildChatOptions = {}): Record<string, unknown> {
  const split = options.reasoningSplit ?? true;
  const toolCalls = resolveToolCalls(reply);
  const message: Record<string, unknown> = {
    content: split ? (reply.text ?? '') : inlineThinkContent(reply.reasoning, reply.text),
    role: 'assistant',
    name: 'MiniMax AI',
    audio_content: '',
  };
  if (split && reply.reasoning) {
    message.reasoning_content = reply.reasoning;
    message.reasoning_details = reasoningDetails(reply.reasoning);
  }
  if (toolCalls.length > 0) {
    message.tool_calls = toolCalls.map((call, index) => ({
      id: call.id,
      type: 'function',
      function: { name: call.name, arguments: call.arguments },
      index,
    }));
  }
  return {
    id: options.id ?? newCompletionId(),
    object: 'chat.completion',
    created: options.created ?? Math.floor(Date.now() / 1000),
    model: options.model ?? DEFAULT_EMULATOR_MODEL,
    choices: [{ index: 0, finish_reason: finishReasonOf(reply), message }],
    usage: buildUsage(reply, toolCalls, options.promptTokens),
    input_sensitive: false,
    output_sensitive: false,
    base_resp: { status_code: 0, status_msg: '' },
  };
}

/**
 * Builds the list of `chat.completion.chunk` objects MiniMax streams for a reply (without `[DONE]`):
 * reasoning first (both `reasoning_content` and `reasoning_details` per delta, when split), then content,
 * then tool calls (a start delta with id/name/empty arguments, then argument fragments), a finish chunk
 * carrying an all-zero `usage`, and (unless `includeUsage: false`) a final `choices: []` chunk with the
 * real usage. The first delta has `role: 'assistant'`; every second later delta has `role: ''` (a MiniMax
 * quirk). Reasoning, content and tool-call arguments are streamed as increments, as MiniMax does.
 */
export function buildChatCompletionChunks(
  reply: EmulatorReply,
  options: BuildChatChunksOptions = {},
): Array<Record<string, unknown>> {
  const split = options.reasoningSplit ?? true;
  const size = options.chunkSize ?? DEFAULT_CHUNK_SIZE;
  const id = options.id ?? newCompletionId();
  const created = options.created ?? Math.floor(Date.now() / 1000);
  const model = options.model ?? DEFAULT_EMULATOR_MODEL;
  const toolCalls = resolveToolCalls(reply);

  const chunks: Array<Record<string, unknown>> = [];
  const envelope = (choices: unknown[], extra: Record<string, unknown> = {}) => ({
    id,
    choices,
    created,
    model,
    object: 'chat.completion.chunk',
    ...extra,
    input_sensitive: false,
    output_sensitive: false,
  });
  let deltaCount = 0;
  const pushDelta = (delta: Record<string, unknown>) => {
    let full: Record<string, unknown>;
    if (deltaCount === 0) full = { ...delta, role: 'assistant', name: 'MiniMax AI', audio_content: '' };
    else if (deltaCount % 2 === 0) full = { ...delta, role: '' };
    else full = delta;
    deltaCount++;
    chunks.push(envelope([{ index: 0, delta: full }]));
  };

  // Streams a text as increments.
  const streamText = (text: string, toDelta: (piece: string) => Record<string, unknown>) => {
    for (const piece of splitText(text, size)) pushDelta(toDelta(piece));
  };

  if (split) {
    if (reply.reasoning) {
      streamText(reply.reasoning, (piece) => ({ reasoning_content: piece, reasoning_details: reasoningDetails(piece) }));
    }
    if (reply.text) streamText(reply.text, (piece) => ({ content: piece }));
  } else {
    const content = inlineThinkContent(reply.reasoning, reply.text);
    if (content) streamText(content, (piece) => ({ content: piece }));
  }

  toolCalls.forEach((call, index) => {
    pushDelta({ tool_calls: [{ index, id: call.id, type: 'function', function: { name: call.name, arguments: '' } }] });
    for (const fragment of splitText(call.arguments, size)) {
      pushDelta({ tool_calls: [{ index, function: { arguments: fragment } }] });
    }
  });

  const finishDelta = deltaCount === 0 ? { content: '', role: 'assistant', name: 'MiniMax AI', audio_content: '' } : {};
  chunks.push(
    envelope([{ index: 0, delta: finishDelta, finish_reason: finishReasonOf(reply) }], {
      usage: { total_tokens: 0, total_characters: 0 },
    }),
  );

  if (options.includeUsage ?? true) {
    chunks.push(envelope([], { usage: buildUsage(reply, toolCalls, options.promptTokens) }));
  }
  return chunks;
}

/** Body of an HTTP-200 MiniMax failure: `choices: null` and `base_resp: {status_code, status_msg}`. */
export function buildBaseRespBody(
  code: number,
  message: string,
  options: { model?: string; id?: string; created?: number; object?: string } = {},
): Record<string, unknown> {
  return {
    id: options.id ?? newCompletionId(),
    choices: null,
    created: options.created ?? Math.floor(Date.now() / 1000),
    model: options.model ?? DEFAULT_EMULATOR_MODEL,
    object: options.object ?? 'chat.completion',
    input_sensitive: code === 1026,
    output_sensitive: code === 1027,
    base_resp: { status_code: code, status_msg: message },
  };
}

/** MiniMax's HTTP error body: `{type:'error', error:{type, message, http_code}, request_id}`. */
export function buildHttpErrorBody(errorType: string, message: string, httpCode: number): Record<string, unknown> {
  return {
    type: 'error',
    error: { type: errorType, message, http_code: String(httpCode) },
    request_id: newCompletionId(),
  };
}

/** HTTP 400 body for a 2013 rejection: message `invalid params, <detail> (2013)`. */
export function buildInvalidParamsBody(detail: string): Record<string, unknown> {
  return buildHttpErrorBody('bad_request_error', `invalid params, ${detail} (2013)`, 400);
}

/** HTTP 401 body MiniMax sends for a missing or wrong API key (1004). */
export function buildAuthErrorBody(): Record<string, unknown> {
  return buildHttpErrorBody(
    'authentication_error',
    "login fail: Please carry the API secret key in the 'Authorization' field of the request header (1004)",
    401,
  );
}

/** Serialises chunks as an SSE body: objects → `data: <JSON>\n\n`, strings verbatim, then `data: [DONE]\n\n` if `done`. */
export function encodeSseEvents(chunks: Array<unknown>, done = true): string {
  return chunks.map(encodeSseEvent).join('') + (done ? 'data: [DONE]\n\n' : '');
}

/** One SSE event: objects → `data: <JSON>\n\n`; strings are returned verbatim. */
export function encodeSseEvent(chunk: unknown): string {
  return typeof chunk === 'string' ? chunk : `data: ${JSON.stringify(chunk)}\n\n`;
}

/**
 * Turns a chunk fixture (one `data:` payload per line: JSON, or `[DONE]`) into a scripted `sse` response.
 * Blank lines are skipped; `[DONE]` lines set `done`.
 */
export function parseChunkFixture(text: string): { chunks: unknown[]; done: boolean } {
  const chunks: unknown[] = [];
  let done = false;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (!trimmed) continue;
    if (trimmed === '[DONE]') done = true;
    else chunks.push(JSON.parse(trimmed));
  }
  return { chunks, done };
}
