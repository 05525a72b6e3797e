/**
 * The scenario suite: every scenario is written once and run through the real
 * `ai` packages of each major (see support/ai-drivers.ts) against the local
 * MiniMax emulator. Assertions cover both the wire body MiniMax receives and
 * what `ai` returns.
 */
import { APICallError } from '@ai-sdk/provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMiniMaxEmulator, type MiniMaxEmulator } from '../src/testing';
import * as ai4 from 'ai-v4';
import { createMiniMax as createMiniMaxV2 } from '../src/v2/index';
import { DRIVERS, weatherReport } from './support/ai-drivers';

const API_KEY = 'sk-test-scenario-key-0123456789';
let emulator: MiniMaxEmulator;

beforeAll(async () => {
  emulator = await createMiniMaxEmulator({ apiKey: API_KEY });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => emulator.reset());

const settings = () => ({ apiKey: API_KEY, baseURL: emulator.baseURL });
const chatRequests = () => emulator.requests.filter((r) => r.path.endsWith('/chat/completions'));

/** Serialises everything an error exposes, to search it for secrets. */
function exposed(error: unknown): string {
  const e = error as Record<string, unknown>;
  return JSON.stringify({ message: e?.message, ...e, cause: String(e?.cause ?? '') }, (_k, v) => (typeof v === 'bigint' ? String(v) : v));
}

describe.each(DRIVERS)('$name (LanguageModel$spec)', (driver) => {
  if (driver.spec === 'v1') {
    // ai@4 has no warning log to inspect: its compatibility check is to refuse, outright, any model that is not V1.
    it('is accepted by ai@4, which refuses a model of any other spec', async () => {
      const otherSpec = createMiniMaxV2(settings())('MiniMax-M2.1');
      // Passed on purpose with the wrong type: what a V2 model gets from ai@4.
      await expect(ai4.generateText({ model: otherSpec as never, prompt: 'hi', maxRetries: 0 })).rejects.toThrow(
        /only supports models that implement specification version "v1"/,
      );
      expect((await driver.generate(settings(), { temperature: 0 })).text.length).toBeGreaterThan(0);
      expect((await driver.stream(settings(), {})).text.length).toBeGreaterThan(0);
    });
  } else {
    it('is accepted by its ai major without any compatibility warning', async () => {
      const logged: Array<{ type: string; feature?: string }> = [];
      const globals = globalThis as { AI_SDK_LOG_WARNINGS?: unknown };
      const previous = globals.AI_SDK_LOG_WARNINGS;
      // ai@5+ hands every warning it would print to this hook.
      // ai@5 passes the warnings array, ai@6+ an options object holding it.
      globals.AI_SDK_LOG_WARNINGS = (arg: unknown) =>
        void logged.push(...((Array.isArray(arg) ? arg : (arg as { warnings: typeof logged }).warnings) as typeof logged));
      try {
        await driver.generate(settings(), { temperature: 0 });
        await driver.stream(settings(), {});
      } finally {
        globals.AI_SDK_LOG_WARNINGS = previous;
      }
      expect(logged.filter((w) => w.type === 'compatibility')).toEqual([]);
      // The hook works: the clamped temperature is logged.
      expect(logged.some((w) => w.type === 'unsupported' || w.type === 'unsupported-setting')).toBe(true);
    });
  }

  describe('generate', () => {
    it('returns text, reasoning, usage and USD cost; sends reasoning_split and the bearer key', async () => {
      emulator.enqueue({
        type: 'reply',
        reasoning: 'The user asks for 2+2. That is 4.',
        text: '2 + 2 = 4.',
        usage: { prompt_tokens: 1000, completion_tokens: 500, reasoning_tokens: 200, cached_tokens: 100 },
      });
      const result = await driver.generate(settings(), { prompt: 'Solve: 2+2=?' });

      expect(result.text).toBe('2 + 2 = 4.');
      expect(result.reasoningText).toBe('The user asks for 2+2. That is 4.');
      expect(result.finishReason).toBe('stop');
      expect(result.usage).toEqual({ inputTokens: 1000, outputTokens: 500 });
      // 900 uncached input at $0.30/M, 100 cached at $0.03/M, 500 output at $1.20/M.
      expect(result.providerMetadata?.minimax?.cost).toEqual({
        input: 0.00027,
        cacheRead: 0.000003,
        cacheWrite: 0,
        output: 0.0006,
        total: 0.000873,
        currency: 'USD',
      });

      const [request] = chatRequests();
      expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
      expect(request.body).toMatchObject({
        model: 'MiniMax-M2.1',
        reasoning_split: true,
        messages: [{ role: 'user', content: 'Solve: 2+2=?' }],
      });
      expect(request.body).not.toHaveProperty('stream');
    });

    it('reads <think> reasoning when reasoning_split is off', async () => {
      emulator.enqueue({ type: 'reply', reasoning: 'Adding two and two.', text: 'It is 4.' });
      const result = await driver.generate(settings(), { providerOptions: { minimax: { reasoningSplit: false } } });
      expect(chatRequests()[0].body.reasoning_split).toBe(false);
      expect(result.reasoningText).toBe('Adding two and two.');
      expect(result.text).toBe('It is 4.');
    });

    it('merges system prompts and clamps temperature 0 for M2.x with a warning', async () => {
      const result = await driver.generate(settings(), { system: 'Be brief.', temperature: 0 });
      const body = chatRequests()[0].body;
      expect(body.temperature).toBe(0.01);
      expect(body.messages.filter((m: { role: string }) => m.role === 'system')).toEqual([{ role: 'system', content: 'Be brief.' }]);
      expect(result.warnings.some((w) => w.setting === 'temperature' || w.feature === 'temperature')).toBe(true);
    });

    it('reports no cost for a model the table does not know', async () => {
      const result = await driver.generate(settings(), { modelId: 'MiniMax-M9-preview' });
      expect(chatRequests()[0].body.model).toBe('MiniMax-M9-preview');
      expect(result.text.length).toBeGreaterThan(0);
      expect(result.providerMetadata?.minimax?.cost).toBeUndefined();
    });
  });

  describe('structured output and input kinds', () => {
    const schema = { type: 'object' as const, properties: { answer: { type: 'number' as const } }, required: ['answer'] };

    it('M2.x: puts the JSON schema in the system prompt (warning) and the SDK parses the text', async () => {
      emulator.enqueue({ type: 'reply', reasoning: 'Return JSON.', text: '{"answer":4}' });
      const { object, warnings } = await driver.generateObject(settings(), { schema, prompt: 'What is 2+2?' });
      expect(object).toEqual({ answer: 4 });
      const body = chatRequests()[0].body;
      expect(body).not.toHaveProperty('response_format');
      expect(body.messages[0].role).toBe('system');
      expect(body.messages[0].content).toContain('"answer"');
      expect(warnings.some((w) => w.setting === 'responseFormat' || w.feature === 'responseFormat')).toBe(true);
    });

    it('M3: sends response_format with the JSON schema', async () => {
      emulator.enqueue({ type: 'reply', text: '{"answer":4}' });
      const { object } = await driver.generateObject(settings(), { schema, prompt: 'What is 2+2?', modelId: 'MiniMax-M3' });
      expect(object).toEqual({ answer: 4 });
      expect(chatRequests()[0].body.response_format).toMatchObject({ type: 'json_schema', json_schema: { schema: expect.objectContaining({ required: ['answer'] }) } });
    });

    it('M3: sends an image as an image_url data URL', async () => {
      await driver.generate(settings(), { modelId: 'MiniMax-M3', prompt: 'Describe', image: new Uint8Array([137, 80, 78, 71]) });
      expect(chatRequests()[0].body.messages[0].content).toEqual([
        { type: 'text', text: 'Describe' },
        { type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw==' } },
      ]);
    });

    it('M2.x: rejects image input with UnsupportedFunctionalityError before any request', async () => {
      const error = await driver.generate(settings(), { prompt: 'Describe', image: new Uint8Array([1, 2, 3]) }).catch((e) => e);
      expect(error.name).toBe('AI_UnsupportedFunctionalityError');
      expect(error.message).toContain('image input');
      expect(chatRequests()).toHaveLength(0);
    });
  });

  describe('thinking', () => {
    it('maps providerOptions.minimax.thinking to MiniMax\'s thinking on M3', async () => {
      await driver.generate(settings(), { modelId: 'MiniMax-M3', providerOptions: { minimax: { thinking: { type: 'disabled' } } } });
      expect(chatRequests()[0].body.thinking).toEqual({ type: 'disabled' });
    });

    it('warns instead of sending thinking: disabled to M2.x, which always thinks', async () => {
      const result = await driver.generate(settings(), { providerOptions: { minimax: { thinking: { type: 'disabled' } } } });
      expect(chatRequests()[0].body).not.toHaveProperty('thinking');
      expect(result.warnings.some((w) => w.setting === 'reasoning' || w.feature === 'reasoning' || String((w as { message?: string }).message).startsWith('reasoning'))).toBe(true);
    });
  });

  describe('stream', () => {
    it('streams reasoning then text, asks for usage, and reports usage and cost at the end', async () => {
      emulator.enqueue({
        type: 'reply',
        reasoning: 'Thinking about the story.',
        text: 'Once upon a time there was a tiny provider that streamed well.',
        chunkSize: 7,
        usage: { prompt_tokens: 40, completion_tokens: 30, reasoning_tokens: 6 },
      });
      const result = await driver.stream(settings(), { prompt: 'Tell me a story' });

      expect(result.textDeltas.length).toBeGreaterThan(3);
      expect(result.textDeltas.join('')).toBe('Once upon a time there was a tiny provider that streamed well.');
      expect(result.reasoningDeltas.join('')).toBe('Thinking about the story.');
      expect(result.text).toBe('Once upon a time there was a tiny provider that streamed well.');
      expect(result.usage).toEqual({ inputTokens: 40, outputTokens: 30 });
      expect(result.providerMetadata?.minimax?.cost).toMatchObject({ total: 0.000048, currency: 'USD' });
      expect(result.errors).toEqual([]);
      expect(chatRequests()[0].body).toMatchObject({ stream: true, stream_options: { include_usage: true } });
    });

    it('splits <think> tags cut across chunks when reasoning_split is off', async () => {
      emulator.enqueue({ type: 'reply', reasoning: 'Inline thinking here.', text: 'Inline answer.', chunkSize: 3 });
      const result = await driver.stream(settings(), { providerOptions: { minimax: { reasoningSplit: false } } });
      expect(result.reasoningText).toBe('Inline thinking here.');
      expect(result.text).toBe('Inline answer.');
    });

    it('delivers the text before a mid-stream base_resp error, then the error', async () => {
      emulator.enqueue({
        type: 'reply',
        text: 'This answer is cut off by a sensitive-output error.',
        chunkSize: 10,
        errorAfterChunks: { after: 3, code: 1027, message: 'output new_sensitive' },
      });
      const result = await driver.stream(settings(), {});
      expect(result.textDeltas.join('').length).toBeGreaterThan(0);
      expect(result.errors).toHaveLength(1);
      expect(APICallError.isInstance(result.errors[0])).toBe(true);
      expect((result.errors[0] as APICallError).message).toContain('output new_sensitive (1027)');
    });
  });

  describe('tool loop (interleaved thinking)', () => {
    const firstReasoning = { type: 'reasoning.text', id: 'reasoning-text-1', format: 'MiniMax-response-v1', index: 0, text: 'I should call get_weather for Tokyo.' };

    it.each(['generate', 'stream'] as const)('%s: runs two steps and sends the reasoning and tool call back before the tool result', async (mode) => {
      emulator.enqueue({ type: 'reply', reasoning: firstReasoning.text, toolCalls: [{ id: 'call_function_tokyo_1', name: 'get_weather', arguments: { location: 'Tokyo' } }] });
      emulator.enqueue({ type: 'reply', reasoning: 'The tool says sunny.', text: 'It is sunny and 24°C in Tokyo.' });

      const run = mode === 'generate' ? driver.generate : driver.stream;
      const result = await run(settings(), { prompt: 'What is the weather in Tokyo?', withTools: true });

      expect(result.steps).toBe(2);
      expect(result.toolResults).toEqual([weatherReport('Tokyo')]);
      expect(result.text).toBe('It is sunny and 24°C in Tokyo.');

      const requests = chatRequests();
      expect(requests).toHaveLength(2);
      expect(requests[0].body.tools).toEqual([
        {
          type: 'function',
          function: {
            name: 'get_weather',
            description: 'Get the current weather for a city',
            parameters: expect.objectContaining({ type: 'object', required: ['location'] }),
          },
        },
      ]);
      const history = requests[1].body.messages;
      expect(history.map((m: { role: string }) => m.role)).toEqual(['user', 'assistant', 'tool']);
      expect(history[1]).toEqual({
        role: 'assistant',
        content: '',
        reasoning_details: [firstReasoning],
        tool_calls: [{ id: 'call_function_tokyo_1', type: 'function', function: { name: 'get_weather', arguments: '{"location":"Tokyo"}' } }],
      });
      expect(history[2]).toEqual({ role: 'tool', tool_call_id: 'call_function_tokyo_1', content: JSON.stringify(weatherReport('Tokyo')) });
    });

    it('sends back reasoning_details exactly as MiniMax returned them when the SDK keeps provider metadata', async () => {
      const unusual = { type: 'reasoning.text', id: 'rd-7f3a', format: 'MiniMax-response-v2', index: 0, text: 'Check the weather.', extra: { kept: true } };
      emulator.enqueue({
        type: 'json',
        body: {
          id: 'r1',
          object: 'chat.completion',
          created: 1765432100,
          model: 'MiniMax-M2.1',
          choices: [
            {
              index: 0,
              finish_reason: 'tool_calls',
              message: {
                role: 'assistant',
                content: '',
                reasoning_details: [unusual],
                tool_calls: [{ id: 'call_x', type: 'function', function: { name: 'get_weather', arguments: '{"location":"Oslo"}' } }],
              },
            },
          ],
          usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
          base_resp: { status_code: 0, status_msg: '' },
        },
      });
      emulator.enqueue({ type: 'reply', text: 'Sunny in Oslo.' });
      await driver.generate(settings(), { prompt: 'Weather in Oslo?', withTools: true });
      const sentBack = chatRequests()[1].body.messages[1].reasoning_details;
      expect(sentBack).toEqual(
        driver.exactReasoningRoundTrip
          ? [unusual]
          : [{ type: 'reasoning.text', id: 'reasoning-text-1', format: 'MiniMax-response-v1', index: 0, text: 'Check the weather.' }],
      );
    });
  });

  describe('errors, retries and abort', () => {
    it('retries a retryable base_resp error (1002 rate limit) and then succeeds', async () => {
      emulator.enqueue({ type: 'base-resp', code: 1002, message: 'rate limit exceeded' }, { type: 'reply', text: 'Finally.' });
      const result = await driver.generate(settings(), { maxRetries: 2 });
      expect(result.text).toBe('Finally.');
      expect(chatRequests()).toHaveLength(2);
    });

    it('does not retry a non-retryable one (1008 insufficient balance) and names MiniMax\'s reason', async () => {
      emulator.enqueue({ type: 'base-resp', code: 1008, message: 'insufficient balance' });
      const error = await driver.generate(settings(), { maxRetries: 2 }).catch((e) => e);
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.message).toContain('insufficient balance (1008)');
      expect(error.isRetryable).toBe(false);
      expect(chatRequests()).toHaveLength(1);
    });

    it('maps an invalid-params rejection (HTTP 400, 2013) from the emulator to an APICallError', async () => {
      emulator.enqueue({ type: 'raw', status: 400, body: JSON.stringify({ type: 'error', error: { type: 'bad_request_error', message: 'invalid params, something is off (2013)', http_code: '400' } }) });
      const error = await driver.generate(settings(), {}).catch((e) => e);
      expect(error).toMatchObject({ statusCode: 400, isRetryable: false });
      expect(error.message).toContain('invalid params, something is off (2013)');
    });

    it('fails with MiniMax\'s login error for a wrong key, without leaking either key', async () => {
      const wrongKey = 'sk-wrong-key-abcdef';
      const error = await driver.generate({ ...settings(), apiKey: wrongKey }, {}).catch((e) => e);
      expect(error.statusCode).toBe(401);
      expect(error.message).toContain('login fail');
      expect(exposed(error)).not.toContain(wrongKey);
      expect(exposed(error)).not.toContain(API_KEY);
    });

    it('throws LoadAPIKeyError naming MINIMAX_API_KEY when no key is configured', async () => {
      const saved = process.env.MINIMAX_API_KEY;
      delete process.env.MINIMAX_API_KEY;
      try {
        const error = await driver.generate({ baseURL: emulator.baseURL }, {}).catch((e) => e);
        expect(error.name).toBe('AI_LoadAPIKeyError');
        expect(error.message).toContain('MINIMAX_API_KEY');
        expect(chatRequests()).toHaveLength(0);
      } finally {
        if (saved !== undefined) process.env.MINIMAX_API_KEY = saved;
      }
    });

    it('honours abortSignal: the request is cancelled and the connection closed', async () => {
      emulator.enqueue({ type: 'hang' });
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 50);
      const error = await driver.generate(settings(), { abortSignal: controller.signal }).catch((e) => e);
      expect(error).toBeInstanceOf(Error);
      expect(error.name).toMatch(/Abort/);
      await expect.poll(() => emulator.closedRequests).toBe(1);
    });
  });
});

describe('ai@7 only: the top-level reasoning option (LanguageModelV4)', () => {
  const ai7 = DRIVERS.find((d) => d.spec === 'v4')!;

  it.each([
    ['none', { type: 'disabled' }],
    ['high', { type: 'adaptive' }],
  ] as const)('maps reasoning: "%s" to thinking %j on M3', async (reasoning, thinking) => {
    await ai7.generate(settings(), { modelId: 'MiniMax-M3', reasoning });
    expect(chatRequests()[0].body.thinking).toEqual(thinking);
  });

  it('sends no thinking for reasoning: "provider-default"', async () => {
    await ai7.generate(settings(), { modelId: 'MiniMax-M3', reasoning: 'provider-default' });
    expect(chatRequests()[0].body).not.toHaveProperty('thinking');
  });
});
