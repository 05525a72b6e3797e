/**
 * The rules real MiniMax traffic needs, each through ai@4/5/6/7: where `<think>` is reasoning, streamed values as
 * increments, the errors users meet (2061, 2062, a key of the other region, an over-long context) and the prices
 * of the model table (issue #11, points 3, 4, 8 and 9; the recorded corpus itself is replayed in
 * recorded-replay.test.ts).
 */
import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { calculateMiniMaxCost } from '../src/core/shared/minimax-pricing';
import { getMiniMaxModelInfo } from '../src/core/shared/minimax-facts';
import { DRIVERS } from './support/ai-drivers';
import { useEmulator } from './support/emulator-lifecycle';
import { fakeFetch, type FakeResponse } from './support/fake-fetch';

const chunk = (delta: Record<string, unknown>, finish?: string, extra: Record<string, unknown> = {}) => ({
  id: 'rules',
  created: 1790000000,
  model: 'MiniMax-M2.7',
  object: 'chat.completion.chunk',
  choices: [{ index: 0, delta, ...(finish ? { finish_reason: finish } : {}) }],
  ...extra,
});
const usageChunk = { id: 'rules', choices: [], usage: { prompt_tokens: 10, completion_tokens: 20, total_tokens: 30 } };
const sse = (...events: unknown[]): FakeResponse => ({ chunks: events.map((e) => `data: ${JSON.stringify(e)}\n\n`) });
const json = (message: Record<string, unknown>, finish = 'stop'): FakeResponse => ({
  body: JSON.stringify({ id: 'rules', choices: [{ index: 0, finish_reason: finish, message }], usage: usageChunk.usage, base_resp: { status_code: 0, status_msg: '' } }),
});
const settingsFor = (response: FakeResponse, extra: Record<string, unknown> = {}) => ({
  apiKey: 'sk-rules',
  baseURL: 'https://api.minimax.io/v1',
  fetch: fakeFetch(response),
  ...extra,
});

describe.each(DRIVERS)('$name: <think> and truncation', (driver) => {
  it('a <think> that does not open the content is text, not reasoning', async () => {
    const text = 'Write <think>your plan</think> before the answer.';
    const generated = await driver.generate(settingsFor(json({ role: 'assistant', content: text })), {});
    expect(generated.text).toBe(text);
    expect(generated.reasoningText ?? '').toBe('');
    const streamed = await driver.stream(settingsFor(sse(chunk({ content: 'Write <thi' }), chunk({ content: 'nk>your plan</think> before the answer.' }, 'stop'))), {});
    expect(streamed.text).toBe(text);
    expect(streamed.reasoningText ?? '').toBe('');
  });

  it('a <think> block that opens the content (after whitespace, tags cut across chunks) is reasoning; a later <think> is text', async () => {
    const streamed = await driver.stream(
      settingsFor(sse(chunk({ content: '\n<thi' }), chunk({ content: 'nk>I plan.</th' }), chunk({ content: 'ink>\n\nUse <think> literally.' }, 'stop'), usageChunk)),
      {},
    );
    expect(streamed.reasoningText).toBe('I plan.');
    expect(streamed.text).toBe('Use <think> literally.');
  });

  it('reasoning sent both in reasoning_content and as <think> is reported once', async () => {
    const both = { role: 'assistant', reasoning_content: 'Plan it.', content: '<think>Plan it.</think>\n\nDone.' };
    const generated = await driver.generate(settingsFor(json(both)), {});
    expect(generated.reasoningText).toBe('Plan it.');
    expect(generated.text).toBe('Done.');
    const streamed = await driver.stream(
      settingsFor(sse(chunk({ reasoning_content: 'Plan', content: '<think>Plan' }), chunk({ reasoning_content: ' it.', content: ' it.</think>\n\nDone.' }, 'stop'))),
      {},
    );
    expect(streamed.reasoningText).toBe('Plan it.');
    expect(streamed.text).toBe('Done.');
  });

  it.each([
    ['closed', '<think>I should reply with the</think>\n'],
    ['left open', '<think>I should reply with the'],
  ])('a reply cut off while thinking (%s) has no text, its reasoning as reasoning, finish length', async (_name, content) => {
    for (const outcome of [
      await driver.generate(settingsFor(json({ role: 'assistant', content }, 'length')), {}),
      await driver.stream(settingsFor(sse(chunk({ content: content.slice(0, 9) }), chunk({ content: content.slice(9) }, 'length'), usageChunk)), {}),
    ]) {
      expect(outcome.text).toBe('');
      expect(outcome.reasoningText).toBe('I should reply with the');
      expect(outcome.finishReason).toBe('length');
    }
  });
});

describe.each(DRIVERS)('$name: streamed values are increments', (driver) => {
  it('"哈" then "哈哈" is "哈哈哈" (text and reasoning): a piece that extends the one before is not a snapshot', async () => {
    const detail = (text: string) => ({ reasoning_details: [{ type: 'reasoning.text', id: 'reasoning-text-1', format: 'MiniMax-response-v1', index: 0, text }] });
    const streamed = await driver.stream(
      settingsFor(sse(chunk(detail('想')), chunk(detail('想想')), chunk({ content: '哈' }), chunk({ content: '哈哈' }), chunk({ content: '哈哈哈哈' }, 'stop'), usageChunk)),
      {},
    );
    expect(streamed.reasoningText).toBe('想想想');
    expect(streamed.text).toBe('哈'.repeat(1 + 2 + 4));
    expect(streamed.textDeltas.join('')).toBe('哈'.repeat(7));
  });

  it('the same piece twice is kept twice, and an empty piece changes nothing', async () => {
    const streamed = await driver.stream(settingsFor(sse(chunk({ content: 'ab' }), chunk({ content: '' }), chunk({ content: 'ab' }, 'stop'))), {});
    expect(streamed.text).toBe('abab');
  });
});

describe.each(DRIVERS)('$name: errors users meet', (driver) => {
  const fail = async (response: FakeResponse, extra: Record<string, unknown> = {}, endpoint: 'chat' | 'messages' = 'chat') => {
    const error = await driver.generate(settingsFor(response, extra), { endpoint }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(APICallError.isInstance(error)).toBe(true);
    return error as APICallError;
  };
  const baseResp = (code: number, message: string): FakeResponse => ({
    body: JSON.stringify({ id: 'x', choices: null, base_resp: { status_code: code, status_msg: message } }),
  });

  it('2061 (the Token Plan does not include the model): not retryable, says so', async () => {
    const error = await fail(baseResp(2061, 'your current token plan not support model, MiniMax-M2.7'));
    expect(error).toMatchObject({ statusCode: 200, isRetryable: false, data: { code: 2061 } });
    expect(error.message).toBe('MiniMax API error: your current token plan not support model, MiniMax-M2.7 (2061) [model not included in your token plan]');
  });

  it('2062 (congestion): retryable', async () => {
    const error = await fail(baseResp(2062, 'server is busy, please try again later'));
    expect(error).toMatchObject({ isRetryable: true, data: { code: 2062 } });
    expect(error.message).toContain('(2062) [service congested]');
  });

  it.each([
    ['1004 in an HTTP 200 from the international host', baseResp(1004, 'login fail'), {}, /refused by MiniMax's international host \(api\.minimax\.io\).*use region: 'cn' \(api\.minimaxi\.com\)/],
    ['1004 in an HTTP 200 from the China host', baseResp(1004, 'login fail'), { baseURL: undefined, region: 'cn' }, /refused by MiniMax's China host \(api\.minimaxi\.com\).*use region: 'global' \(api\.minimax\.io\)/],
    ['2049 with HTTP 401', { status: 401, body: JSON.stringify({ type: 'error', error: { type: 'authorized_error', message: 'invalid api key (2049)', http_code: '401' } }) }, {}, /invalid api key \(2049\).*use region: 'cn'/],
    ['a plain 401 from another host', { status: 401, body: '' }, { baseURL: 'https://gateway.example/v1' }, /a MiniMax key works only on its own region's host/],
  ] as const)('%s: the message says the key may belong to the other region', async (_name, response, extra, hint) => {
    const error = await fail(response, extra);
    expect(error.isRetryable).toBe(false);
    expect(error.message).toMatch(hint);
  });

  it('the messages wire says the same for a 401 (Anthropic-shaped body, no code)', async () => {
    const body = JSON.stringify({ type: 'error', error: { type: 'authentication_error', message: 'invalid api key' } });
    const error = await fail({ status: 401, body }, {}, 'messages');
    expect(error.message).toMatch(/^MiniMax API error: invalid api key The key was refused by MiniMax's international host/);
  });

  it.each([
    ['invalid params, context window exceeds limit (2013)'],
    ['prompt is too long (2013)'],
  ])('a 2013 for an over-long context ("%s") says the prompt is longer than the context window', async (message) => {
    const body = JSON.stringify({ type: 'error', error: { type: 'bad_request_error', message, http_code: '400' } });
    const error = await fail({ status: 400, body });
    expect(error).toMatchObject({ statusCode: 400, isRetryable: false, data: { code: 2013 } });
    expect(error.message).toContain("The prompt is longer than the model's context window (MiniMax-M2.1: 204,800 tokens)");
  });

  it('another 2013 gets no context hint', async () => {
    const body = JSON.stringify({ type: 'error', error: { type: 'bad_request_error', message: 'invalid params, invalid tool type: (2013)', http_code: '400' } });
    const error = await fail({ status: 400, body });
    expect(error.message).toBe('MiniMax API error: invalid params, invalid tool type: (2013)');
  });
});

describe('prices of the model table', () => {
  const running = useEmulator({ apiKey: 'sk-prices' });

  it('has a source-dated price for every model, and the newer models', () => {
    for (const id of ['MiniMax-M3.1-Flash', 'MiniMax-M3.1-Flash-Preview', 'MiniMax-M3-highspeed']) expect(getMiniMaxModelInfo(id)).toBeDefined();
    expect(getMiniMaxModelInfo('MiniMax-M2.5-highspeed')!.pricing.input).toBe(0.6);
    expect(getMiniMaxModelInfo('minimax/minimax-m3.1-flash-preview')!.pricing).toEqual({ input: 0.15, output: 0.6, cacheRead: 0.015 });
  });

  it('prices cache writes of a model without a published cache-write price as input', () => {
    expect(calculateMiniMaxCost('MiniMax-M3.1-Flash', { inputTokens: 1_000_000, outputTokens: 0, cacheWriteTokens: 1_000_000 })).toMatchObject({
      input: 0,
      cacheWrite: 0.15,
      total: 0.15,
    });
  });

  describe.each(DRIVERS)('$name', (driver) => {
    it('MiniMax-M2.5-highspeed input is priced at 0.60 per million', async () => {
      const response = json({ role: 'assistant', content: 'ok' });
      const body = JSON.parse(response.body as string);
      body.usage = { prompt_tokens: 1_000_000, completion_tokens: 0, total_tokens: 1_000_000 };
      const outcome = await driver.generate(settingsFor({ body: JSON.stringify(body) }), { modelId: 'MiniMax-M2.5-highspeed' });
      expect(outcome.providerMetadata?.minimax?.cost).toMatchObject({ input: 0.6, total: 0.6 });
    });

    it('MiniMax-M3 on the messages wire reports no cache writes, and none are charged; reads are', async () => {
      const system = 'You are a careful assistant. '.repeat(40);
      const settings = { apiKey: 'sk-prices', baseURL: running().baseURL };
      const first = await driver.generate(settings, { modelId: 'MiniMax-M3', endpoint: 'messages', cacheSystem: system, prompt: 'One?' });
      const second = await driver.generate(settings, { modelId: 'MiniMax-M3', endpoint: 'messages', cacheSystem: system, prompt: 'Two?' });
      const firstCost = first.providerMetadata?.minimax?.cost as Record<string, number>;
      const secondCost = second.providerMetadata?.minimax?.cost as Record<string, number>;
      expect(firstCost.cacheWrite).toBe(0);
      expect(secondCost.cacheWrite).toBe(0);
      expect(secondCost.cacheRead).toBeGreaterThan(0);
    });
  });
});
