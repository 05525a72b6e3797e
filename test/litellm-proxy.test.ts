/**
 * Through a LiteLLM proxy, both wires, through ai@4/5/6/7: a LiteLLM-shaped proxy on loopback
 * (`support/litellm-proxy.ts`) in front of the emulator, configured as the seed's LiteLLM config is
 * (`model_name: minimax/MiniMax-M2.1`), plus an alias of the proxy's own (`fast`).
 */
import { APICallError } from '@ai-sdk/provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { calculateMiniMaxCost } from '../src/core/shared/minimax-pricing';
import { DRIVERS } from './support/ai-drivers';
import { useEmulator } from './support/emulator-lifecycle';
import { startLiteLLMProxy, type LiteLLMProxy } from './support/litellm-proxy';

const UPSTREAM_KEY = 'sk-upstream-minimax-key';
const PROXY_KEY = 'sk-1234';
const upstream = useEmulator({ apiKey: UPSTREAM_KEY });
let proxy: LiteLLMProxy;

beforeAll(async () => {
  proxy = await startLiteLLMProxy({
    upstream: { url: upstream().url, apiKey: UPSTREAM_KEY },
    masterKey: PROXY_KEY,
    models: {
      'minimax/MiniMax-M2.1': 'MiniMax-M2.1',
      'MINIMAX/minimax-m2.5-highspeed': 'MiniMax-M2.5-highspeed',
      'minimax/MiniMax-M3': 'MiniMax-M3',
      fast: 'MiniMax-M2.1',
    },
  });
});
afterAll(async () => {
  await proxy.close();
});
beforeEach(() => {
  proxy.requests.length = 0;
});

/** The seed's setup: the proxy's root as the OpenAI base URL, its key as the API key. */
const chatSettings = (extra: Record<string, unknown> = {}) => ({ apiKey: PROXY_KEY, baseURL: proxy.url, ...extra });
const proxied = () => proxy.requests.filter((r) => r.method === 'POST');
const upstreamBodies = () => upstream().requests.map((r) => r.body);
const unexpected = (): never => {
  throw new Error('expected the call to fail');
};
const costOf = (metadata: Record<string, Record<string, unknown>> | undefined) => metadata?.minimax?.cost as { total: number } | undefined;

describe.each(DRIVERS)('$name through a LiteLLM proxy', (driver) => {
  describe('chat (/chat/completions)', () => {
    it.each(['generate', 'stream'] as const)('minimax/MiniMax-M2.1 (%s): reasoning from reasoning_content, text, and MiniMax-M2.1\'s price', async (mode) => {
      upstream().enqueue({ type: 'reply', reasoning: 'Two plus two is four.', text: 'The answer is 4.', usage: { prompt_tokens: 1000, completion_tokens: 500 } });
      const result = await driver[mode](chatSettings(), { modelId: 'minimax/MiniMax-M2.1', prompt: 'Solve: 2+2=?' });
      expect(result.text).toBe('The answer is 4.');
      expect(result.reasoningText).toBe('Two plus two is four.');
      expect(result.finishReason).toBe('stop');
      expect(costOf(result.providerMetadata)?.total).toBe(calculateMiniMaxCost('MiniMax-M2.1', { inputTokens: 1000, outputTokens: 500 })!.total);
      expect(proxied().map((r) => [r.path, r.body.model])).toEqual([['/chat/completions', 'minimax/MiniMax-M2.1']]);
      expect(upstreamBodies()[0].model).toBe('MiniMax-M2.1');
      if ('errors' in result) expect(result.errors).toEqual([]);
    });

    it('a prefixed id in any case gets its model\'s prices (MINIMAX/minimax-m2.5-highspeed: 0.60 input)', async () => {
      upstream().enqueue({ type: 'reply', text: 'Fast.', usage: { prompt_tokens: 1_000_000, completion_tokens: 0 } });
      const result = await driver.generate(chatSettings(), { modelId: 'MINIMAX/minimax-m2.5-highspeed' });
      expect(costOf(result.providerMetadata)?.total).toBe(0.6);
    });

    it('minimax/MiniMax-M3 gets M3\'s rules: temperature 1.5 and 0 are sent as given, an image is sent', async () => {
      await driver.generate(chatSettings(), { modelId: 'minimax/MiniMax-M3', temperature: 1.5 });
      await driver.generate(chatSettings(), { modelId: 'minimax/MiniMax-M3', temperature: 0 });
      await driver.generate(chatSettings(), { modelId: 'minimax/MiniMax-M3', prompt: 'Describe', image: new Uint8Array([137, 80, 78, 71]) });
      const bodies = proxied().map((r) => r.body);
      expect(bodies.map((b) => b.temperature)).toEqual([1.5, 0, driver.spec === 'v1' ? 0 : undefined]);
      expect(bodies[2].messages.at(-1).content).toContainEqual({ type: 'image_url', image_url: { url: 'data:image/png;base64,iVBORw==' } });
    });

    it('a proxy alias mapped by modelAliases gets that model\'s rules and prices; unmapped, it reports no cost', async () => {
      upstream().enqueue({ type: 'reply', text: 'Hi.', usage: { prompt_tokens: 1000, completion_tokens: 1000 } });
      const mapped = await driver.generate(chatSettings({ modelAliases: { fast: 'MiniMax-M2.1' } }), { modelId: 'fast', temperature: 0 });
      expect(costOf(mapped.providerMetadata)?.total).toBe(calculateMiniMaxCost('MiniMax-M2.1', { inputTokens: 1000, outputTokens: 1000 })!.total);
      expect(proxied()[0].body).toMatchObject({ model: 'fast', temperature: 0.01 }); // M2.x rejects 0
      expect(mapped.warnings).toContainEqual(expect.objectContaining({ [driver.spec === 'v1' || driver.spec === 'v2' ? 'setting' : 'feature']: 'temperature' }));

      upstream().enqueue({ type: 'reply', text: 'Hi.', usage: { prompt_tokens: 1000, completion_tokens: 1000 } });
      const unmapped = await driver.generate(chatSettings(), { modelId: 'fast' });
      expect(costOf(unmapped.providerMetadata)).toBeUndefined();
    });

    it('a wrong proxy key: a clear 401 error that points at the proxy\'s key', async () => {
      const error = await driver.generate(chatSettings({ apiKey: 'sk-wrong' }), { modelId: 'minimax/MiniMax-M2.1' }).then(unexpected, (e: unknown) => e as APICallError);
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error).toMatchObject({ statusCode: 401, isRetryable: false });
      expect(error.message).toContain('Authentication Error, Invalid proxy server token passed.');
      expect(error.message).toContain("the proxy's own key");
      expect(error.message).not.toContain('(401)'); // the proxy's `code: "401"` is an HTTP status, not a MiniMax code
    });

    it('an upstream 2013 relayed as LiteLLM\'s error body keeps MiniMax\'s code and says the context is too long', async () => {
      upstream().enqueue({
        type: 'json',
        status: 400,
        body: { type: 'error', error: { type: 'bad_request_error', message: 'invalid params, context window exceeds limit (2013)', http_code: '400' } },
      });
      const error = await driver.generate(chatSettings(), { modelId: 'minimax/MiniMax-M2.1' }).then(unexpected, (e: unknown) => e as APICallError);
      expect(error).toMatchObject({ statusCode: 400, isRetryable: false, data: { code: 2013 } });
      expect(error.message).toMatch(/^MiniMax API error: litellm\.BadRequestError: MinimaxException - .*context window exceeds limit \(2013\)/);
      expect(error.message).toContain("longer than the model's context window (minimax/MiniMax-M2.1: 204,800 tokens)");
    });

    it('an error in the middle of a stream (one data: {"error": …} event) ends it with that error after the text', async () => {
      upstream().enqueue({ type: 'reply', text: 'Partial answer that goes on', chunkSize: 4, errorAfterChunks: { after: 3, code: 1027, message: 'output new_sensitive' } });
      const result = await driver.stream(chatSettings(), { modelId: 'minimax/MiniMax-M2.1' });
      expect(result.text.length).toBeGreaterThan(0);
      expect('Partial answer that goes on'.startsWith(result.text)).toBe(true);
      expect(result.errors).toHaveLength(1);
      expect((result.errors[0] as Error).message).toContain('output new_sensitive (1027)');
      expect(result.finishReason).toBe('error');
    });
  });

  describe('messages (/v1/messages)', () => {
    it.each([
      ['a base URL', '/v1'],
      ['the full endpoint', '/v1/messages'],
    ])('an explicit anthropicBaseURL (%s) is used as given, never rewritten to /anthropic/v1', async (_name, suffix) => {
      upstream().enqueue({ type: 'reply', reasoning: 'Greeting back.', text: 'Hello!', usage: { input_tokens: 2000, output_tokens: 100 } });
      const settings = chatSettings({ anthropicBaseURL: `${proxy.url}${suffix}` });
      const result = await driver.stream(settings, { modelId: 'minimax/MiniMax-M2.1', endpoint: 'messages', prompt: 'Hi' });
      expect(result.errors).toEqual([]);
      expect(result.text).toBe('Hello!');
      expect(result.reasoningText).toBe('Greeting back.');
      expect(proxied().map((r) => r.path)).toEqual(['/v1/messages']);
      expect(proxy.requests.some((r) => r.path.startsWith('/anthropic'))).toBe(false);
      expect(costOf(result.providerMetadata)?.total).toBe(calculateMiniMaxCost('MiniMax-M2.1', { inputTokens: 2000, outputTokens: 100 })!.total);
    });

    it('minimax/MiniMax-M3 on the messages route: thinking with its signature, M3\'s temperature range', async () => {
      upstream().enqueue({ type: 'reply', reasoning: 'Think.', text: 'Done.' });
      const result = await driver.generate(chatSettings({ anthropicBaseURL: `${proxy.url}/v1` }), {
        modelId: 'minimax/MiniMax-M3',
        endpoint: 'messages',
        temperature: 1.5,
      });
      expect(result.text).toBe('Done.');
      expect(result.reasoningText).toBe('Think.');
      expect(proxied()[0].body).toMatchObject({ model: 'minimax/MiniMax-M3', temperature: 1.5 });
      expect(costOf(result.providerMetadata)).toBeDefined();
    });
  });
});
