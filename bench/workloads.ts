/**
 * Benchmark inputs: MiniMax responses on both wires (chat completions and the
 * Anthropic-compatible messages API) as the bytes a socket would deliver,
 * built once per workload, plus an in-memory `fetch` that serves them as a
 * fresh ReadableStream of 1–4 KB chunks on every call.
 *
 * Nothing here touches the network: the `fetch` never looks further than the
 * URL it is given.
 */

const encoder = new TextEncoder();

/** Small deterministic PRNG (mulberry32): the same seed gives every implementation the same bytes and cuts. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const int = (rng: () => number, min: number, max: number) => min + Math.floor(rng() * (max - min + 1));

// Mostly English, with JSON-escaped characters (quotes, backslashes, newlines)
// and multi-byte UTF-8 (accents, CJK) so chunk cuts land inside characters.
const WORDS = [
  'the', 'model', 'streams', 'tokens', 'quickly', 'and', 'a', 'provider', 'turns', 'them', 'into', 'parts',
  'function', 'return', 'const', 'value', '=>', '{', '}', '(x)', 'array', 'sorted', 'by', 'key;',
  'café', 'naïve', 'résumé', '数据', '模型', '推理', 'ü', '“quoted”', '"json"', 'C:\\path', 'tab\there',
  'line\n', '\n\n', '- item', '1.', '**bold**', '`code`', 'MiniMax', 'M2.1', 'reasoning', 'is', 'done.',
];

/** Pseudo-natural text of at least `length` UTF-16 units (BMP only, so no surrogate pair is ever cut). */
export function makeText(rng: () => number, length: number): string {
  const out: string[] = [];
  let n = 0;
  while (n < length) {
    const word = WORDS[Math.floor(rng() * WORDS.length)];
    out.push(word);
    n += word.length + 1;
    out.push(' ');
  }
  return out.join('').slice(0, length);
}

/** Cuts `text` into `count` pieces of 4–8 units (the last piece takes what is left). */
export function cutDeltas(rng: () => number, count: number, min = 4, max = 8): string[] {
  const text = makeText(rng, count * max);
  const deltas: string[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const len = int(rng, min, max);
    deltas.push(text.slice(at, at + len));
    at += len;
  }
  return deltas;
}

export interface ExpectedToolCall {
  id: string;
  name: string;
  /** The arguments JSON, parsed. */
  input: unknown;
}

export interface Expected {
  text: string;
  reasoning: string;
  toolCalls: ExpectedToolCall[];
  finishReason: string;
}

/** MiniMax's two language-model APIs: OpenAI-compatible `/chat/completions`, Anthropic-compatible `/messages`. */
export type Wire = 'chat' | 'messages';

export interface Workload {
  /** Short name for command-line options (`--workload=` of profile.ts). */
  key: string;
  name: string;
  wire: Wire;
  /** `stream`: SSE through doStream; `json`: one JSON body through doGenerate. */
  kind: 'stream' | 'json';
  bytes: Uint8Array;
  /** Cut points of `bytes` into socket-sized chunks (ends of each chunk). */
  cuts: number[];
  /** SSE `data:` events, [DONE] included (1 for a JSON body). */
  events: number;
  expected: Expected;
}

const CREATED = 1767225600;
const MODEL = 'MiniMax-M2.1';

/** One stream chunk, in the key order MiniMax uses. */
export function chunkJson(id: string, delta: Record<string, unknown>, finishReason: string | null = null): string {
  return JSON.stringify({
    id,
    object: 'chat.completion.chunk',
    created: CREATED,
    model: MODEL,
    choices: [{ index: 0, delta, finish_reason: finishReason }],
  });
}

export function usageChunkJson(id: string, prompt: number, completion: number, reasoning = 0): string {
  return JSON.stringify({
    id,
    object: 'chat.completion.chunk',
    created: CREATED,
    model: MODEL,
    choices: [],
    usage: {
      prompt_tokens: prompt,
      completion_tokens: completion,
      total_tokens: prompt + completion,
      completion_tokens_details: { reasoning_tokens: reasoning },
    },
  });
}

export const sseEvent = (data: string) => `data: ${data}\n\n`;
export const SSE_DONE = sseEvent('[DONE]');

/** Socket-sized cut points: every chunk is 1–4 KB (the last one may be shorter). */
export function cutPoints(rng: () => number, length: number, min = 1024, max = 4096): number[] {
  const cuts: number[] = [];
  let at = 0;
  while (at < length) {
    at = Math.min(length, at + int(rng, min, max));
    cuts.push(at);
  }
  return cuts;
}

function streamWorkload(key: string, name: string, events: string[], expected: Expected, seed: number): Workload {
  const body = events.map(sseEvent).join('') + SSE_DONE;
  const bytes = encoder.encode(body);
  return { key, name, wire: 'chat', kind: 'stream', bytes, cuts: cutPoints(createRng(seed), bytes.length), events: events.length + 1, expected };
}

const responseId = (n: number) => `06${n.toString(16).padStart(6, '0')}b1f4a2c9e8d7f6a5b4c3d2e1f0a9b8c7`;

/** ~`deltas` content deltas of 4–8 characters. */
export function textWorkload(deltas: number, seed = 1): Workload {
  const rng = createRng(seed);
  const id = responseId(seed);
  const pieces = cutDeltas(rng, deltas);
  const events = pieces.map((content, i) =>
    chunkJson(id, i === 0 ? { role: 'assistant', content } : { content }),
  );
  events.push(chunkJson(id, {}, 'stop'));
  events.push(usageChunkJson(id, 42, deltas));
  return streamWorkload(
    'text',
    'long text',
    events,
    { text: pieces.join(''), reasoning: '', toolCalls: [], finishReason: 'stop' },
    seed + 100,
  );
}

/** `reasoningDeltas` deltas with both `reasoning_content` and `reasoning_details`, then `textDeltas` content deltas. */
export function reasoningWorkload(reasoningDeltas: number, textDeltas: number, seed = 2): Workload {
  const rng = createRng(seed);
  const id = responseId(seed);
  const thinking = cutDeltas(rng, reasoningDeltas);
  const answer = cutDeltas(rng, textDeltas);
  const events: string[] = [];
  thinking.forEach((text, i) => {
    const detail = { type: 'reasoning.text', id: 'reasoning-text-1', format: 'MiniMax-response-v1', index: 0, text };
    const delta: Record<string, unknown> = { reasoning_content: text, reasoning_details: [detail] };
    events.push(chunkJson(id, i === 0 ? { role: 'assistant', ...delta } : delta));
  });
  for (const content of answer) events.push(chunkJson(id, { content }));
  events.push(chunkJson(id, {}, 'stop'));
  events.push(usageChunkJson(id, 42, reasoningDeltas + textDeltas, reasoningDeltas));
  return streamWorkload(
    'reasoning',
    'reasoning → text',
    events,
    { text: answer.join(''), reasoning: thinking.join(''), toolCalls: [], finishReason: 'stop' },
    seed + 100,
  );
}

const TOOL_NAMES = ['get_weather', 'search_docs', 'run_query', 'read_file', 'write_file'];

/** `calls` tool calls whose `arguments` arrive in ~`fragments` pieces each, parallel indexes interleaved. */
export function toolWorkload(calls: number, fragments: number, seed = 3): Workload {
  const rng = createRng(seed);
  const id = responseId(seed);
  const toolCalls: ExpectedToolCall[] = [];
  const pieces: string[][] = [];
  for (let i = 0; i < calls; i++) {
    const input = {
      city: makeText(rng, 12).trim() || 'x',
      query: makeText(rng, fragments * 4),
      limit: int(rng, 1, 50),
      filters: { lang: 'en', tags: ['a', 'b', `t${i}`], exact: rng() < 0.5 },
    };
    const args = JSON.stringify(input);
    // ~`fragments` pieces: cut lengths around args.length / fragments.
    const step = Math.max(1, Math.round(args.length / fragments));
    const parts: string[] = [];
    for (let at = 0; at < args.length; ) {
      const len = Math.max(1, step + int(rng, -2, 2));
      parts.push(args.slice(at, at + len));
      at += len;
    }
    pieces.push(parts);
    toolCalls.push({ id: `call_function_${seed}${String(i).padStart(4, '0')}abcdef`, name: TOOL_NAMES[i % TOOL_NAMES.length], input });
  }
  const events: string[] = [];
  events.push(chunkJson(id, { role: 'assistant', content: '' }));
  // Openers for every call first (id, type, name), then argument fragments round-robin.
  for (let i = 0; i < calls; i++) {
    events.push(
      chunkJson(id, {
        tool_calls: [{ index: i, id: toolCalls[i].id, type: 'function', function: { name: toolCalls[i].name, arguments: '' } }],
      }),
    );
  }
  const longest = Math.max(...pieces.map((p) => p.length));
  for (let f = 0; f < longest; f++) {
    for (let i = 0; i < calls; i++) {
      const fragment = pieces[i][f];
      if (fragment === undefined) continue;
      events.push(chunkJson(id, { tool_calls: [{ index: i, function: { arguments: fragment } }] }));
    }
  }
  events.push(chunkJson(id, {}, 'tool_calls'));
  events.push(usageChunkJson(id, 420, events.length));
  return streamWorkload('tools', 'tool calls', events, { text: '', reasoning: '', toolCalls, finishReason: 'tool_calls' }, seed + 100);
}

/** One non-streamed completion with ~`contentBytes` of content. */
export function jsonWorkload(contentBytes: number, seed = 4): Workload {
  const rng = createRng(seed);
  // makeText counts UTF-16 units; multi-byte characters make the UTF-8 a little longer.
  const content = makeText(rng, Math.round(contentBytes * 0.95));
  const body = JSON.stringify({
    id: responseId(seed),
    object: 'chat.completion',
    created: CREATED,
    model: MODEL,
    choices: [{ index: 0, message: { role: 'assistant', content }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 42, completion_tokens: 250000, total_tokens: 250042 },
    base_resp: { status_code: 0, status_msg: '' },
  });
  return jsonBodyWorkload('json', 'chat', body, { text: content, reasoning: '', toolCalls: [], finishReason: 'stop' }, seed);
}

/** A whole JSON answer served to `doGenerate`. */
function jsonBodyWorkload(key: string, wire: Wire, body: string, expected: Expected, seed: number): Workload {
  const bytes = encoder.encode(body);
  return { key, name: 'large JSON (doGenerate)', wire, kind: 'json', bytes, cuts: cutPoints(createRng(seed + 100), bytes.length), events: 1, expected };
}

// ---------------------------------------------------------------------------
// The messages wire (Anthropic-compatible /messages)
// ---------------------------------------------------------------------------

const MESSAGES_MODEL = 'MiniMax-M2.5';

/** One messages-wire event: an `event:` line naming its type, then its `data:` line. */
export function messagesEvent(data: Record<string, unknown> & { type: string }): string {
  return `event: ${data.type}\ndata: ${JSON.stringify(data)}\n\n`;
}

/** `message_start` as MiniMax sends it (key order, the fields it fills). */
export function messageStartEvent(id: string, inputTokens: number): string {
  return messagesEvent({
    type: 'message_start',
    message: {
      id,
      type: 'message',
      role: 'assistant',
      content: [],
      model: MESSAGES_MODEL,
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: inputTokens, output_tokens: 0, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
      service_tier: 'standard',
    },
  });
}

export const blockStartEvent = (index: number, block: Record<string, unknown>) =>
  messagesEvent({ type: 'content_block_start', index, content_block: block });
export const blockDeltaEvent = (index: number, delta: Record<string, unknown>) =>
  messagesEvent({ type: 'content_block_delta', index, delta });
export const blockStopEvent = (index: number) => messagesEvent({ type: 'content_block_stop', index });

/** `message_delta` (stop reason and final usage) and `message_stop`. */
export function messageEndEvents(stopReason: string, inputTokens: number, outputTokens: number): string {
  return (
    messagesEvent({
      type: 'message_delta',
      delta: { stop_reason: stopReason },
      usage: { input_tokens: inputTokens, output_tokens: outputTokens, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
    }) + messagesEvent({ type: 'message_stop' })
  );
}

/** A 64-hex-digit thinking signature, as MiniMax sends in `signature_delta`. */
function signature(rng: () => number): string {
  let out = '';
  for (let i = 0; i < 64; i++) out += Math.floor(rng() * 16).toString(16);
  return out;
}

function messagesStreamWorkload(key: string, name: string, body: string, events: number, expected: Expected, seed: number): Workload {
  const bytes = encoder.encode(body);
  return { key, name, wire: 'messages', kind: 'stream', bytes, cuts: cutPoints(createRng(seed), bytes.length), events, expected };
}

interface MessagesStreamPlan {
  thinkingDeltas: number;
  textDeltas: number;
  /** Fragments of a `tool_use` block's input (0: no tool call). */
  toolFragments: number;
}

/**
 * A messages stream as MiniMax sends it: `message_start`, `ping`, then (when
 * asked) a thinking block of `thinking_delta`s closed by a `signature_delta`,
 * a text block of `text_delta`s, a `tool_use` block whose input arrives as
 * `input_json_delta` fragments (the first one empty, as MiniMax does), then
 * `message_delta` and `message_stop`.
 */
function messagesStream(plan: MessagesStreamPlan, seed: number): { body: string; events: number; expected: Expected } {
  const rng = createRng(seed);
  const id = responseId(seed);
  const parts: string[] = [messageStartEvent(id, 2707), messagesEvent({ type: 'ping' })];
  let index = 0;
  let reasoning = '';
  if (plan.thinkingDeltas > 0) {
    const thinking = cutDeltas(rng, plan.thinkingDeltas);
    parts.push(blockStartEvent(index, { type: 'thinking', thinking: '' }));
    for (const text of thinking) parts.push(blockDeltaEvent(index, { type: 'thinking_delta', thinking: text }));
    parts.push(blockDeltaEvent(index, { type: 'signature_delta', signature: signature(rng) }));
    parts.push(blockStopEvent(index++));
    reasoning = thinking.join('');
  }
  const answer = cutDeltas(rng, plan.textDeltas);
  parts.push(blockStartEvent(index, { type: 'text', text: '' }));
  for (const text of answer) parts.push(blockDeltaEvent(index, { type: 'text_delta', text }));
  parts.push(blockStopEvent(index++));
  const toolCalls: ExpectedToolCall[] = [];
  if (plan.toolFragments > 0) {
    const input = {
      path: 'src/core/language-model/minimax-language-model.ts',
      content: makeText(rng, plan.toolFragments * 10),
      options: { overwrite: true, encoding: 'utf8', tags: ['bench', 'messages'] },
    };
    const json = JSON.stringify(input);
    const step = Math.max(1, Math.round(json.length / plan.toolFragments));
    const call: ExpectedToolCall = { id: `call_function_${seed}x7k2mq9_1`, name: 'write_file', input };
    parts.push(blockStartEvent(index, { type: 'tool_use', id: call.id, name: call.name, input: {} }));
    parts.push(blockDeltaEvent(index, { type: 'input_json_delta', partial_json: '' }));
    for (let at = 0; at < json.length; ) {
      const len = Math.max(1, step + int(rng, -2, 2));
      parts.push(blockDeltaEvent(index, { type: 'input_json_delta', partial_json: json.slice(at, at + len) }));
      at += len;
    }
    parts.push(blockStopEvent(index++));
    toolCalls.push(call);
  }
  const stopReason = toolCalls.length > 0 ? 'tool_use' : 'end_turn';
  parts.push(messageEndEvents(stopReason, 2707, plan.thinkingDeltas + plan.textDeltas + plan.toolFragments));
  return {
    body: parts.join(''),
    events: parts.length + 1, // message_delta and message_stop share a string
    expected: { text: answer.join(''), reasoning, toolCalls, finishReason: stopReason },
  };
}

/** `deltas` text deltas, no thinking (the messages counterpart of `long text`). */
export function messagesTextWorkload(deltas: number, seed = 11): Workload {
  const { body, events, expected } = messagesStream({ thinkingDeltas: 0, textDeltas: deltas, toolFragments: 0 }, seed);
  return messagesStreamWorkload('m-text', 'long text', body, events, expected, seed + 100);
}

/** Thinking with a signature, then text, then a `tool_use` with many `input_json_delta` fragments. */
export function messagesThinkingToolWorkload(thinking: number, text: number, fragments: number, seed = 12): Workload {
  const { body, events, expected } = messagesStream({ thinkingDeltas: thinking, textDeltas: text, toolFragments: fragments }, seed);
  return messagesStreamWorkload('m-thinking', 'thinking → text → tool_use', body, events, expected, seed + 100);
}

/** A long thinking block (with its signature), then a short answer. */
export function messagesLongThinkingWorkload(thinking: number, text: number, seed = 13): Workload {
  const { body, events, expected } = messagesStream({ thinkingDeltas: thinking, textDeltas: text, toolFragments: 0 }, seed);
  return messagesStreamWorkload('m-long-thinking', 'long thinking → text', body, events, expected, seed + 100);
}

/** One non-streamed message of ~`contentBytes`: a thinking block (a third) with its signature, then text. */
export function messagesJsonWorkload(contentBytes: number, seed = 14): Workload {
  const rng = createRng(seed);
  const thinking = makeText(rng, Math.round(contentBytes * 0.3));
  const text = makeText(rng, Math.round(contentBytes * 0.65));
  const body = JSON.stringify({
    id: responseId(seed),
    type: 'message',
    role: 'assistant',
    model: MESSAGES_MODEL,
    content: [
      { type: 'thinking', thinking, signature: signature(rng) },
      { type: 'text', text },
    ],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: 2707, output_tokens: 250000, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
    base_resp: { status_code: 0, status_msg: '' },
  });
  return jsonBodyWorkload('m-json', 'messages', body, { text, reasoning: thinking, toolCalls: [], finishReason: 'end_turn' }, seed);
}

export interface WorkloadSizes {
  textDeltas: number;
  reasoningDeltas: number;
  answerDeltas: number;
  toolCalls: number;
  toolFragments: number;
  jsonBytes: number;
  /** Messages wire: thinking → text → tool_use. */
  thinkingDeltas: number;
  thinkingAnswerDeltas: number;
  inputJsonFragments: number;
  /** Messages wire: long thinking → short text. */
  longThinkingDeltas: number;
  longThinkingAnswerDeltas: number;
}

export const FULL_SIZES: WorkloadSizes = {
  textDeltas: 5000,
  reasoningDeltas: 2000,
  answerDeltas: 2000,
  toolCalls: 20,
  toolFragments: 100,
  jsonBytes: 1_000_000,
  thinkingDeltas: 2000,
  thinkingAnswerDeltas: 1500,
  inputJsonFragments: 500,
  longThinkingDeltas: 6000,
  longThinkingAnswerDeltas: 100,
};

export const SMOKE_SIZES: WorkloadSizes = {
  textDeltas: 300,
  reasoningDeltas: 100,
  answerDeltas: 100,
  toolCalls: 3,
  toolFragments: 20,
  jsonBytes: 20_000,
  thinkingDeltas: 100,
  thinkingAnswerDeltas: 80,
  inputJsonFragments: 30,
  longThinkingDeltas: 300,
  longThinkingAnswerDeltas: 10,
};

/** The workloads of one wire, in table order. */
export function buildWorkloads(sizes: WorkloadSizes, wire: Wire = 'chat'): Workload[] {
  if (wire === 'messages') {
    return [
      messagesTextWorkload(sizes.textDeltas),
      messagesThinkingToolWorkload(sizes.thinkingDeltas, sizes.thinkingAnswerDeltas, sizes.inputJsonFragments),
      messagesLongThinkingWorkload(sizes.longThinkingDeltas, sizes.longThinkingAnswerDeltas),
      messagesJsonWorkload(sizes.jsonBytes),
    ];
  }
  return [
    textWorkload(sizes.textDeltas),
    reasoningWorkload(sizes.reasoningDeltas, sizes.answerDeltas),
    toolWorkload(sizes.toolCalls, sizes.toolFragments),
    jsonWorkload(sizes.jsonBytes),
  ];
}

// ---------------------------------------------------------------------------
// The in-memory transport
// ---------------------------------------------------------------------------

export type FetchFn = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Produces the next socket chunk, or `undefined` at the end of the body. */
export type ChunkSource = () => Uint8Array | undefined | Promise<Uint8Array | undefined>;

/** A chunk source over prebuilt bytes: each chunk is a fresh copy, as a socket read would be. */
export function bytesSource(bytes: Uint8Array, cuts: number[]): ChunkSource {
  let i = 0;
  let at = 0;
  return () => {
    if (i >= cuts.length) return undefined;
    const end = cuts[i++];
    const chunk = bytes.slice(at, end);
    at = end;
    return chunk;
  };
}

export interface ServedBody {
  contentType: string;
  source: ChunkSource;
}

/**
 * A `fetch` for the providers: each call takes the next body from `next()`
 * and answers 200 with it as a ReadableStream. The first chunk is already
 * queued when the Response is handed back (its time is `firstByteAt`), the
 * rest are produced on demand.
 */
export class Transport {
  firstByteAt = 0;
  calls = 0;
  lastUrl = '';

  constructor(private readonly next: () => ServedBody) {}

  readonly fetch: FetchFn = async (input) => {
    this.calls++;
    this.lastUrl = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const { contentType, source } = this.next();
    const first = await source();
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        if (first === undefined) controller.close();
        else controller.enqueue(first);
      },
      async pull(controller) {
        const chunk = await source();
        if (chunk === undefined) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const response = new Response(stream, { status: 200, headers: { 'content-type': contentType } });
    this.firstByteAt = performance.now();
    return response;
  };
}

export function workloadBody(workload: Workload): ServedBody {
  return {
    contentType: workload.kind === 'json' ? 'application/json' : 'text/event-stream',
    source: bytesSource(workload.bytes, workload.cuts),
  };
}
