/**
 * Property-based tests of the streaming path (bytes → SSE decoder → chunk
 * parser → assembler → neutral parts) over recorded streams:
 *
 * - any re-chunking of a valid stream's bytes (cuts anywhere, also inside a
 *   UTF-8 character, a `data:` line or a CRLF pair), any line endings (LF,
 *   CRLF, CR, mixed LF/CRLF), `: keep-alive` comments and extra blank lines
 *   between events yield exactly the parts of the unmodified stream;
 * - junk (random bytes, random JSON, random but schema-shaped chunks),
 *   truncated streams and dropped connections always end with a `finish`
 *   part (reason `error` whenever an `error` part was emitted), never hang,
 *   never reject a read and never cause an unhandled rejection.
 *
 * Parts are compared as they come out of `model.doStream(...)` of
 * `createMiniMax({ apiKey, baseURL, fetch })`, with a custom fetch serving
 * the generated chunks as a ReadableStream. Nothing is normalised: every
 * part id of these streams is deterministic (ids come from the wire or are
 * numbered by the assembler).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MiniMaxStreamPart } from '../src/core/shared/minimax-neutral-types';
import { buildChatCompletionChunks, buildMessagesEvents } from '../src/testing';
import { fakeFetch, fakeModel, type FakeFetch } from './support/fake-fetch';
import { fixtureSseEvents } from './support/fixtures';

type Wire = 'chat' | 'messages';

/** One SSE event as the lines it is written with (without line endings and without its blank line). */
type EventLines = string[];

interface Recording {
  name: string;
  wire: Wire;
  events: EventLines[];
}

const encoder = new TextEncoder();
const PROMPT = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'hi' }] }];
/** A run that has not finished after this long counts as a hang. */
const RUN_TIMEOUT_MS = 20_000;
const NUM_RUNS = 200;

/** A chat chunk line is the payload of `data: <line>`. */
function chatEvents(lines: string[]): EventLines[] {
  return lines.map((line) => [`data: ${line}`]);
}

/** A messages event line is `event: <type>` + `data: <line>`. */
function messagesEvents(lines: string[]): EventLines[] {
  return lines.map((line) => [`event: ${(JSON.parse(line) as { type: string }).type}`, `data: ${line}`]);
}

/** Multi-byte text (2-, 3- and 4-byte UTF-8 sequences) so that byte cuts land inside characters. */
const WIDE_REASONING = 'Überlegung: 東京の天気を調べる 🌦️ — naïve café, 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 and 👩‍👩‍👧 too.';
const WIDE_TEXT = 'Die Antwort: 晴れ ☀️, 23 °C — ça va 🙂. 끝.';
const WIDE_REPLY = {
  reasoning: WIDE_REASONING,
  text: WIDE_TEXT,
  toolCalls: [{ id: 'call_function_wide_1', name: 'get_weather', arguments: { city: '東京', note: '🌧️' } }],
};
const FIXED = { id: '0633fuzz0000000000000000000000', created: 1765432101, model: 'MiniMax-M2.1', chunkSize: 5 };

const RECORDINGS: Recording[] = [
  ...['chat-reasoning-split.chunks.txt', 'chat-think-tags.chunks.txt', 'chat-parallel-tools.chunks.txt'].map(
    (name): Recording => ({ name, wire: 'chat', events: fixtureSseEvents(name) }),
  ),
  ...['messages-thinking-text.events.txt', 'messages-thinking-tool.events.txt'].map(
    (name): Recording => ({ name, wire: 'messages', events: fixtureSseEvents(name) }),
  ),
  // Built with the emulator's wire builders, for multi-byte characters in every field (the chat fixtures are ASCII).
  {
    name: 'wide chat (reasoning_details, text, tool call)',
    wire: 'chat',
    events: chatEvents([...buildChatCompletionChunks(WIDE_REPLY, FIXED).map((c) => JSON.stringify(c)), '[DONE]']),
  },
  {
    name: 'wide chat (inline <think> tags)',
    wire: 'chat',
    events: chatEvents([
      ...buildChatCompletionChunks(WIDE_REPLY, { ...FIXED, reasoningSplit: false }).map((c) => JSON.stringify(c)),
      '[DONE]',
    ]),
  },
  {
    name: 'wide messages (thinking, text, tool_use)',
    wire: 'messages',
    events: messagesEvents(buildMessagesEvents(WIDE_REPLY, { id: 'msg_fuzz', chunkSize: 5 }).map((e) => JSON.stringify(e))),
  },
];

// ---------------------------------------------------------------------------------------------------------------
// Serving bytes and reading parts

/** How the body ends after its chunks: closed, a dropped connection, or never (to check the hang detection). */
type StreamEnd = 'close' | 'network-error' | 'never';

/** A fetch that answers with `chunks` as an SSE body, one chunk per read, then ends as `end` says. */
/** Whether a dropped connection reached the provider: it stops reading at the answer's end marker, before it. */
const delivery = { networkError: false };

function servingFetch(chunks: Uint8Array[], end: StreamEnd = 'close') {
  if (end !== 'network-error') return fakeFetch({ chunks, end });
  delivery.networkError = false;
  let next = 0;
  // Pulled only when read (no read-ahead), so the failure is delivered only if the provider asks past the last chunk.
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (next < chunks.length) return controller.enqueue(chunks[next++]);
        delivery.networkError = true;
        controller.error(new TypeError('terminated'));
      },
    },
    { highWaterMark: 0 },
  );
  return fakeFetch({ body, headers: { 'content-type': 'text/event-stream' } });
}

function modelFor(wire: Wire, fetch: FakeFetch) {
  return fakeModel(wire, fetch, { apiKey: 'sk-fuzz' });
}

class Hang extends Error {}

/** Calls doStream and reads every part; a run that takes longer than RUN_TIMEOUT_MS is a hang. */
async function streamParts(
  wire: Wire,
  chunks: Uint8Array[],
  end: StreamEnd = 'close',
  timeoutMs = RUN_TIMEOUT_MS,
): Promise<MiniMaxStreamPart[]> {
  let timer: NodeJS.Timeout | undefined;
  let reader: ReadableStreamDefaultReader<unknown> | undefined;
  const run = (async () => {
    const { stream } = await modelFor(wire, servingFetch(chunks, end)).doStream({ prompt: PROMPT });
    reader = stream.getReader();
    const parts: MiniMaxStreamPart[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return parts;
      parts.push(value as MiniMaxStreamPart);
    }
  })();
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Hang(`no end after ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    return await Promise.race([run, timeout]);
  } catch (error) {
    if (error instanceof Hang) void reader?.cancel().catch(() => {});
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Serialising and re-chunking

type Eol = 'lf' | 'crlf' | 'cr' | 'mixed';
const EOLS: Eol[] = ['lf', 'crlf', 'cr', 'mixed'];

/** What goes between events: extra blank lines and comment lines (all ignored by SSE). */
type Filler = '' | ': keep-alive' | ':' | ': ping 🙂';
const FILLERS: Filler[] = ['', ': keep-alive', ':', ': ping 🙂'];

interface Layout {
  eol: Eol;
  /** Per event: the lines written before it (index i → before event i; the last entry goes after the last event). */
  fillers: Filler[][];
  /** For `mixed`: per line, CRLF (true) or LF (false); cycled. */
  crlfPattern: boolean[];
}

/**
 * Writes events as SSE text. CR-only endings are used for a whole stream only: a CR line
 * ending followed by a LF one would be read as one CRLF pair (the SSE rule), which changes
 * the stream's meaning; LF and CRLF can be mixed freely.
 */
function serialise(events: EventLines[], layout?: Layout): string {
  const lines: string[] = [];
  events.forEach((event, i) => {
    lines.push(...(layout?.fillers[i] ?? []), ...event, '');
  });
  lines.push(...(layout?.fillers[events.length] ?? []));
  const eol = layout?.eol ?? 'lf';
  let n = 0;
  const ending = () => {
    if (eol === 'lf') return '\n';
    if (eol === 'crlf') return '\r\n';
    if (eol === 'cr') return '\r';
    const pattern = layout!.crlfPattern;
    return pattern.length > 0 && pattern[n++ % pattern.length] ? '\r\n' : '\n';
  };
  return lines.map((line) => line + ending()).join('');
}

/** Cuts bytes at the given positions (duplicates make empty chunks, which a stream may deliver too). */
function cut(bytes: Uint8Array, positions: number[]): Uint8Array[] {
  const sorted = [...positions].map((p) => Math.max(0, Math.min(bytes.length, p))).sort((a, b) => a - b);
  const out: Uint8Array[] = [];
  let start = 0;
  for (const p of sorted) {
    out.push(bytes.slice(start, p));
    start = p;
  }
  out.push(bytes.slice(start));
  return out;
}

/** Byte offsets that fall inside a multi-byte UTF-8 character (continuation bytes). */
function midCharacterOffsets(bytes: Uint8Array): number[] {
  const offsets: number[] = [];
  for (let i = 0; i < bytes.length; i++) if ((bytes[i] & 0xc0) === 0x80) offsets.push(i);
  return offsets;
}

/** Byte offsets of CRLF pairs' LF (a cut there separates CR from LF). */
function crlfOffsets(bytes: Uint8Array): number[] {
  const offsets: number[] = [];
  for (let i = 1; i < bytes.length; i++) if (bytes[i] === 10 && bytes[i - 1] === 13) offsets.push(i);
  return offsets;
}

const layoutArb = (eventCount: number): fc.Arbitrary<Layout> =>
  fc.record({
    eol: fc.constantFrom(...EOLS),
    fillers: fc.array(fc.array(fc.constantFrom(...FILLERS), { maxLength: 3 }), {
      minLength: eventCount + 1,
      maxLength: eventCount + 1,
    }),
    crlfPattern: fc.array(fc.boolean(), { minLength: 1, maxLength: 7 }),
  });

/**
 * Cut positions for a byte string: random offsets, offsets inside UTF-8 characters and
 * CRLF pairs, or a fixed chunk size (down to one byte per chunk).
 */
function cutsArb(bytes: Uint8Array): fc.Arbitrary<number[]> {
  const inside = midCharacterOffsets(bytes);
  const crlf = crlfOffsets(bytes);
  const random = fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 40 });
  const pick = (offsets: number[]) =>
    offsets.length === 0 ? random : fc.array(fc.constantFrom(...offsets), { minLength: 1, maxLength: 20 });
  const everyN = fc.integer({ min: 1, max: 9 }).map((size) => {
    const positions: number[] = [];
    for (let p = size; p < bytes.length; p += size) positions.push(p);
    return positions;
  });
  return fc.oneof(
    random,
    fc.tuple(pick(inside), random).map(([a, b]) => [...a, ...b]),
    fc.tuple(pick(crlf), pick(inside)).map(([a, b]) => [...a, ...b]),
    everyN,
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Invariants of a finished part stream

/** Structural problems of a part stream; empty when it is well formed. */
function problemsOf(parts: MiniMaxStreamPart[]): string[] {
  const problems: string[] = [];
  const types = parts.map((p) => p.type);
  if (types[0] !== 'stream-start') problems.push(`first part is ${types[0]}, not stream-start`);
  if (types.filter((t) => t === 'finish').length !== 1) problems.push('not exactly one finish part');
  if (types[types.length - 1] !== 'finish') problems.push(`last part is ${types[types.length - 1]}, not finish`);
  const finish = parts[parts.length - 1];
  if (types.includes('error') && finish?.type === 'finish' && finish.finishReason.unified !== 'error') {
    problems.push(`an error part but finish reason ${finish.finishReason.unified}`);
  }
  // Every delta belongs to an open block; every block is closed before the finish.
  const open = new Map<string, string>();
  for (const part of parts) {
    switch (part.type) {
      case 'text-start':
      case 'reasoning-start':
      case 'tool-input-start': {
        const kind = part.type.replace('-start', '');
        if (open.has(part.id)) problems.push(`${part.type} ${part.id} while it is open`);
        open.set(part.id, kind);
        break;
      }
      case 'text-delta':
      case 'reasoning-delta':
      case 'tool-input-delta': {
        const kind = part.type.replace('-delta', '');
        if (open.get(part.id) !== kind) problems.push(`${part.type} for ${part.id}, which is not an open ${kind} block`);
        break;
      }
      case 'text-end':
      case 'reasoning-end':
      case 'tool-input-end': {
        const kind = part.type.replace('-end', '');
        if (open.get(part.id) !== kind) problems.push(`${part.type} for ${part.id}, which is not an open ${kind} block`);
        open.delete(part.id);
        break;
      }
    }
  }
  if (open.size > 0) problems.push(`blocks left open: ${[...open.keys()].join(', ')}`);
  return problems;
}

// ---------------------------------------------------------------------------------------------------------------

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => void unhandled.push(reason);
beforeAll(() => void process.on('unhandledRejection', onUnhandled));
afterAll(() => void process.off('unhandledRejection', onUnhandled));

/** Lets pending microtasks and timers run, so a late rejection would be seen. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe.each(RECORDINGS)('$name ($wire): re-chunked and re-framed', ({ wire, events }) => {
  let baseline: MiniMaxStreamPart[];

  beforeAll(async () => {
    baseline = await streamParts(wire, [encoder.encode(serialise(events))]);
  });

  it('the unmodified stream is well formed and error-free (the baseline)', () => {
    expect(problemsOf(baseline)).toEqual([]);
    expect(baseline.some((p) => p.type === 'error')).toBe(false);
    expect(baseline.some((p) => p.type === 'text-delta' || p.type === 'tool-call')).toBe(true);
  });

  it('any cuts, line endings, keep-alive comments and blank lines yield exactly the same parts', async () => {
    await fc.assert(
      fc.asyncProperty(
        layoutArb(events.length).chain((layout) => {
          const bytes = encoder.encode(serialise(events, layout));
          return fc.tuple(fc.constant(layout), fc.constant(bytes), cutsArb(bytes));
        }),
        async ([, bytes, positions]) => {
          const parts = await streamParts(wire, cut(bytes, positions));
          expect(parts).toEqual(baseline);
        },
      ),
      { numRuns: NUM_RUNS },
    );
    await settle();
    expect(unhandled).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Junk

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const smallString = fc.string({ maxLength: 12 });

/** Chunks of the chat wire's shape with random values: they pass (or barely fail) the schema and reach the assembler. */
const chatChunkArb = fc.record(
  {
    id: opt(fc.constantFrom('c1', 'c2', '')),
    model: opt(fc.constantFrom('MiniMax-M2.1', '')),
    created: opt(fc.oneof(fc.integer(), fc.double({ noNaN: true }), fc.constant(1e300))),
    choices: opt(
      fc.array(
        fc.record(
          {
            index: opt(fc.nat(2)),
            finish_reason: opt(fc.constantFrom('stop', 'tool_calls', 'length', 'sensitive', 'weird', '')),
            delta: opt(
              fc.record(
                {
                  role: opt(fc.constantFrom('assistant', '')),
                  content: opt(fc.oneof(smallString, fc.constantFrom('<think>', '</think>', '<th', 'ink>', '</thi'))),
                  reasoning_content: opt(smallString),
                  reasoning_details: opt(
                    fc.array(
                      fc.record(
                        {
                          type: fc.constantFrom('reasoning.text', 'reasoning.encrypted'),
                          text: opt(smallString),
                          id: opt(fc.constantFrom('r1', 'r2', '__proto__', 'constructor')),
                          index: opt(fc.nat(2)),
                        },
                        { requiredKeys: ['type'] },
                      ),
                      { maxLength: 3 },
                    ),
                  ),
                  tool_calls: opt(
                    fc.array(
                      fc.record(
                        {
                          index: opt(fc.nat(2)),
                          id: opt(fc.constantFrom('call_a', 'call_b', '')),
                          type: opt(fc.constant('function')),
                          function: opt(
                            fc.record(
                              { name: opt(fc.constantFrom('get_weather', 'f', '')), arguments: opt(smallString) },
                              { requiredKeys: [] },
                            ),
                          ),
                        },
                        { requiredKeys: [] },
                      ),
                      { maxLength: 3 },
                    ),
                  ),
                },
                { requiredKeys: [] },
              ),
            ),
          },
          { requiredKeys: [] },
        ),
        { maxLength: 2 },
      ),
    ),
    usage: opt(
      fc.record(
        { prompt_tokens: opt(fc.oneof(fc.nat(), fc.integer())), completion_tokens: opt(fc.nat()), total_tokens: opt(fc.nat()) },
        { requiredKeys: [] },
      ),
    ),
    base_resp: opt(
      fc.record({ status_code: fc.constantFrom(0, 1002, '1008', 'x', 2013), status_msg: opt(smallString) }, { requiredKeys: [] }),
    ),
  },
  { requiredKeys: [] },
);

/** Events of the messages wire's shape with random values. */
const messagesEventArb = fc.record(
  {
    type: fc.constantFrom(
      'message_start',
      'content_block_start',
      'content_block_delta',
      'content_block_stop',
      'message_delta',
      'message_stop',
      'ping',
      'error',
      'unknown_event',
    ),
    index: opt(fc.oneof(fc.nat(3), fc.integer({ min: -2, max: 2 }))),
    message: opt(
      fc.record(
        { id: opt(smallString), model: opt(smallString), usage: opt(fc.record({ input_tokens: opt(fc.nat()) }, { requiredKeys: [] })) },
        { requiredKeys: [] },
      ),
    ),
    content_block: opt(
      fc.record(
        {
          type: fc.constantFrom('text', 'thinking', 'redacted_thinking', 'tool_use', 'image'),
          text: opt(smallString),
          thinking: opt(smallString),
          signature: opt(smallString),
          data: opt(smallString),
          id: opt(fc.constantFrom('toolu_1', 'toolu_2', '')),
          name: opt(fc.constantFrom('get_weather', '')),
          input: opt(fc.jsonValue({ maxDepth: 2 })),
        },
        { requiredKeys: ['type'] },
      ),
    ),
    delta: opt(
      fc.record(
        {
          type: opt(fc.constantFrom('text_delta', 'thinking_delta', 'signature_delta', 'input_json_delta', 'citations_delta')),
          text: opt(smallString),
          thinking: opt(smallString),
          signature: opt(smallString),
          partial_json: opt(smallString),
          stop_reason: opt(fc.constantFrom('end_turn', 'tool_use', 'max_tokens', 'refusal')),
        },
        { requiredKeys: [] },
      ),
    ),
    usage: opt(fc.record({ output_tokens: opt(fc.nat()) }, { requiredKeys: [] })),
    error: opt(fc.record({ type: opt(fc.constantFrom('overloaded_error', 'api_error')), message: opt(smallString) }, { requiredKeys: [] })),
  },
  { requiredKeys: ['type'] },
);

/** One line of junk, as text (line endings are added by the caller). */
const junkLineArb = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }).map((s) => s.replace(/[\r\n]/g, ' ')),
  fc.json({ maxDepth: 3 }).map((json) => `data: ${json}`),
  fc.string({ maxLength: 40 }).map((s) => `data: ${s.replace(/[\r\n]/g, ' ')}`),
  fc.constantFrom('data: [DONE]', 'data:', 'data', ': keep-alive', 'event: error', 'event:', 'id: 7', 'retry: x', ''),
);

/** Schema-shaped random events of the recording's wire, each as the lines of one SSE event. */
function shapedEventArb(wire: Wire): fc.Arbitrary<EventLines> {
  return wire === 'chat'
    ? chatChunkArb.map((chunk): EventLines => [`data: ${JSON.stringify(chunk)}`])
    : messagesEventArb.map((event): EventLines => [`event: ${event.type}`, `data: ${JSON.stringify(event)}`]);
}

interface JunkCase {
  bytes: Uint8Array;
  positions: number[];
  end: StreamEnd;
}

const endArb = fc.constantFrom<StreamEnd>('close', 'close', 'network-error');

function rechunk(bytes: Uint8Array): fc.Arbitrary<JunkCase> {
  return fc.record({ bytes: fc.constant(bytes), positions: cutsArb(bytes), end: endArb });
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * Damaged streams whose events, where readable, are the recording's in their order:
 * random bytes (alone or after a valid beginning), a valid stream cut at a random byte,
 * and an in-order subset of the valid events (events lost) with junk lines between them,
 * possibly cut short. Any of them may also end in a dropped connection.
 */
function damagedStreamArb(recording: Recording): fc.Arbitrary<JunkCase> {
  const randomBytes = fc
    .tuple(fc.boolean(), fc.uint8Array({ maxLength: 3000 }))
    .map(([afterValid, junk]) => concat(afterValid ? encoder.encode(serialise(recording.events.slice(0, 3))) : new Uint8Array(), junk))
    .chain(rechunk);

  const whole = encoder.encode(serialise(recording.events));
  const truncated = fc
    .integer({ min: 0, max: whole.length - 1 })
    .map((at) => whole.slice(0, at))
    .chain(rechunk);

  const lossy = fc
    .tuple(
      fc.subarray(recording.events),
      fc.array(fc.tuple(fc.nat(), fc.array(junkLineArb, { minLength: 1, maxLength: 3 })), { maxLength: 6 }),
      fc.constantFrom(...EOLS),
      fc.option(fc.nat(), { nil: undefined }),
    )
    .map(([kept, junk, eol, cutAt]) => {
      const events = [...kept];
      for (const [at, lines] of junk) events.splice(at % (events.length + 1), 0, lines);
      const bytes = encoder.encode(serialise(events, { eol, fillers: [], crlfPattern: [true, false] }));
      return cutAt === undefined ? bytes : bytes.slice(0, cutAt % (bytes.length + 1));
    })
    .chain(rechunk);

  return fc.oneof(randomBytes, truncated, { arbitrary: lossy, weight: 2 });
}

/** Valid events in any order and number, schema-shaped random events and junk lines, possibly cut short. */
function hostileStreamArb(recording: Recording): fc.Arbitrary<JunkCase> {
  const eventArb = fc.oneof(
    { arbitrary: fc.constantFrom(...recording.events), weight: 3 },
    { arbitrary: shapedEventArb(recording.wire), weight: 3 },
    { arbitrary: fc.array(junkLineArb, { minLength: 1, maxLength: 3 }), weight: 2 },
  );
  return fc
    .tuple(fc.array(eventArb, { minLength: 1, maxLength: 25 }), fc.constantFrom(...EOLS), fc.option(fc.nat(), { nil: undefined }))
    .map(([events, eol, cutAt]) => {
      const bytes = encoder.encode(serialise(events, { eol, fillers: [], crlfPattern: [true, false] }));
      return cutAt === undefined ? bytes : bytes.slice(0, cutAt % (bytes.length + 1));
    })
    .chain(rechunk);
}

/** The guarantees that hold for any input: one finish, last; an error finish after an error part. */
function coreProblemsOf(parts: MiniMaxStreamPart[]): string[] {
  return problemsOf(parts).filter((p) => /stream-start|finish/.test(p));
}

const FIXTURE_RECORDINGS = RECORDINGS.filter((r) => !r.name.startsWith('wide'));

describe.each(FIXTURE_RECORDINGS)('damaged streams around $name ($wire)', (recording) => {
  it('random bytes, truncation, lost events and dropped connections: a well-formed part stream with one finish, never a hang or a rejected read', async () => {
    await fc.assert(
      fc.asyncProperty(damagedStreamArb(recording), async ({ bytes, positions, end }) => {
        const parts = await streamParts(recording.wire, cut(bytes, positions), end);
        expect(problemsOf(parts)).toEqual([]);
        // A dropped connection is reported, unless the answer had ended at its end marker before it.
        if (end === 'network-error' && delivery.networkError) expect(parts.some((p) => p.type === 'error')).toBe(true);
      }),
      { numRuns: NUM_RUNS },
    );
    await settle();
    expect(unhandled).toEqual([]);
  });

  it('hostile streams (schema-shaped random chunks, events out of order, JSON garbage): one finish, last, error finish after an error part, never a hang or a rejected read', async () => {
    await fc.assert(
      fc.asyncProperty(hostileStreamArb(recording), async ({ bytes, positions, end }) => {
        const parts = await streamParts(recording.wire, cut(bytes, positions), end);
        expect(coreProblemsOf(parts)).toEqual([]);
      }),
      { numRuns: NUM_RUNS },
    );
    await settle();
    expect(unhandled).toEqual([]);
  });
});

describe('fuzz harness', () => {
  it('would notice a hang: a body that never ends is reported as one, and cancelled', async () => {
    const error = await streamParts('chat', [encoder.encode('data: {"choices":[]}\n\n')], 'never', 200).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Hang);
  });

  it('well-formedness check catches a delta outside its block', () => {
    expect(
      problemsOf([
        { type: 'stream-start', warnings: [] },
        { type: 'text-delta', id: 't', delta: 'x' },
        { type: 'finish', finishReason: { unified: 'stop', raw: 'stop' }, usage: {} as never },
      ] as MiniMaxStreamPart[]),
    ).toEqual(['text-delta for t, which is not an open text block']);
  });
});
