/**
 * Hostile or broken server answers on stream requests: a 50 MB single SSE line (served lazily, never held
 * as one string), deeply nested JSON, prototype-pollution keys, a body that claims to be JSON but is not,
 * and an invalid baseURL. Each fails cleanly (an error part or a rejected call with a clear
 * APICallError), the process stays healthy, and a normal call against the emulator still works after it.
 */
import { APICallError } from '@ai-sdk/provider';
import { streamText } from 'ai';
import v8 from 'node:v8';
import vm from 'node:vm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MiniMaxStreamPart } from '../src/core/minimax-types';
import { MAX_EVENT_LENGTH } from '../src/core/sse-event-stream';
import { createMiniMax } from '../src/index';
import { createMiniMaxEmulator, type MiniMaxEmulator } from '../src/testing';
import { longLineBody, readAll } from './support/read-stream';

const API_KEY = 'sk-hostile-input-key';
const PROMPT = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'hi' }] }];
const encoder = new TextEncoder();

let emulator: MiniMaxEmulator;
beforeAll(async () => {
  emulator = await createMiniMaxEmulator({ apiKey: API_KEY });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => emulator.reset());

// After every hostile answer, the provider (a fresh instance, and the process) still works normally.
afterEach(async () => {
  emulator.reset();
  emulator.enqueue({ type: 'reply', reasoning: 'Fine.', text: 'Still healthy.' });
  const minimax = createMiniMax({ apiKey: API_KEY, baseURL: emulator.baseURL });
  const { stream } = await minimax('MiniMax-M2.1').doStream({ prompt: PROMPT });
  const parts = await readAll(stream);
  expect(textOf(parts)).toBe('Still healthy.');
  expect(parts.at(-1)).toMatchObject({ type: 'finish', finishReason: { unified: 'stop' } });
  const result = await minimax.messages('MiniMax-M2.1').doGenerate({ prompt: PROMPT });
  expect(result.content.some((c) => c.type === 'text' && c.text.length > 0)).toBe(true);
});


const textOf = (parts: MiniMaxStreamPart[]) =>
  parts
    .filter((p) => p.type === 'text-delta')
    .map((p) => (p as { delta: string }).delta)
    .join('');
const errorsOf = (parts: MiniMaxStreamPart[]) =>
  parts.filter((p) => p.type === 'error').map((p) => (p as { error: unknown }).error as APICallError);

function fetchServing(body: string | ReadableStream<Uint8Array>, contentType = 'text/event-stream') {
  return async () => new Response(body, { headers: { 'content-type': contentType } });
}

function modelWith(wire: 'chat' | 'messages', fetch: ReturnType<typeof fetchServing>) {
  const minimax = createMiniMax({ apiKey: API_KEY, baseURL: 'http://127.0.0.1:9/v1', fetch });
  return wire === 'chat' ? minimax('MiniMax-M2.1') : minimax.messages('MiniMax-M2.1');
}

/** `global.gc`, enabled at run time in this worker. */
function obtainGc(): () => void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

describe('a 50 MB single SSE line, served lazily', () => {
  it.each(['chat', 'messages'] as const)(
    '%s: ends with a clear error part once the line passes 16M characters; the rest is never read',
    async (wire) => {
      const gc = obtainGc();
      // Warm up (modules, schemas, JIT) so that the heap baseline is not the first call's.
      await readAll((await modelWith(wire, fetchServing('data: {"choices":[]}\n\n')).doStream({ prompt: PROMPT })).stream);
      gc();
      const heapBefore = process.memoryUsage().heapUsed;
      const PIECE = 64 * 1024;
      let cancelled = false;
      let produced = 0;
      // In a function, so that nothing of the stream is reachable once it has been read.
      const run = async () => {
        // Generated on demand, one 64 KB piece per read: the 50 MB are never held anywhere.
        const body = longLineBody({
          head:
            wire === 'chat'
              ? 'data: {"choices":[{"delta":{"content":"'
              : 'event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"',
          tail: '"}}]}\n\n',
          total: 50 * 2 ** 20,
          pieceSize: PIECE,
          onCancel: (bytes) => {
            cancelled = true;
            produced = bytes;
          },
        });
        const { stream } = await modelWith(wire, fetchServing(body)).doStream({ prompt: PROMPT });
        const parts = await readAll(stream);
        // Only a summary leaves: the error object itself is not kept (see the report on what it retains).
        return { types: parts.map((p) => p.type), errors: errorsOf(parts).map((e) => e.message), finish: parts.at(-1), text: textOf(parts) };
      };
      const outcome = await run();

      expect(outcome.errors).toHaveLength(1);
      expect(outcome.errors[0]).toContain(`longer than ${MAX_EVENT_LENGTH} characters`);
      expect(outcome.finish).toMatchObject({ type: 'finish', finishReason: { unified: 'error' } });
      expect(outcome.types.filter((t) => t === 'finish')).toHaveLength(1);
      expect(outcome.text).toBe('');
      // The source was cancelled right after the limit: about 16 MB were read, not 50.
      expect(cancelled).toBe(true);
      expect(produced).toBeLessThan(MAX_EVENT_LENGTH + 2 * PIECE + 200);
      // The process is healthy: once the stream is dropped, the 16 MB it buffered are garbage.
      gc();
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(4 * 2 ** 20);
    },
    30_000,
  );
});

describe('deeply nested JSON in stream chunks', () => {
  const DEPTH = 50_000;
  const deepArray = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
  const deepObject = '{"a":'.repeat(DEPTH) + '1' + '}'.repeat(DEPTH);
  const chatChunk = (delta: string, extra = '') =>
    `data: {"id":"c1","model":"MiniMax-M2.1","choices":[{"index":0,"delta":${delta}}]${extra}}\n\n`;

  it.each([
    ['chat: nesting in an unread field', 'chat', chatChunk('{"content":"ok"}', `,"extra":${deepArray}`) + 'data: [DONE]\n\n', 'ok'],
    [
      'chat: nesting inside a reasoning detail (kept for the round trip)',
      'chat',
      chatChunk(`{"reasoning_details":[{"type":"reasoning.text","index":0,"text":"hm","extra":${deepObject}}]}`) +
        chatChunk('{"content":"ok"}') +
        'data: [DONE]\n\n',
      'ok',
    ],
    [
      'chat: nesting in a base_resp error chunk (read unvalidated)',
      'chat',
      chatChunk('{"content":"ok"}') + `data: {"base_resp":{"status_code":1002,"status_msg":"rate limit"},"extra":${deepArray}}\n\n`,
      'ok',
    ],
    [
      'messages: nesting in a text block',
      'messages',
      `event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"text","text":"ok","extra":${deepArray}}}\n\n`,
      'ok',
    ],
    [
      'messages: nesting as a tool input',
      'messages',
      `event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"tool_use","id":"t1","name":"f","input":${deepObject}}}\n\n` +
        'event: content_block_stop\ndata: {"type":"content_block_stop","index":0}\n\n',
      '',
    ],
  ] as const)('%s: the stream ends with a finish, text intact, never a rejected read', async (_name, wire, body, text) => {
    const { stream } = await modelWith(wire, fetchServing(body)).doStream({ prompt: PROMPT });
    const parts = await readAll(stream);
    expect(parts.at(-1)?.type).toBe('finish');
    expect(parts.filter((p) => p.type === 'finish')).toHaveLength(1);
    expect(textOf(parts)).toBe(text);
    // An error (a base_resp error, or a structure too deep to handle) is an error part and an error finish.
    if (errorsOf(parts).length > 0) expect(parts.at(-1)).toMatchObject({ finishReason: { unified: 'error' } });
  });
});

describe('__proto__ and constructor.prototype keys in chunks', () => {
  const prototypeNames = () => Object.getOwnPropertyNames(Object.prototype).sort();
  let before: string[];
  beforeAll(() => {
    before = prototypeNames();
  });
  afterEach(() => {
    expect(prototypeNames()).toEqual(before);
    for (const name of ['polluted', 'polluted2', 'polluted3', 'polluted4', 'polluted5', 'polluted6']) {
      expect(({} as Record<string, unknown>)[name]).toBeUndefined();
      expect((Object.prototype as Record<string, unknown>)[name]).toBeUndefined();
    }
  });

  const poison = '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted2":true}}';
  const chatStream = [
    `data: {${poison},"id":"c1","model":"MiniMax-M2.1","choices":[{"index":0,"delta":{${poison.replace(/polluted/g, 'polluted3')},"reasoning_details":[{"type":"reasoning.text","index":0,"text":"think","__proto__":{"polluted4":true},"constructor":{"prototype":{"polluted5":true}}}]}}]}\n\n`,
    `data: {"id":"c1","choices":[{"index":0,"delta":{"content":"ok","tool_calls":[{"index":0,"id":"call_1","__proto__":{"polluted6":true},"function":{"name":"f","arguments":"{\\"__proto__\\":{\\"polluted\\":true}}"}}]}}],"usage":{"__proto__":{"polluted":true},"prompt_tokens":1,"completion_tokens":1}}\n\n`,
    `data: {"id":"c1","choices":[{"index":0,"delta":{},"finish_reason":"tool_calls"}]}\n\n`,
    'data: [DONE]\n\n',
  ].join('');
  const messagesStream = [
    `event: message_start\ndata: {"type":"message_start",${poison},"message":{${poison},"id":"m1","model":"MiniMax-M2.1","usage":{"__proto__":{"polluted3":true},"input_tokens":3}}}\n\n`,
    `event: content_block_start\ndata: {"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":"","__proto__":{"polluted4":true},"constructor":{"prototype":{"polluted5":true}}}}\n\n`,
    `event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"think",${poison}}}\n\n`,
    `event: content_block_stop\ndata: {"type":"content_block_stop","index":0}\n\n`,
    `event: content_block_start\ndata: {"type":"content_block_start","index":1,"content_block":{"type":"text","text":""}}\n\n`,
    `event: content_block_delta\ndata: {"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"ok"}}\n\n`,
    `event: content_block_stop\ndata: {"type":"content_block_stop","index":1}\n\n`,
    `event: content_block_start\ndata: {"type":"content_block_start","index":2,"content_block":{"type":"tool_use","id":"t1","name":"f","input":{${poison.replace(/polluted/g, 'polluted6')}}}}\n\n`,
    `event: content_block_stop\ndata: {"type":"content_block_stop","index":2}\n\n`,
    `event: message_delta\ndata: {"type":"message_delta","delta":{"stop_reason":"tool_use",${poison}},"usage":{"output_tokens":5,${poison}}}\n\n`,
  ].join('');

  it.each([
    ['chat', chatStream],
    ['messages', messagesStream],
  ] as const)('%s stream: read as data, Object.prototype untouched', async (wire, body) => {
    const { stream } = await modelWith(wire, fetchServing(body)).doStream({ prompt: PROMPT });
    const parts = await readAll(stream);
    expect(errorsOf(parts)).toEqual([]);
    expect(textOf(parts)).toBe('ok');
    const call = parts.find((p) => p.type === 'tool-call') as { input: string } | undefined;
    expect(call).toBeDefined();
    // The tool input is passed on as the text it is; parsing it is the SDK's job (and JSON.parse makes own keys).
    expect(JSON.parse(call!.input)).toBeTypeOf('object');
  });

  it.each([
    ['chat', chatStream],
    ['messages', messagesStream],
  ] as const)('%s stream through ai@7 streamText (tool input parsed, metadata kept): Object.prototype untouched', async (wire, body) => {
    const errors: unknown[] = [];
    const result = streamText({
      model: modelWith(wire, fetchServing(body)),
      prompt: 'hi',
      onError: ({ error }) => void errors.push(error),
    });
    expect(await result.text).toBe('ok');
    await result.consumeStream();
    expect(errors).toEqual([]);
    const [call] = await result.toolCalls;
    expect(call?.toolName).toBe('f');
  });

  it.each([
    [
      'chat',
      `{${poison},"id":"c1","model":"MiniMax-M2.1","choices":[{"index":0,"finish_reason":"stop","message":{${poison.replace(/polluted/g, 'polluted3')},"role":"assistant","content":"ok","reasoning_details":[{"type":"reasoning.text","text":"t","__proto__":{"polluted4":true}}]}}]}`,
    ],
    [
      'messages',
      `{"type":"message",${poison},"id":"m1","model":"MiniMax-M2.1","content":[{"type":"text","text":"ok",${poison.replace(/polluted/g, 'polluted5')}}],"stop_reason":"end_turn","usage":{"input_tokens":1,"output_tokens":1,"__proto__":{"polluted6":true}}}`,
    ],
  ] as const)('%s JSON body on a stream request and on doGenerate: Object.prototype untouched', async (wire, body) => {
    const model = modelWith(wire, fetchServing(body, 'application/json'));
    const { stream } = await model.doStream({ prompt: PROMPT });
    expect(textOf(await readAll(stream))).toBe('ok');
    const result = await model.doGenerate({ prompt: PROMPT });
    expect(result.content.find((c) => c.type === 'text')).toMatchObject({ text: 'ok' });
  });
});

describe('bodies that are not what a stream request expects', () => {
  it.each(['chat', 'messages'] as const)(
    '%s: a non-JSON body labelled application/json fails the call with a clear APICallError',
    async (wire) => {
      const body = 'upstream proxy error: connection reset by peer';
      const error = await modelWith(wire, fetchServing(body, 'application/json'))
        .doStream({ prompt: PROMPT })
        .then(
          () => undefined,
          (e: unknown) => e as APICallError,
        );
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error!.message).toContain('not JSON');
      expect(error!.message).toContain('connection reset by peer');
      expect(error!.responseBody).toBe(body);
      expect(error!.statusCode).toBe(200);
    },
  );

  it('a non-JSON body labelled application/json reaches ai@7 streamText as one onError call', async () => {
    const errors: unknown[] = [];
    const result = streamText({
      model: modelWith('chat', fetchServing('<<not json>>', 'application/json')),
      prompt: 'hi',
      maxRetries: 0,
      onError: ({ error }) => void errors.push(error),
    });
    await result.consumeStream();
    expect(errors).toHaveLength(1);
    expect(String((errors[0] as Error).message)).toContain('not JSON');
  });

  it.each(['chat', 'messages'] as const)('%s: a JSON body of the wrong shape fails with a clear APICallError', async (wire) => {
    const error = await modelWith(wire, fetchServing('{"choices":"nope","type":42}', 'application/json'))
      .doStream({ prompt: PROMPT })
      .then(
        () => undefined,
        (e: unknown) => e as APICallError,
      );
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error!.message).toMatch(/unexpected response shape/);
  });
});

describe('invalid baseURLs', () => {
  /** A fetch that delegates to the real one but refuses (and records) any http(s) host that is not loopback. */
  function guardedFetch(seen: string[]) {
    return async (input: string | URL | Request, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      seen.push(url);
      const parsed = URL.canParse(url) ? new URL(url) : undefined;
      if (parsed && /^https?:$/.test(parsed.protocol) && !['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)) {
        throw new Error(`test guard: refused to contact ${url}`);
      }
      return fetch(input, init);
    };
  }

  it.each([
    ['ftp://x', /unknown scheme|ftp|baseURL/i],
    ['not a url', /Invalid URL|not a url|baseURL/i],
    ['http://127.0.0.1:99999', /Invalid URL|port|baseURL/i],
  ])('%s fails with an error, contacts nothing, and the provider works again with a good one', async (baseURL, message) => {
    const seen: string[] = [];
    for (const wire of ['chat', 'messages'] as const) {
      const minimax = createMiniMax({ apiKey: API_KEY, baseURL, fetch: guardedFetch(seen) });
      const model = wire === 'chat' ? minimax('MiniMax-M2.1') : minimax.messages('MiniMax-M2.1');
      for (const call of [() => model.doGenerate({ prompt: PROMPT }), () => model.doStream({ prompt: PROMPT })]) {
        const error = await call().then(
          () => undefined,
          (e: unknown) => e as Error,
        );
        expect(error).toBeInstanceOf(Error);
        expect(`${error!.message} ${String((error as { cause?: unknown }).cause ?? '')}`).toMatch(message);
        expect(error!.message).not.toMatch(/test guard/);
      }
    }
    expect(emulator.requests).toHaveLength(0);
  });
});
