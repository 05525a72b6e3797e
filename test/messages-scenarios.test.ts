/**
 * Scenarios for MiniMax's Anthropic-compatible messages API (`minimax.messages(id)`),
 * run through the real ai@4, ai@5, ai@6 and ai@7 against the emulator.
 */
import { APICallError } from '@ai-sdk/provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMiniMaxEmulator, type MiniMaxEmulator } from '../src/testing';
import { DRIVERS, weatherReport } from './support/ai-drivers';
import { fixtureChunks } from './support/fixtures';

const API_KEY = 'sk-test-messages-key-9876543210';
let emulator: MiniMaxEmulator;

beforeAll(async () => {
  emulator = await createMiniMaxEmulator({ apiKey: API_KEY });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const settings = () => ({ apiKey: API_KEY, baseURL: emulator.baseURL });
const messagesRequests = () => emulator.requests.filter((r) => r.path.endsWith('/anthropic/v1/messages'));

/** The fixture's events: thinking (signed), text, then a get_weather tool_use for Tokyo. */
const THINKING_TOOL_EVENTS = fixtureChunks('messages-thinking-tool.events.txt');
const SIGNATURE = 'cfa12f9d8e7b6a5c4d3e2f1a0b9c8d7e';
const THINKING = 'The user wants the weather in Tokyo. I will call get_weather.';

/** The same turn as one JSON message. */
const THINKING_TOOL_MESSAGE = {
  id: 'msg_json_1',
  type: 'message',
  role: 'assistant',
  model: 'MiniMax-M2.1',
  content: [
    { type: 'thinking', thinking: THINKING, signature: SIGNATURE },
    { type: 'text', text: 'Let me check.' },
    { type: 'tool_use', id: 'call_function_9x1_1', name: 'get_weather', input: { location: 'Tokyo' } },
  ],
  stop_reason: 'tool_use',
  usage: { input_tokens: 310, output_tokens: 87, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
};

describe.each(DRIVERS)('messages API on $name', (driver) => {
  it('generate: posts to /anthropic/v1/messages with x-api-key, anthropic-version, top-level system and max_tokens', async () => {
    emulator.enqueue({ type: 'reply', reasoning: 'Two plus two.', text: 'It is 4.', usage: { prompt_tokens: 1000, completion_tokens: 100 } });
    const result = await driver.generate(settings(), { endpoint: 'messages', system: 'Be brief.', prompt: 'Solve: 2+2=?' });

    expect(result.text).toBe('It is 4.');
    expect(result.reasoningText).toBe('Two plus two.');
    const [request] = messagesRequests();
    expect(request.headers['x-api-key']).toBe(API_KEY);
    expect(request.headers['anthropic-version']).toBe('2023-06-01');
    expect(request.headers.authorization).toBeUndefined();
    expect(request.body).toMatchObject({
      model: 'MiniMax-M2.1',
      max_tokens: 65536,
      system: [{ type: 'text', text: 'Be brief.' }],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Solve: 2+2=?' }] }],
    });
    expect(result.providerMetadata?.minimax?.cost).toMatchObject({ currency: 'USD' });
  });

  it('stream: thinking then text, usage and cost at the end', async () => {
    emulator.enqueue({ type: 'reply', reasoning: 'Streaming thoughts.', text: 'A streamed answer in several pieces.', chunkSize: 6 });
    const result = await driver.stream(settings(), { endpoint: 'messages' });
    expect(result.reasoningDeltas.join('')).toBe('Streaming thoughts.');
    expect(result.textDeltas.length).toBeGreaterThan(2);
    expect(result.text).toBe('A streamed answer in several pieces.');
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    expect(result.providerMetadata?.minimax?.cost).toMatchObject({ currency: 'USD' });
    expect(messagesRequests()[0].body.stream).toBe(true);
  });

  it('does not duplicate text that content_block_start repeats in the first text_delta', async () => {
    emulator.enqueue({ type: 'reply', text: 'No duplicated opening here.', chunkSize: 8, duplicateStartText: true } as never);
    const result = await driver.stream(settings(), { endpoint: 'messages' });
    expect(result.text).toBe('No duplicated opening here.');
  });

  it.each(['generate', 'stream'] as const)('%s tool loop: the thinking block and its signature travel back byte-for-byte', async (mode) => {
    emulator.enqueue(mode === 'generate' ? { type: 'json', body: THINKING_TOOL_MESSAGE } : { type: 'sse', chunks: THINKING_TOOL_EVENTS, done: false });
    emulator.enqueue({ type: 'reply', text: 'Tokyo is sunny.' });
    const run = mode === 'generate' ? driver.generate : driver.stream;
    const result = await run(settings(), { endpoint: 'messages', prompt: 'Weather in Tokyo?', withTools: true });

    // ai@4's streamed text joins every step's text; later majors report the last step's.
    expect(result.text).toMatch(/^(Let me check\.)?Tokyo is sunny\.$/);
    expect(result.toolResults).toEqual([weatherReport('Tokyo')]);
    const second = messagesRequests()[1].body;
    expect(second.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'Weather in Tokyo?' }] },
      {
        role: 'assistant',
        content: [
          { type: 'thinking', thinking: THINKING, signature: SIGNATURE },
          { type: 'text', text: 'Let me check.' },
          { type: 'tool_use', id: 'call_function_9x1_1', name: 'get_weather', input: { location: 'Tokyo' } },
        ],
      },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'call_function_9x1_1', content: JSON.stringify(weatherReport('Tokyo')) }] },
    ]);
    expect(second.tools).toEqual([
      { name: 'get_weather', description: 'Get the current weather for a city', input_schema: expect.objectContaining({ type: 'object' }) },
    ]);
  });

  it('prompt caching: the first call writes the cached system prompt, the second reads it, both priced', async () => {
    const system = `You are a meticulous assistant. ${'Reference material. '.repeat(400)}`;
    const first = await driver.generate(settings(), { endpoint: 'messages', cacheSystem: system, prompt: 'First question?' });
    const second = await driver.generate(settings(), { endpoint: 'messages', cacheSystem: system, prompt: 'Second question?' });

    expect(messagesRequests()[0].body.system).toEqual([{ type: 'text', text: system, cache_control: { type: 'ephemeral' } }]);
    const firstCost = first.providerMetadata!.minimax!.cost as Record<string, number>;
    const secondCost = second.providerMetadata!.minimax!.cost as Record<string, number>;
    expect(firstCost.cacheWrite).toBeGreaterThan(0);
    expect(firstCost.cacheRead).toBe(0);
    expect(secondCost.cacheRead).toBeGreaterThan(0);
    expect(secondCost.cacheWrite).toBe(0);
    // Reading is 0.1x input and writing 1.25x: the second call's prefix costs far less than the first's.
    expect(secondCost.cacheRead).toBeLessThan(firstCost.cacheWrite / 10);
    expect(first.usage.inputTokens).toBeGreaterThan(1000);
  });

  it('turns a mid-stream error event into an error after the text already delivered', async () => {
    emulator.enqueue({ type: 'reply', text: 'This will be interrupted soon enough.', chunkSize: 5, errorAfterChunks: { after: 5, code: 1013, message: 'Overloaded' } });
    const result = await driver.stream(settings(), { endpoint: 'messages' });
    expect(result.textDeltas.join('').length).toBeGreaterThan(0);
    expect(result.errors).toHaveLength(1);
    expect(APICallError.isInstance(result.errors[0])).toBe(true);
  });

  it('maps a base_resp error on the messages wire to a non-retryable APICallError', async () => {
    emulator.enqueue({ type: 'base-resp', code: 1008, message: 'insufficient balance' });
    const error = await driver.generate(settings(), { endpoint: 'messages', maxRetries: 2 }).catch((e) => e);
    expect(error.message).toContain('insufficient balance (1008)');
    expect(error.isRetryable).toBe(false);
    expect(messagesRequests()).toHaveLength(1);
  });
});

describe('messages API on ai@7: cache breakpoints on tools', () => {
  it('sends cache_control on a tool definition marked with providerOptions.minimax.cacheControl', async () => {
    const { generateText, jsonSchema, tool } = await import('ai');
    const { createMiniMax } = await import('../src/index');
    const minimax = createMiniMax(settings());
    await generateText({
      model: minimax.messages('MiniMax-M2.1'),
      prompt: 'Search the manual for "reset".',
      tools: {
        search: tool({
          description: 'Search the manual',
          inputSchema: jsonSchema<{ query: string }>({ type: 'object', properties: { query: { type: 'string' } }, required: ['query'] }),
          providerOptions: { minimax: { cacheControl: { type: 'ephemeral' } } },
          execute: async ({ query }) => `No results for ${query}.`,
        }),
      },
    });
    expect(messagesRequests()[0].body.tools).toEqual([
      expect.objectContaining({ name: 'search', cache_control: { type: 'ephemeral' } }),
    ]);
  });
});
