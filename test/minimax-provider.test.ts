import { NoSuchModelError } from '@ai-sdk/provider';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMiniMax, minimax } from '../src/index';
import { createMiniMax as createMiniMaxV1 } from '../src/v1/index';
import { deriveMiniMaxBaseURLs, resolveMiniMaxBaseURLs } from '../src/core/shared/minimax-provider-settings';
import { fakeFetch } from './support/fake-fetch';

afterEach(() => vi.unstubAllEnvs());

describe('createMiniMax', () => {
  it('posts to ${baseURL}/chat/completions with the bearer key and custom headers', async () => {
    const fetch = fakeFetch({
      body: JSON.stringify({ id: 'x', choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: 'ok' } }] }),
    });
    const provider = createMiniMax({ apiKey: 'key-1', baseURL: 'http://127.0.0.1:9/v1/', headers: { 'x-trace': 't1' }, fetch });
    const result = await provider.chat('MiniMax-M2.1').doGenerate({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] });
    expect(result.content).toEqual([{ type: 'text', text: 'ok' }]);
    expect(fetch.requests[0].url).toBe('http://127.0.0.1:9/v1/chat/completions');
    expect(fetch.requests[0].headers.authorization).toBe('Bearer key-1');
    expect(fetch.requests[0].headers['x-trace']).toBe('t1');
  });

  it('exposes the same chat model through minimax(id), .chat(id) and .languageModel(id)', () => {
    const provider = createMiniMax({ apiKey: 'k' });
    for (const model of [provider('MiniMax-M2.1'), provider.chat('MiniMax-M2.1'), provider.languageModel('MiniMax-M2.1')]) {
      expect(model).toMatchObject({ specificationVersion: 'v4', provider: 'minimax.chat', modelId: 'MiniMax-M2.1' });
    }
    expect(createMiniMaxV1({ apiKey: 'k' })('MiniMax-M2')).toMatchObject({ specificationVersion: 'v1', defaultObjectGenerationMode: 'json' });
    expect(minimax.specificationVersion).toBe('v4');
  });

  it('throws NoSuchModelError for embedding models', () => {
    expect(() => minimax.embeddingModel('embo-01')).toThrow(NoSuchModelError);
    expect(() => minimax.textEmbeddingModel('embo-01')).toThrow(NoSuchModelError);
  });

  it('advertises image URLs as supported only for models that take images', () => {
    expect(minimax('MiniMax-M3').supportedUrls).toEqual({ 'image/*': [expect.any(RegExp)] });
    expect(minimax('MiniMax-M2.1').supportedUrls).toEqual({});
  });
});

describe('base URLs', () => {
  it.each([
    [{}, 'https://api.minimax.io/v1', 'https://api.minimax.io/anthropic/v1'],
    [{ region: 'cn' as const }, 'https://api.minimaxi.com/v1', 'https://api.minimaxi.com/anthropic/v1'],
    [{ baseURL: 'http://localhost:4000' }, 'http://localhost:4000', 'http://localhost:4000/anthropic/v1'],
    [{ baseURL: 'https://proxy.example/v1/chat/completions' }, 'https://proxy.example/v1', 'https://proxy.example/anthropic/v1'],
  ])('resolves %j', (settings, baseURL, anthropicBaseURL) => {
    expect(resolveMiniMaxBaseURLs(settings)).toEqual({ baseURL, anthropicBaseURL });
  });

  it('reads MINIMAX_BASE_URL, then LiteLLM\'s MINIMAX_API_BASE (also in its …/anthropic/v1/messages form)', () => {
    vi.stubEnv('MINIMAX_API_BASE', 'https://api.minimax.io/anthropic/v1/messages');
    expect(resolveMiniMaxBaseURLs({})).toEqual({ baseURL: 'https://api.minimax.io/v1', anthropicBaseURL: 'https://api.minimax.io/anthropic/v1' });
    vi.stubEnv('MINIMAX_BASE_URL', 'http://127.0.0.1:4010/v1');
    expect(resolveMiniMaxBaseURLs({}).baseURL).toBe('http://127.0.0.1:4010/v1');
    expect(resolveMiniMaxBaseURLs({ baseURL: 'http://explicit/v1' }).baseURL).toBe('http://explicit/v1');
  });

  it('derives both bases from either endpoint URL', () => {
    expect(deriveMiniMaxBaseURLs('https://api.minimaxi.com/anthropic')).toEqual({
      baseURL: 'https://api.minimaxi.com/v1',
      anthropicBaseURL: 'https://api.minimaxi.com/anthropic/v1',
    });
  });

  it('reads the API key from MINIMAX_API_KEY when none is given', async () => {
    vi.stubEnv('MINIMAX_API_KEY', 'env-key');
    const fetch = fakeFetch({ body: '{"choices":[]}' });
    const provider = createMiniMax({ baseURL: 'http://127.0.0.1:9/v1', fetch });
    await provider('MiniMax-M2.1').doGenerate({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] });
    expect(fetch.requests[0].headers.authorization).toBe('Bearer env-key');
  });
});
