/**
 * The reference reader of the replay tests: what a recorded MiniMax (or MiniMax-compatible) response says, read
 * independently of the provider's code, from the rules the wires are documented to follow:
 *
 * Chat completions (JSON body or `data:` events):
 * - reasoning: the `reasoning_details[].text` of each chunk (or, where a chunk has none, its `reasoning_content`),
 *   in order; when a response has none, the `<think>` block that opens its content (after optional whitespace),
 *   up to `</think>` or the end;
 * - text: the content after that block, without the whitespace that follows `</think>`; the whole content when it
 *   does not open with `<think>`; when the fields carried the reasoning, a `<think>` block opening the content is
 *   the same reasoning again and is not text;
 * - tool calls: by `index`, id and name from their first fragment, arguments concatenated;
 * - usage: the last `usage` with a non-zero count; finish: the last `finish_reason`;
 * - an error: `base_resp.status_code` other than 0, or an `error` object.
 *
 * Messages (JSON body or events): blocks by `index`; `thinking` / `text` from the start block plus its deltas,
 * `tool_use` input from `input_json_delta` (or the start block's input); usage fields merged, later non-null wins,
 * input = uncached + cache write + cache read; finish from `stop_reason`; an `error` event or body is an error.
 * One response is one message: a `message_start` of another message (another id) ends it with an error, and a
 * `message_start` repeating the same message changes nothing.
 *
 * After an error, a tool call whose arguments never completed is no call.
 */

export interface ReferenceToolCall {
  id: string;
  name: string;
  /** The arguments, parsed (`{}` when empty). */
  input: unknown;
}

export interface ReferenceReading {
  text: string;
  reasoning: string;
  toolCalls: ReferenceToolCall[];
  usage: { input: number | undefined; output: number | undefined; cacheRead: number | undefined; cacheWrite: number | undefined };
  finish: 'stop' | 'length' | 'tool-calls' | 'content-filter' | 'error' | 'other';
  /** An error the response carries (in an HTTP 200 body, as an event, or as the body of an HTTP error). */
  error?: { message: string; code?: number };
}

type Json = Record<string, any>;

/** The `data` of each event of an SSE body (joined `data:` lines), `[DONE]` and empty events left out. */
export function referenceSseData(body: string): string[] {
  const out: string[] = [];
  for (const block of body.replace(/\r\n?/g, '\n').split(/\n\n+/)) {
    const data = block
      .split('\n')
      .filter((line) => line.startsWith('data:'))
      .map((line) => line.slice(5).replace(/^ /, ''))
      .join('\n');
    if (data !== '' && data !== '[DONE]') out.push(data);
  }
  return out;
}

const CHAT_FINISH: Record<string, ReferenceReading['finish']> = {
  stop: 'stop',
  length: 'length',
  tool_calls: 'tool-calls',
  content_filter: 'content-filter',
};

const MESSAGES_FINISH: Record<string, ReferenceReading['finish']> = {
  end_turn: 'stop',
  stop_sequence: 'stop',
  max_tokens: 'length',
  tool_use: 'tool-calls',
  refusal: 'content-filter',
};

function errorOf(value: Json): ReferenceReading['error'] | undefined {
  const code = Number(value?.base_resp?.status_code);
  if (value?.base_resp && code !== 0) return { message: String(value.base_resp.status_msg ?? ''), code };
  if (value?.error) {
    const message = typeof value.error === 'string' ? value.error : String(value.error.message ?? '');
    const found = message.match(/\((\d{4})\)/g);
    return { message, ...(found ? { code: Number(found[found.length - 1].slice(1, -1)) } : {}) };
  }
  return undefined;
}

function parseArguments(text: string): unknown {
  return text.trim() === '' ? {} : JSON.parse(text);
}

/** Reads chat-completion chunks (a JSON body is one chunk, with `message` for `delta`). */
export function readChatReference(chunks: Json[]): ReferenceReading {
  let fieldReasoning = '';
  let content = '';
  const calls = new Map<number, { id: string; name: string; args: string }>();
  let usage: Json | undefined;
  let finish: string | undefined;
  let error: ReferenceReading['error'];
  for (const chunk of chunks) {
    const failed = errorOf(chunk);
    if (failed) {
      error ??= failed;
      continue;
    }
    const u = chunk.usage;
    if (u && ((u.total_tokens ?? 0) > 0 || (u.prompt_tokens ?? 0) > 0 || (u.completion_tokens ?? 0) > 0)) usage = u;
    for (const choice of chunk.choices ?? []) {
      const delta = choice.delta ?? choice.message ?? {};
      const details: Json[] = Array.isArray(delta.reasoning_details) ? delta.reasoning_details : [];
      if (details.length > 0) fieldReasoning += details.map((d) => d.text ?? '').join('');
      else if (typeof delta.reasoning_content === 'string') fieldReasoning += delta.reasoning_content;
      if (typeof delta.content === 'string') content += delta.content;
      for (const [position, call] of (delta.tool_calls ?? []).entries()) {
        const index = call.index ?? position;
        const state = calls.get(index) ?? { id: '', name: '', args: '' };
        if (call.id && !state.id) state.id = call.id;
        if (call.function?.name && !state.name) state.name = call.function.name;
        state.args += call.function?.arguments ?? '';
        calls.set(index, state);
      }
      if (choice.finish_reason) finish = choice.finish_reason;
    }
  }

  let reasoning = fieldReasoning;
  let text = content;
  const opened = content.trimStart();
  if (opened.startsWith('<think>')) {
    const inner = opened.slice('<think>'.length);
    const close = inner.indexOf('</think>');
    const thought = close === -1 ? inner : inner.slice(0, close);
    text = close === -1 ? '' : inner.slice(close + '</think>'.length).trimStart();
    if (fieldReasoning === '') reasoning = thought;
  }

  const complete = (args: string) => {
    try {
      parseArguments(args);
      return true;
    } catch {
      return error === undefined; // a finished response with bad arguments is the reader's error, not a skip
    }
  };
  return {
    text,
    reasoning,
    toolCalls: [...calls.values()]
      .filter((c) => c.name && complete(c.args))
      .map((c) => ({ id: c.id, name: c.name, input: parseArguments(c.args) })),
    usage: {
      input: usage?.prompt_tokens ?? undefined,
      output: usage?.completion_tokens ?? undefined,
      cacheRead: usage?.prompt_tokens_details?.cached_tokens ?? undefined,
      cacheWrite: undefined,
    },
    finish: error ? 'error' : (CHAT_FINISH[finish ?? ''] ?? 'other'),
    ...(error ? { error } : {}),
  };
}

/** A content block as it starts: its text so far, and a tool's id, name and whole input when given. */
function blockOf(block: Json) {
  return {
    type: String(block.type),
    text: String((block.type === 'thinking' ? block.thinking : block.text) ?? ''),
    id: block.id as string | undefined,
    name: block.name as string | undefined,
    input: '',
    startInput: block.input as unknown,
    stopped: false,
  };
}

/** Reads messages-wire events (a JSON body is read as its blocks). */
export function readMessagesReference(events: Json[]): ReferenceReading {
  const blocks = new Map<number, ReturnType<typeof blockOf>>();
  let messageId: string | undefined;
  let started = false;
  const usage: Json = {};
  let stop: string | undefined;
  let error: ReferenceReading['error'];
  const mergeUsage = (u: Json | undefined) => {
    for (const [key, value] of Object.entries(u ?? {})) if (value != null && typeof value === 'number') usage[key] = value;
  };
  for (const event of events) {
    if (error) break; // nothing after an error belongs to the response
    if (event.type === 'error' || errorOf(event)) {
      error = errorOf(event);
      continue;
    }
    if (event.type === 'message_start') {
      if (started && event.message?.id !== messageId) {
        error = { message: 'second message' };
        continue;
      }
      if (started) continue;
      started = true;
      messageId = event.message?.id;
    }
    if (event.type === 'message') {
      // A whole (non-streamed) message.
      (event.content ?? []).forEach((block: Json, index: number) => blocks.set(index, { ...blockOf(block), stopped: true }));
      mergeUsage(event.usage);
      stop = event.stop_reason ?? stop;
    } else if (event.type === 'message_start') {
      mergeUsage(event.message?.usage);
    } else if (event.type === 'content_block_start') {
      blocks.set(event.index, blockOf(event.content_block ?? {}));
    } else if (event.type === 'content_block_stop') {
      const block = blocks.get(event.index);
      if (block) block.stopped = true;
    } else if (event.type === 'content_block_delta') {
      const block = blocks.get(event.index);
      const delta = event.delta ?? {};
      if (!block) continue;
      if (delta.type === 'text_delta') block.text += delta.text ?? '';
      if (delta.type === 'thinking_delta') block.text += delta.thinking ?? '';
      if (delta.type === 'input_json_delta') block.input += delta.partial_json ?? '';
    } else if (event.type === 'message_delta') {
      mergeUsage(event.usage);
      stop = event.delta?.stop_reason ?? stop;
    }
  }
  const ordered = [...blocks.entries()].sort(([a], [b]) => a - b).map(([, block]) => block);
  const input =
    usage.input_tokens === undefined && usage.cache_creation_input_tokens === undefined && usage.cache_read_input_tokens === undefined
      ? undefined
      : (usage.input_tokens ?? 0) + (usage.cache_creation_input_tokens ?? 0) + (usage.cache_read_input_tokens ?? 0);
  return {
    text: ordered.filter((b) => b.type === 'text').map((b) => b.text).join(''),
    reasoning: ordered.filter((b) => b.type === 'thinking').map((b) => b.text).join(''),
    toolCalls: ordered
      .filter((b) => b.type === 'tool_use' && (b.stopped || !error))
      .map((b) => ({
        id: b.id ?? '',
        name: b.name ?? '',
        input: b.input.trim() !== '' ? JSON.parse(b.input) : (b.startInput ?? {}),
      })),
    usage: { input, output: usage.output_tokens, cacheRead: usage.cache_read_input_tokens, cacheWrite: usage.cache_creation_input_tokens },
    finish: error ? 'error' : (MESSAGES_FINISH[stop ?? ''] ?? 'other'),
    ...(error ? { error } : {}),
  };
}

/** Reads a recorded body of either wire: a `.sse` / chunks body as events, anything else as one JSON value. */
export function readReference(wire: 'chat' | 'messages', body: string, kind: 'json' | 'stream'): ReferenceReading {
  const values: Json[] = kind === 'stream' ? referenceSseData(body).map((data) => JSON.parse(data)) : [JSON.parse(body)];
  return wire === 'chat' ? readChatReference(values) : readMessagesReference(values);
}
