/**
 * `JsonBodySerializer` writes request bodies with the escaped text of long strings kept between calls. It must
 * write exactly what `JSON.stringify` writes (or throw what it throws), for any value, whatever its cache holds;
 * it must escape a long string once however often it is sent (by content, not by object); and its cache must
 * stay bounded. On the wire: every body a provider sends through a tool loop is the text `JSON.stringify` gives
 * for the body it reports.
 */
import { generateText, jsonSchema, stepCountIs, tool } from 'ai';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonBodySerializer } from '../src/core/shared/json-body-serializer';
import { createMiniMax } from '../src/index';

const LONG = 'He said "hi"\n\tC:\\path — 数据 模型 推理 naïve café '.repeat(4);
const LONE_SURROGATES = `${'x'.repeat(70)}\ud800 and \udc00 ${'y'.repeat(10)}`;

class Point {
  constructor(
    public x: number,
    public y: number,
  ) {}
}

const sparse: unknown[] = [1];
sparse[3] = LONG;

const CASES: Array<[string, unknown]> = [
  ['an empty object and array', { a: {}, b: [] }],
  ['nested plain data', { model: 'MiniMax-M2.1', messages: [{ role: 'user', content: [{ type: 'text', text: LONG }] }], stream: false }],
  ['undefined, functions and symbols in an object are left out', { a: undefined, b: () => 1, c: Symbol('s'), d: 1 }],
  ['undefined, functions and symbols in an array become null', [undefined, () => 1, Symbol('s'), LONG]],
  ['numbers JSON cannot hold, and exponents', [NaN, Infinity, -Infinity, -0, 1e21, 5e-7, 0.1 + 0.2, Number.MAX_SAFE_INTEGER]],
  ['booleans and null', { t: true, f: false, n: null }],
  ['long strings with quotes, controls, backslashes and text beyond ASCII', { s: LONG, u: '\u2028\u2029\u0000\u001f'.repeat(20) }],
  ['lone surrogates, long and short', { long: LONE_SURROGATES, short: '\ud83d' }],
  ['property names that need escaping', { 'a"b': 1, 'c\nd': 2, '\u2028': 3, [LONG]: 4 }],
  ['a null-prototype object', Object.assign(Object.create(null), { a: LONG })],
  ['integer-like keys come first, as in any object', { b: 1, 2: 'two', a: 3, 1: 'one' }],
  ['a sparse array', sparse],
  ['a Date (toJSON)', { at: new Date(Date.UTC(2026, 10, 27)) }],
  ['an object with its own toJSON', { a: { toJSON: (key: string) => `key:${key}` } }],
  ['an array with its own toJSON', { a: Object.assign([1, 2], { toJSON: () => 'array' }) }],
  ['a class instance', { p: new Point(1, 2) }],
  ['boxed primitives', [new String(LONG), new Number(3), new Boolean(false)]],
  ['a Map, a Set and a typed array', { m: new Map([[1, 2]]), s: new Set([1]), t: new Uint8Array([1, 2]) }],
  ['a symbol-keyed property is left out', { [Symbol('k')]: 1, a: LONG }],
  ['a nesting deeper than the walk goes', nest(400)],
];

function nest(depth: number): unknown {
  let value: unknown = LONG;
  for (let i = 0; i < depth; i++) value = { v: [value] };
  return value;
}

describe('JsonBodySerializer writes what JSON.stringify writes', () => {
  it.each(CASES)('%s', (_name, value) => {
    const serializer = new JsonBodySerializer();
    // Twice: the second time long strings come from the cache.
    expect(serializer.serialize(value)).toBe(JSON.stringify(value));
    expect(serializer.serialize(value)).toBe(JSON.stringify(value));
  });

  it('writes top-level primitives (and undefined) as JSON.stringify does', () => {
    const serializer = new JsonBodySerializer();
    for (const value of [LONG, 1, null, true, undefined]) expect(serializer.serialize(value)).toBe(JSON.stringify(value));
  });

  it('throws what JSON.stringify throws for a bigint and for a cycle', () => {
    const serializer = new JsonBodySerializer();
    const cyclic: Record<string, unknown> = { text: LONG };
    cyclic.self = cyclic;
    for (const value of [{ n: 1n }, cyclic]) {
      let expected: unknown;
      try {
        JSON.stringify(value);
      } catch (error) {
        expected = error;
      }
      expect(expected).toBeInstanceOf(TypeError);
      expect(() => serializer.serialize(value)).toThrow(expected as Error);
    }
  });

  it('leaves out what a polluted Object.prototype adds, as JSON.stringify does', () => {
    const serializer = new JsonBodySerializer();
    let written: string;
    let expected: string;
    Object.defineProperty(Object.prototype, 'polluted', { value: LONG, enumerable: true, configurable: true, writable: true });
    try {
      written = serializer.serialize({ a: LONG });
      expected = JSON.stringify({ a: LONG });
    } finally {
      delete (Object.prototype as Record<string, unknown>).polluted;
    }
    expect(written).toBe(expected);
    expect(written).not.toContain('polluted');
  });

  it('matches JSON.stringify on random values, one cache across them all', () => {
    const serializer = new JsonBodySerializer();
    // Long strings from a small pool, so that later values find earlier ones in the cache.
    const pool = fc.constantFrom(LONG, LONE_SURROGATES, `${LONG}!`, 'z'.repeat(64), 'z'.repeat(63));
    const value = fc.letrec((tie) => ({
      any: fc.oneof(
        { depthSize: 'small' },
        fc.string({ unit: 'binary' }),
        fc.string({ unit: 'binary', minLength: 64, maxLength: 200 }),
        pool,
        fc.double(),
        fc.boolean(),
        fc.constant(null),
        fc.constant(undefined),
        fc.array(tie('any'), { maxLength: 5 }),
        fc.dictionary(fc.oneof(fc.string(), pool), tie('any'), { maxKeys: 5 }),
        fc.dictionary(fc.string(), tie('any'), { maxKeys: 3, noNullPrototype: false }),
      ),
    })).any;
    fc.assert(
      fc.property(value, (v) => {
        expect(serializer.serialize(v)).toBe(JSON.stringify(v));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.anything({ withBoxedValues: true, withMap: true, withSet: true, withDate: true, withNullPrototype: true, withSparseArray: true, withTypedArray: true }), (v) => {
        let expected: string | undefined;
        try {
          expected = JSON.stringify(v);
        } catch (error) {
          expect(() => serializer.serialize(v)).toThrow(error as Error);
          return;
        }
        expect(serializer.serialize(v)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('JsonBodySerializer escapes a long string once', () => {
  const body = () => ({ messages: [{ text: `${LONG}1` }, { text: `${LONG}2` }, { text: 'short' }], tool: { content: JSON.stringify({ note: LONG }) } });

  it('by content: a body built anew, or parsed from JSON, finds the strings escaped before', () => {
    const serializer = new JsonBodySerializer();
    const first = serializer.serialize(body());
    expect(serializer.escapedStrings).toBe(3);
    expect(serializer.cachedStrings).toBe(3); // short strings are not kept
    expect(serializer.serialize(body())).toBe(first);
    expect(serializer.serialize(JSON.parse(first))).toBe(first);
    expect(serializer.escapedStrings).toBe(3);
  });

  it('keeps at most two generations of about a million UTF-16 units, and no string longer than one', () => {
    const serializer = new JsonBodySerializer();
    for (let i = 0; i < 40; i++) serializer.serialize({ text: `${i} ${'w'.repeat(100_000)}` });
    expect(serializer.escapedStrings).toBe(40);
    // About 100,000 units each: a generation ends when it passes a million units (with its 10th string), so no more
    // than 19 are ever held, however many are sent.
    expect(serializer.cachedStrings).toBeLessThanOrEqual(19);
    expect(serializer.cachedStrings).toBeGreaterThanOrEqual(10);

    const huge = { text: 'h'.repeat(1_000_001) };
    const before = serializer.cachedStrings;
    expect(serializer.serialize(huge)).toBe(JSON.stringify(huge));
    expect(serializer.serialize(huge)).toBe(JSON.stringify(huge));
    expect(serializer.escapedStrings).toBe(42);
    expect(serializer.cachedStrings).toBe(before);
  });

  it('moves a string found in the older generation up, so a history sent at every step stays cached', () => {
    const serializer = new JsonBodySerializer();
    const history = { messages: Array.from({ length: 5 }, (_, i) => `${i} ${'h'.repeat(100_000)}`) };
    serializer.serialize(history);
    for (let step = 0; step < 20; step++) {
      serializer.serialize(history);
      serializer.serialize({ text: `new ${step} ${'n'.repeat(100_000)}` }); // other traffic in between
    }
    // The history's 5 strings escaped once; the 20 others once each.
    expect(serializer.escapedStrings).toBe(25);
  });
});

describe('the bodies a provider sends', () => {
  it.each(['chat', 'messages'] as const)('are, at every step of a tool loop, the JSON text of the body it reports (%s)', async (wire) => {
    const sent: string[] = [];
    const answers = wire === 'chat' ? chatAnswers() : messagesAnswers();
    const provider = createMiniMax({
      apiKey: 'sk-serializer',
      fetch: async (_url, init) => {
        sent.push(String(init?.body));
        return new Response(JSON.stringify(answers[sent.length - 1]), { headers: { 'content-type': 'application/json' } });
      },
    });
    const model = wire === 'chat' ? provider('MiniMax-M2.1') : provider.messages('MiniMax-M2.1');
    const history = [
      { role: 'user' as const, content: `${LONG} ${LONE_SURROGATES}` },
      { role: 'assistant' as const, content: LONG },
      { role: 'user' as const, content: 'Look up the weather in Lisbon.' },
    ];
    for (let call = 0; call < 2; call++) {
      sent.length = 0;
      const result = await generateText({
        model,
        messages: history,
        tools: {
          get_weather: tool({
            inputSchema: jsonSchema<{ city: string }>({ type: 'object', properties: { city: { type: 'string' } }, required: ['city'] }),
            execute: async ({ city }) => ({ city, note: LONG }),
          }),
        },
        stopWhen: stepCountIs(2),
        include: { requestBody: true },
      });
      expect(result.text).toBe('Sunny.');
      expect(sent).toHaveLength(2);
      sent.forEach((text, i) => expect(text).toBe(JSON.stringify(result.steps[i].request.body)));
      expect(sent[1]).toContain(JSON.stringify(JSON.stringify({ city: 'Lisbon', note: LONG })).slice(1, -1));
      expect(JSON.parse(sent[1]).messages[0].content).toEqual(
        wire === 'chat' ? `${LONG} ${LONE_SURROGATES}` : [{ type: 'text', text: `${LONG} ${LONE_SURROGATES}` }],
      );
    }
  });
});

function chatAnswers(): unknown[] {
  const usage = { prompt_tokens: 10, completion_tokens: 2, total_tokens: 12 };
  const base = { id: 'c1', object: 'chat.completion', created: 1767225600, model: 'MiniMax-M2.1', usage, base_resp: { status_code: 0, status_msg: '' } };
  const call = { id: 'call_function_1', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Lisbon"}' } };
  const answer = (finish_reason: string, message: object) => ({ ...base, choices: [{ index: 0, finish_reason, message: { role: 'assistant', ...message } }] });
  return [answer('tool_calls', { content: '', tool_calls: [call] }), answer('stop', { content: 'Sunny.' })];
}

function messagesAnswers(): unknown[] {
  const base = { id: 'm1', type: 'message', role: 'assistant', model: 'MiniMax-M2.1', stop_sequence: null, usage: { input_tokens: 10, output_tokens: 2 } };
  return [
    { ...base, stop_reason: 'tool_use', content: [{ type: 'tool_use', id: 'call_function_1', name: 'get_weather', input: { city: 'Lisbon' } }] },
    { ...base, stop_reason: 'end_turn', content: [{ type: 'text', text: 'Sunny.' }] },
  ];
}
