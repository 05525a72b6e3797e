/**
 * What arrives is read for what it is, through ai@4 and ai@7 on both wires (a custom fetch plays the server):
 *
 * - validate what is read, and nothing more: numbers sent as strings (usage, `created`, indexes), a numeric `id`,
 *   odd metadata (a numeric `model`, `created: "yesterday"`, `usage: "n/a"`) never cost the answer; malformed data
 *   the answer needs (`content: 123`) still fails with the same typed error;
 * - usage below zero or not finite is not reported as such and never priced;
 * - read what arrives, not the label: SSE under `application/json` streams; a JSON MiniMax error under
 *   `text/event-stream` is MiniMax's error with its own retryability (a rate limit is retried); an empty `"error"`
 *   decoration on a body that carries an answer does not fail it;
 * - non-finite `temperature` / `topP` are refused before any request.
 */
import { experimental_streamSpeech } from 'ai';
import { describe, expect, it } from 'vitest';
import { createMiniMax } from '../../src/index';
import { fakeFetch, type FakeResponse } from '../support/fake-fetch';
import { describeError, attempt, MAJORS, WIRES, type Wire, quietSdkWarnings } from './support/majors';
import { chatChunks, chatCompletion, chatSse, messagesBody, messagesEvents, messagesSse, TEXT, fakeSettings, isStreamRequest, sseResponse } from './support/wire';

const API_KEY = 'sk-adversarial-data-key';

quietSdkWarnings();

const settingsFor = (fetch: ReturnType<typeof fakeFetch>) => fakeSettings(fetch, API_KEY);

/** A fetch answering each wire's streamed and non-streamed requests with the bodies given. */
function answering(bodies: { chatJson: unknown; chatStream: string; messagesJson: unknown; messagesStream: string }) {
  return fakeFetch((request): FakeResponse => {
    const messages = request.url.includes('/messages');
    if (isStreamRequest(request)) return sseResponse(messages ? bodies.messagesStream : bodies.chatStream);
    return { body: JSON.stringify(messages ? bodies.messagesJson : bodies.chatJson) };
  });
}

/** The answer through generate and stream: text, finish reason and input tokens of each. */
async function bothWays(driver: (typeof MAJORS)[number], fetch: ReturnType<typeof fakeFetch>, wire: Wire) {
  const generated = await attempt(() => driver.generate(settingsFor(fetch), { endpoint: wire }));
  const streamed = await driver.streamParts(settingsFor(fetch), { endpoint: wire });
  return { generated, streamed };
}

describe('validate what is read, and nothing more', () => {
  const stringly = answering({
    chatJson: chatCompletion(undefined, {
      id: 4242,
      created: '1764000000',
      choices: [{ index: '0', message: { role: 'assistant', content: TEXT }, finish_reason: 'stop' }],
      usage: { prompt_tokens: '100', completion_tokens: '5', total_tokens: '105' },
    }),
    chatStream: chatSse(
      chatChunks().map((chunk, i) => ({
        ...chunk,
        id: 4242,
        created: '1764000000',
        choices: chunk.choices.map((choice) => ({ ...choice, index: '0' })),
        ...(i === 1 ? { usage: { prompt_tokens: '100', completion_tokens: '5', total_tokens: '105' } } : {}),
      })),
    ),
    messagesJson: messagesBody(undefined, { id: 4242, usage: { input_tokens: '100', output_tokens: '5' } }),
    messagesStream: messagesSse(
      messagesEvents().map((event) => ({
        ...event,
        ...('index' in event ? { index: String(event.index) } : {}),
        ...(event.type === 'message_start' ? { message: { id: 4242, model: 'MiniMax-M2.1', usage: { input_tokens: '100', output_tokens: '0' } } } : {}),
      })),
    ),
  });
  const odd = answering({
    chatJson: chatCompletion(undefined, { model: 42, created: 'yesterday', usage: 'n/a', system_fingerprint: { odd: true }, object: 7 }),
    chatStream: chatSse(chatChunks().map((chunk) => ({ ...chunk, model: 42, created: 'yesterday', usage: 'n/a', object: 7 }))),
    messagesJson: messagesBody(undefined, { id: { odd: true }, model: 42, usage: 'n/a', container: 7 }),
    messagesStream: messagesSse(
      messagesEvents().map((event) => (event.type === 'message_start' ? { ...event, message: { id: [1], model: 42, usage: 'n/a' } } : event)),
    ),
  });
  const needed = answering({
    chatJson: chatCompletion({ content: 123 }),
    chatStream: chatSse([{ choices: [{ index: 0, delta: { content: 123 } }] }]),
    messagesJson: messagesBody([{ type: 'text', text: 123 }]),
    messagesStream: messagesSse([messagesEvents()[0], { type: 'content_block_start', index: 0, content_block: { type: 'text', text: 123 } }]),
  });

  describe.each(MAJORS)('$name', (driver) => {
    it.each(WIRES)('%s: numbers as strings, a numeric id and odd metadata keep the answer; malformed text still fails', async (wire) => {
      for (const [label, fetch] of [['numbers as strings', stringly], ['odd metadata', odd]] as const) {
        const { generated, streamed } = await bothWays(driver, fetch, wire);
        expect(describeError(generated.error).message, `${label}: generate`).toBe('undefined');
        expect(generated.value).toMatchObject({ text: TEXT, finishReason: 'stop' });
        expect(streamed, `${label}: stream`).toMatchObject({ text: TEXT, finishReason: 'stop', errors: [] });
        if (label === 'numbers as strings') expect(generated.value?.usage.inputTokens).toBe(100);
      }
      // What the answer needs is still checked: the same typed error as before.
      const { generated, streamed } = await bothWays(driver, needed, wire);
      expect(describeError(generated.error)).toMatchObject({ name: 'AI_APICallError', isRetryable: false });
      expect(describeError(generated.error).message).toMatch(/unexpected (response )?shape/);
      expect(describeError(streamed.errors[0]).message).toMatch(/unexpected (response )?shape/);
    });

    it.each(WIRES)('%s: usage below zero or not finite is not reported as such, and not priced', async (wire) => {
      // JSON allows 1e999, which parses to Infinity.
      const chatUsage = '{"prompt_tokens":1e999,"completion_tokens":-5,"total_tokens":-1}';
      const messagesUsage = '{"input_tokens":1e999,"output_tokens":-5}';
      const fetch = fakeFetch((request): FakeResponse => {
        const messages = request.url.includes('/messages');
        if (isStreamRequest(request)) {
          const body = messages
            ? messagesSse(messagesEvents()).replace('{"output_tokens":5}', messagesUsage).replace('{"input_tokens":10,"output_tokens":0}', messagesUsage)
            : chatSse(chatChunks()).replace('{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}', chatUsage);
          return { body, headers: { 'content-type': 'text/event-stream' } };
        }
        const json = JSON.stringify(messages ? messagesBody() : chatCompletion());
        return { body: messages ? json.replace('{"input_tokens":10,"output_tokens":5}', messagesUsage) : json.replace('{"prompt_tokens":10,"completion_tokens":5,"total_tokens":15}', chatUsage) };
      });
      const generated = await driver.generate(settingsFor(fetch), { endpoint: wire });
      expect(generated.text).toBe(TEXT);
      for (const count of [generated.usage.inputTokens, generated.usage.outputTokens]) {
        expect(count === undefined || Number.isNaN(count), `reported ${count}`).toBe(true);
      }
      expect(generated.providerMetadata?.minimax?.cost).toBeUndefined();
      const streamed = await driver.stream(settingsFor(fetch), { endpoint: wire });
      expect(streamed.text).toBe(TEXT);
      for (const count of [streamed.usage.inputTokens, streamed.usage.outputTokens]) {
        expect(count === undefined || Number.isNaN(count), `reported ${count}`).toBe(true);
      }
      expect(streamed.providerMetadata?.minimax?.cost).toBeUndefined();
    });

    it.each(WIRES)('%s: non-finite temperature or topP is an InvalidArgumentError before any request', async (wire) => {
      const fetch = answering({ chatJson: chatCompletion(), chatStream: chatSse(chatChunks()), messagesJson: messagesBody(), messagesStream: messagesSse(messagesEvents()) });
      for (const setting of [{ temperature: Number.NaN }, { topP: Number.NaN }, { temperature: Number.POSITIVE_INFINITY }]) {
        const generated = await attempt(() => driver.generate(settingsFor(fetch), { endpoint: wire, ...setting }));
        expect(describeError(generated.error), JSON.stringify(Object.keys(setting))).toMatchObject({ name: 'AI_InvalidArgumentError' });
        const streamed = await driver.streamParts(settingsFor(fetch), { endpoint: wire, ...setting });
        expect(describeError(streamed.errors[0])).toMatchObject({ name: 'AI_InvalidArgumentError' });
      }
      expect(fetch.requests).toEqual([]);
    });
  });
});

describe('read what arrives, not the label', () => {
  describe.each(MAJORS)('$name', (driver) => {
    it.each(WIRES)('%s: server-sent events labelled application/json stream', async (wire) => {
      const fetch = fakeFetch({ body: wire === 'chat' ? chatSse(chatChunks()) : messagesSse(messagesEvents()), headers: { 'content-type': 'application/json' } });
      expect(await driver.streamParts(settingsFor(fetch), { endpoint: wire })).toMatchObject({ text: TEXT, finishReason: 'stop', errors: [] });
    });

    it.each(WIRES)('%s: a JSON rate-limit error labelled text/event-stream is MiniMax\'s retryable error, and is retried', async (wire) => {
      const limited = { body: JSON.stringify({ base_resp: { status_code: 1002, status_msg: 'rate limit exceeded' } }), headers: { 'content-type': 'text/event-stream' } };
      const fine = { body: wire === 'chat' ? chatSse(chatChunks()) : messagesSse(messagesEvents()), headers: { 'content-type': 'text/event-stream' } };
      // Alone: the error is MiniMax's, retryable.
      const alone = await driver.streamParts(settingsFor(fakeFetch(limited)), { endpoint: wire });
      expect(describeError(alone.errors[0])).toMatchObject({ name: 'AI_APICallError', isRetryable: true });
      expect(describeError(alone.errors[0]).message).toContain('rate limit exceeded');
      // With a retry allowed, the SDK retries and gets the answer.
      const fetch = fakeFetch((request) => (fetch.requests.length === 1 ? limited : fine));
      const retried = await driver.streamParts(settingsFor(fetch), { endpoint: wire, maxRetries: 1 });
      expect(retried).toMatchObject({ text: TEXT, errors: [] });
      expect(fetch.requests).toHaveLength(2);
    });

    it.each(WIRES)('%s: an empty "error" decoration on a body that carries an answer does not fail it', async (wire) => {
      for (const decoration of ['', {}, null]) {
        const fetch = answering({
          chatJson: chatCompletion(undefined, { error: decoration }),
          chatStream: chatSse(chatChunks().map((chunk) => ({ ...chunk, error: decoration }))),
          messagesJson: messagesBody(undefined, { error: decoration }),
          messagesStream: messagesSse(messagesEvents().map((event) => ({ ...event, error: decoration }))),
        });
        const { generated, streamed } = await bothWays(driver, fetch, wire);
        expect(generated.value?.text, `generate, error: ${JSON.stringify(decoration)}`).toBe(TEXT);
        expect(streamed, `stream, error: ${JSON.stringify(decoration)}`).toMatchObject({ text: TEXT, errors: [] });
      }
    });
  });
});

describe('streamed speech (ai@7, its only major) reads what arrives too', () => {
  const speechParts = async (response: FakeResponse) => {
    const fetch = fakeFetch(response);
    const parts: Array<{ type: string; error?: unknown; audio?: Uint8Array }> = [];
    const result = experimental_streamSpeech({ model: createMiniMax(settingsFor(fetch)).speech('speech-2.8-turbo'), text: 'Hello there.', onError: () => {} });
    try {
      for await (const part of result.fullStream) parts.push(part as (typeof parts)[number]);
    } catch (error) {
      parts.push({ type: 'error', error }); // the SDK rethrows an error that came before any audio
    }
    return parts;
  };
  const slice = { data: { audio: 'fffb9000', status: 1 }, base_resp: { status_code: 0 } };
  const final = { data: { audio: '', status: 2 }, extra_info: { usage_characters: 12 }, base_resp: { status_code: 0 } };

  it('events labelled application/json are read as events; a JSON error labelled text/event-stream is MiniMax\'s, with its retryability', async () => {
    const events = await speechParts({ body: `data: ${JSON.stringify(slice)}\n\ndata: ${JSON.stringify(final)}\n\n`, headers: { 'content-type': 'application/json' } });
    expect(events.filter((p) => p.type === 'error')).toEqual([]);
    expect(events.find((p) => p.type === 'audio')?.audio).toEqual(new Uint8Array([0xff, 0xfb, 0x90, 0x00]));
    const refused = await speechParts({
      body: JSON.stringify({ base_resp: { status_code: 1004, status_msg: 'login fail: invalid key' } }),
      headers: { 'content-type': 'text/event-stream' },
    });
    const error = refused.find((p) => p.type === 'error')?.error;
    expect(describeError(error)).toMatchObject({ name: 'AI_APICallError', isRetryable: false });
    expect(describeError(error).message).toContain('login fail: invalid key');
  });
});
