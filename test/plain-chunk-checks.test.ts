/**
 * The hand-written checks in front of the zod schemas (`isPlainChatChunk`,
 * `isPlainMessagesEvent`) may only spare zod work, never change a reading:
 *
 * - whatever they accept, the schema accepts too;
 * - a stream read with them gives exactly the parts (errors included) of the
 *   same stream read with every event through the schema.
 *
 * Checked on every recorded and fixture stream, and on random streams of
 * events of each wire's shape whose fields get values of the wrong type,
 * extra fields and non-finite numbers now and then.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { minimaxChatEndpoint } from '../src/core/chat/minimax-chat-endpoint';
import { chatCompletionSchema, isPlainChatChunk } from '../src/core/chat/minimax-chat-response-schema';
import type { MiniMaxEndpoint } from '../src/core/language-model/minimax-endpoint';
import { MiniMaxChunkPipeline } from '../src/core/language-model/minimax-chunk-pipeline';
import { minimaxMessagesEndpoint } from '../src/core/messages/minimax-messages-endpoint';
import { isPlainMessagesEvent, messagesEventSchema } from '../src/core/messages/minimax-messages-response-schema';
import type { MiniMaxStreamPart } from '../src/core/shared/minimax-neutral-types';
import { fixtureSseEvents } from './support/fixtures';

const CONTEXT = { url: 'http://127.0.0.1:9/v1/x', requestBodyValues: {} };

/** Reads event data strings through a pipeline; `schemaOnly` sends every event through the schema. */
function read(endpoint: MiniMaxEndpoint<unknown, unknown>, data: string[], schemaOnly: boolean): MiniMaxStreamPart[] {
  const parts: MiniMaxStreamPart[] = [];
  const pipeline = new MiniMaxChunkPipeline({
    endpoint: schemaOnly ? { ...endpoint, isPlainChunk: (_raw: unknown): _raw is unknown => false } : endpoint,
    context: CONTEXT,
    assemblerContext: CONTEXT,
    modelId: 'MiniMax-M2.1',
    includeRawChunks: false,
    emit: (part) => parts.push(part),
  });
  for (const d of data) pipeline.pushEventData(d);
  pipeline.end();
  return canonicalIds(parts);
}

/** Ids the chat assembler generates for tool calls sent without one are random: numbered by first use instead. */
function canonicalIds(parts: MiniMaxStreamPart[]): MiniMaxStreamPart[] {
  const ids = new Map<string, string>();
  const canonical = (id: string) => {
    if (!ids.has(id)) ids.set(id, `id-${ids.size}`);
    return ids.get(id)!;
  };
  return parts.map((part) => {
    const copy = { ...part } as Record<string, unknown>;
    for (const key of ['id', 'toolCallId']) if (typeof copy[key] === 'string') copy[key] = canonical(copy[key] as string);
    return copy as MiniMaxStreamPart;
  });
}

const WIRES = [
  { wire: 'chat', endpoint: minimaxChatEndpoint, schema: chatCompletionSchema, isPlain: isPlainChatChunk },
  { wire: 'messages', endpoint: minimaxMessagesEndpoint, schema: messagesEventSchema, isPlain: isPlainMessagesEvent },
] as const;

const STREAM_FIXTURES = [
  'chat-reasoning-split.chunks.txt',
  'chat-think-tags.chunks.txt',
  'chat-parallel-tools.chunks.txt',
  'chat-base-resp-error.chunks.txt',
  'recorded/chat-m2.7-highspeed-stream-tool-usage-empty-delta.sse',
  'recorded/chat-m2.7-stream-parallel-tools-think-inline.sse',
  'recorded/chat-m2.7-stream-reasoning-split.sse',
  'recorded/chat-m2.7-stream-think-inline.sse',
  'recorded/chat-m3-stream-no-done-service-tier.sse',
  'messages-overloaded-error.events.txt',
  'recorded/messages-m2.5-stream-thinking-signature-tool.sse',
  'recorded/messages-m2.5-stream-thinking-text-cache-read.sse',
];

function fixtureData(name: string): string[] {
  return fixtureSseEvents(name).flatMap((lines) =>
    lines.filter((line) => line.startsWith('data:')).map((line) => line.slice(line.startsWith('data: ') ? 6 : 5)),
  );
}

describe('plain-chunk checks: fixtures and recordings', () => {
  it.each(STREAM_FIXTURES)('%s: the same parts with the check as with the schema alone', (name) => {
    const { endpoint } = WIRES.find((w) => name.includes(w.wire === 'chat' ? 'chat-' : 'messages-'))!;
    const data = fixtureData(name);
    expect(data.length).toBeGreaterThan(0);
    expect(read(endpoint, data, false)).toEqual(read(endpoint, data, true));
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Random events: each field of the right type most of the time, of any JSON type (or a non-finite number) otherwise

const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined, freq: 3 });
const wrong = fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(1e400, -1e400, '12', 3, null, [], {}));
/** The field's own value most of the time, a value of any type now and then. */
const field = <T>(arb: fc.Arbitrary<T>) => opt(fc.oneof({ weight: 6, arbitrary: arb }, { weight: 1, arbitrary: wrong }));
const str = fc.string({ maxLength: 8 });
const num = fc.oneof(fc.nat(3), fc.double({ noNaN: true }));
/** Extra fields zod strips (or keeps, for loose objects). */
const withExtras = <T extends object>(arb: fc.Arbitrary<T>) =>
  fc.tuple(arb, opt(fc.dictionary(fc.constantFrom('object', 'name', 'audio_content', 'extra'), fc.jsonValue({ maxDepth: 1 }))))
    .map(([value, extras]) => ({ ...extras, ...value }));

const chatChunk = withExtras(
  fc.record(
    {
      id: field(str),
      created: field(num),
      model: field(str),
      usage: opt(field(fc.record({ total_tokens: field(fc.nat()), prompt_tokens: field(fc.nat()) }, { requiredKeys: [] }))),
      base_resp: opt(field(fc.record({ status_code: field(fc.constantFrom(0, '0', 1002)), status_msg: field(str) }, { requiredKeys: [] }))),
      choices: field(
        fc.array(
          field(
            withExtras(
              fc.record(
                {
                  index: field(fc.nat(2)),
                  finish_reason: field(fc.constantFrom('stop', 'tool_calls', 'length')),
                  delta: field(
                    withExtras(
                      fc.record(
                        {
                          role: field(fc.constantFrom('assistant', '')),
                          content: field(fc.oneof(str, fc.constantFrom('<think>', '</think>', '<th'))),
                          reasoning_content: field(str),
                          reasoning_details: field(
                            fc.array(
                              field(
                                withExtras(
                                  fc.record(
                                    { type: field(fc.constant('reasoning.text')), text: field(str), id: field(str), index: field(fc.nat(2)) },
                                    { requiredKeys: [] },
                                  ),
                                ),
                              ),
                              { maxLength: 2 },
                            ),
                          ),
                          tool_calls: field(
                            fc.array(
                              field(
                                fc.record(
                                  {
                                    index: field(fc.nat(2)),
                                    id: field(fc.constantFrom('call_a', 'call_b')),
                                    type: field(fc.constant('function')),
                                    function: field(fc.record({ name: field(fc.constantFrom('f', 'g')), arguments: field(str) }, { requiredKeys: [] })),
                                  },
                                  { requiredKeys: [] },
                                ),
                              ),
                              { maxLength: 2 },
                            ),
                          ),
                        },
                        { requiredKeys: [] },
                      ),
                    ),
                  ),
                },
                { requiredKeys: [] },
              ),
            ),
          ),
          { maxLength: 2 },
        ),
      ),
    },
    { requiredKeys: [] },
  ),
);

const messagesEvent = withExtras(
  fc.record(
    {
      type: fc.oneof(
        { weight: 8, arbitrary: fc.constantFrom('content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'ping') },
        { weight: 1, arbitrary: wrong },
      ),
      index: field(fc.nat(2)),
      id: field(str),
      model: field(str),
      stop_reason: field(str),
      usage: opt(field(fc.record({ output_tokens: field(fc.nat()) }, { requiredKeys: [] }))),
      content_block: field(
        withExtras(
          fc.record(
            {
              type: field(fc.constantFrom('text', 'thinking', 'redacted_thinking', 'tool_use')),
              text: field(str),
              thinking: field(str),
              signature: field(str),
              data: field(str),
              id: field(str),
              name: field(str),
              input: opt(fc.jsonValue({ maxDepth: 2 })),
            },
            { requiredKeys: [] },
          ),
        ),
      ),
      delta: field(
        withExtras(
          fc.record(
            {
              type: field(fc.constantFrom('text_delta', 'thinking_delta', 'signature_delta', 'input_json_delta')),
              text: field(str),
              thinking: field(str),
              signature: field(str),
              partial_json: field(str),
              stop_reason: field(fc.constantFrom('end_turn', 'tool_use')),
            },
            { requiredKeys: [] },
          ),
        ),
      ),
    },
    { requiredKeys: [] },
  ),
);

/** An event as the wire's text: JSON.stringify writes ±Infinity as null, the wire can say 1e400 (which reads as Infinity). */
const toWire = (event: unknown) =>
  JSON.stringify(event, (_key, value) => (value === Infinity ? '__inf__' : value === -Infinity ? '__-inf__' : value))
    .replace(/"__inf__"/g, '1e400')
    .replace(/"__-inf__"/g, '-1e400');

describe('plain-chunk checks: random events', () => {
  for (const { wire, endpoint, schema, isPlain } of WIRES) {
    const arb = wire === 'chat' ? chatChunk : messagesEvent;

    it(`${wire}: what the check accepts, the schema accepts`, () => {
      fc.assert(
        fc.property(arb, (event) => {
          const raw: unknown = JSON.parse(toWire(event));
          if (isPlain(raw)) expect(schema.safeParse(raw).success).toBe(true);
        }),
        { numRuns: 2000 },
      );
    });

    it(`${wire}: a stream reads the same with the check as with the schema alone`, () => {
      fc.assert(
        fc.property(fc.array(arb, { maxLength: 12 }), (events) => {
          const data = events.map(toWire);
          expect(read(endpoint, data, false)).toEqual(read(endpoint, data, true));
        }),
        { numRuns: 500 },
      );
    });
  }

  it('an event refused by the assembler is reported as sent, its unread fields included, on either path', () => {
    const data = '{"object":[],"type":"content_block_delta","index":3,"delta":{"type":"signature_delta","signature":"s","extra":1}}';
    for (const schemaOnly of [false, true]) {
      const [part] = read(minimaxMessagesEndpoint, [data], schemaOnly);
      expect(part).toMatchObject({ type: 'error', error: { responseBody: data } });
    }
  });

  it('a number too large for a double (1e400 reads as Infinity) goes to the schema, which reads it as absent', () => {
    const raw: unknown = JSON.parse('{"type":"content_block_delta","index":1e400,"delta":{"type":"text_delta","text":"x"}}');
    expect(isPlainMessagesEvent(raw)).toBe(false);
    expect(messagesEventSchema.parse(raw)).toEqual({ type: 'content_block_delta', index: undefined, delta: { type: 'text_delta', text: 'x' } });
    const chunk: unknown = JSON.parse('{"created":1e400,"choices":[]}');
    expect(isPlainChatChunk(chunk)).toBe(false);
    expect(chatCompletionSchema.parse(chunk)).toEqual({ created: undefined, choices: [] });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Event templates: events that repeat an earlier one but for their text are read without parsing

/** A wire's event written around one hole per leaf (text, thinking, tool input): a `%s` marks each. */
const TEMPLATED = {
  chat: [
    '{"id":"c1","object":"chat.completion.chunk","created":1,"model":"MiniMax-M2.1","choices":[{"index":0,"delta":{"content":"%s"},"finish_reason":null}]}',
    '{"id":"c1","choices":[{"index":0,"delta":{"reasoning_content":"%s","reasoning_details":[{"type":"reasoning.text","id":"r1","index":0,"text":"%s"}]}}]}',
    '{"choices":[{"index":0,"delta":{"tool_calls":[{"index":0,"function":{"arguments":"%s"}}]}}],"id":"c1"}',
    '{"choices":[{"delta":{"content":"%s","role":"assistant","name":"MiniMax AI","audio_content":""},"index":0}],"usage":null}',
    '{"choices":[{"index":0,"delta":{"content":"%s","content":"%s"}}]}',
  ],
  messages: [
    '{"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"%s"}}',
    '{"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"%s"}}',
    '{"type":"content_block_delta","index":2,"delta":{"type":"input_json_delta","partial_json":"%s"}}',
    '{ "type" : "content_block_delta", "delta" : { "text" : "%s", "type" : "text_delta" }, "index" : 1 }',
    '{"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"%s","text":"%s"}}',
  ],
} as const;

/** Hole bodies as raw text: plain, escaped, and broken (raw quotes and control characters, bad escapes, a lone backslash). */
const holeBody = fc.oneof(
  { weight: 6, arbitrary: fc.string({ maxLength: 10 }).map((s) => JSON.stringify(s).slice(1, -1)) },
  {
    weight: 2,
    arbitrary: fc
      .array(fc.constantFrom('a', 'é', '数', '🙂', '"', '\\', '\\"', '\\\\', '\\n', '\\u00e9', '\\ud83d', '\\/', '\\x', '\\u12', '\n', '\t', '\u2028', '}', '",', '"}]}', '%s', '\u{1F9E9}minimax-hole-0'), {
        maxLength: 6,
      })
      .map((pieces) => pieces.join('')),
  },
);

function fill(template: string, bodies: string[]): string {
  let i = 0;
  return template.replace(/%s/g, () => bodies[i++ % bodies.length]);
}

describe('event templates', () => {
  for (const { wire, endpoint } of WIRES) {
    it(`${wire}: a stream of repeated events with any text (escaped, broken) reads as if every event were parsed`, () => {
      fc.assert(
        fc.property(
          fc.array(
            fc.tuple(
              fc.nat(TEMPLATED[wire].length - 1),
              fc.array(holeBody, { minLength: 2, maxLength: 2 }),
              fc.boolean(),
              // Now and then something after the event: whitespace JSON allows, or junk it refuses.
              fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(' ', '\t', 'x', '}', ',{}') }),
            ),
            { minLength: 1, maxLength: 40 },
          ),
          (events) => {
            const data = events.map(([t, bodies, same, tail]) => fill(TEMPLATED[wire][t], same ? [bodies[0]] : bodies) + tail);
            expect(read(endpoint, data, false)).toEqual(read(endpoint, data, true));
          },
        ),
        { numRuns: 400 },
      );
    });
  }

  it('reads most events of a long stream from templates (a parse only when the shape changes)', async () => {
    const { MiniMaxEventTemplates } = await import('../src/core/language-model/minimax-event-templates');
    const templates = new MiniMaxEventTemplates(minimaxMessagesEndpoint.templateLeaves);
    let parsed = 0;
    for (let i = 0; i < 1000; i++) {
      const data = fill(TEMPLATED.messages[i < 500 ? 0 : 1], [`piece ${i} "quoted" \\ é`.replace(/["\\]/g, '\\$&')]);
      const value = templates.read(data);
      if (value === undefined) {
        parsed++;
        templates.learn(data, JSON.parse(data));
      } else {
        expect(value).toEqual(JSON.parse(data));
      }
    }
    expect(parsed).toBe(2);
  });
});
