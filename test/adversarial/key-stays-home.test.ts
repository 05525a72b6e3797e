/**
 * The API key stays with the host it was configured for, through ai@4 and ai@7 (video: ai@6 and ai@7; streamed
 * speech: ai@7), on both language-model wires and the speech, image and video requests:
 *
 * - redirects: a same-origin hop is followed with the key; a hop to another origin (a second loopback server on
 *   another port) is refused with a clear error, and that server receives nothing (neither the key nor the prompt);
 * - whatever a server echoes (a 401 body, a `base_resp` message, an HTML page, a stream error, a response header),
 *   the key is cut out of every error the caller sees;
 * - a key or header value that cannot be sent (line break, NUL), credentials in a base URL, an empty key: a clear
 *   error before any request, naming neither the key nor the password; a key with spaces around it is trimmed.
 */
import { experimental_streamSpeech } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MiniMaxProviderSettings } from '../../src/core/shared/minimax-provider-settings';
import { createMiniMax } from '../../src/index';
import { fakeFetch, type FakeRequest, type FakeResponse } from '../support/fake-fetch';
import { serialise } from '../support/serialise';
import { answer, startLoopback, type LoopbackServer } from './support/loopback';
import { attempt, describeError, IMAGE_MAJORS, MAJORS, SPEECH_MAJORS, VIDEO_MAJORS, WIRES, type Wire, quietSdkWarnings } from './support/majors';
import { successBody, TEXT } from './support/wire';

const API_KEY = 'sk-adversarial-KEY-7d1e9a3c5b20-canary';
/** The key, and distinctive pieces of it in case something cut or re-encoded it. */
const KEY_PIECES = [API_KEY, 'KEY-7d1e9a3c5b20', '7d1e9a3c5b20-canary'];

const expectNoKey = (label: string, value: unknown) => {
  const text = serialise(value);
  for (const piece of KEY_PIECES) expect(text.includes(piece), `${label}: the key (${piece}) leaked`).toBe(false);
};

quietSdkWarnings();

/** The error a language-model call ended with: a rejected generate, or a stream's first error part. */
async function lmError(driver: (typeof MAJORS)[number], mode: 'generate' | 'stream', settings: MiniMaxProviderSettings, wire: Wire) {
  if (mode === 'generate') return (await attempt(() => driver.generate(settings, { endpoint: wire }))).error;
  const outcome = await attempt(() => driver.streamParts(settings, { endpoint: wire }));
  return outcome.error ?? outcome.value?.errors[0];
}

/** The error a streamed speech call (ai@7) ended with. */
async function streamedSpeechError(settings: MiniMaxProviderSettings): Promise<unknown> {
  const errors: unknown[] = [];
  const result = experimental_streamSpeech({
    model: createMiniMax(settings).speech('speech-2.8-turbo'),
    text: 'Hello there. How are you?',
    onError: ({ error }) => void errors.push(error),
  });
  try {
    for await (const part of result.fullStream) if ((part as { type: string }).type === 'error') errors.push((part as { error: unknown }).error);
  } catch (error) {
    errors.push(error);
  }
  return errors[0];
}

/** Every media call of a major that takes the key: speech and images on ai@4 and ai@7, video on ai@6 and ai@7, streamed speech on ai@7. */
function mediaCalls(): Array<[string, (settings: MiniMaxProviderSettings) => Promise<unknown>]> {
  return [
    ...SPEECH_MAJORS.map((d): [string, (s: MiniMaxProviderSettings) => Promise<unknown>] => [
      `${d.name} speech`,
      async (s) => (await attempt(() => d.generate(s, { text: 'Hello there.' }))).error,
    ]),
    ...IMAGE_MAJORS.map((d): [string, (s: MiniMaxProviderSettings) => Promise<unknown>] => [
      `${d.name} image`,
      async (s) => (await attempt(() => d.generate(s, {}))).error,
    ]),
    ...VIDEO_MAJORS.map((d): [string, (s: MiniMaxProviderSettings) => Promise<unknown>] => [
      `${d.name} video`,
      async (s) =>
        (await attempt(() => d.generateVideo({ model: d.video(s, 'MiniMax-Hailuo-2.3'), prompt: 'Waves at night', maxRetries: 0 }))).error,
    ]),
    ['ai@7 streamed speech', streamedSpeechError],
  ];
}

describe('redirects: a same-origin hop keeps the key, a hop to another origin is refused', () => {
  let home: LoopbackServer;
  let elsewhere: LoopbackServer;
  let crossOriginStatus = 307;
  beforeAll(async () => {
    // Another port is another origin. Whatever reaches it is answered as a success, so only the refusal fails the call.
    elsewhere = await startLoopback((request, res) => {
      const wire: Wire = request.path.includes('/messages') ? 'messages' : 'chat';
      const stream = request.body.includes('"stream":true');
      const { body, contentType } = successBody(wire, stream);
      answer(res, 200, { 'content-type': contentType }, body);
    });
    // The first hop stays on this origin (/hop/…); the second leaves for the other server.
    home = await startLoopback((request, res) => {
      if (request.path.startsWith('/hop/')) answer(res, crossOriginStatus, { location: `${elsewhere.origin}${request.path.slice(4)}` });
      else answer(res, 307, { location: `/hop${request.path}` });
    });
  });
  afterAll(async () => {
    await Promise.all([home.close(), elsewhere.close()]);
  });
  beforeEach(() => {
    home.requests.length = 0;
    elsewhere.requests.length = 0;
  });

  const settings = (): MiniMaxProviderSettings => ({ apiKey: API_KEY, baseURL: `${home.origin}/v1` });

  function expectRefused(error: unknown) {
    expect(describeError(error)).toMatchObject({ name: 'AI_APICallError', isRetryable: false });
    expect(describeError(error).message).toMatch(/redirect/i);
    expect(describeError(error).message).toContain(elsewhere.origin);
    expectNoKey('refusal', error);
    // The other origin received nothing: neither the key nor the prompt.
    expect(elsewhere.requests).toEqual([]);
  }

  describe.each(MAJORS)('$name', (driver) => {
    it.each(WIRES.flatMap((wire) => (['generate', 'stream'] as const).flatMap((mode) => [301, 307].map((status) => [wire, mode, status] as const))))(
      '%s %s, then HTTP %i to another origin: refused, the other server gets nothing',
      async (wire, mode, status) => {
        crossOriginStatus = status;
        expectRefused(await lmError(driver, mode, settings(), wire));
        // The same-origin hop was followed, with the key.
        expect(home.requests.map((r) => r.path)).toEqual(
          wire === 'chat' ? ['/v1/chat/completions', '/hop/v1/chat/completions'] : ['/anthropic/v1/messages', '/hop/anthropic/v1/messages'],
        );
        for (const request of home.requests) {
          if (wire === 'chat') expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
          else expect(request.headers['x-api-key']).toBe(API_KEY);
        }
      },
    );
  });

  it.each(mediaCalls())('%s: a hop to another origin is refused, the other server gets nothing', async (_label, call) => {
    crossOriginStatus = 308;
    expectRefused(await call(settings()));
    expect(home.requests.length).toBeGreaterThanOrEqual(2);
    for (const request of home.requests) expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
  });
});

describe('whatever a server echoes, the key is cut out of every error', () => {
  /** The credential the request carried, as a careless server would echo it. */
  const credentialOf = (request: FakeRequest) => request.headers.authorization ?? request.headers['x-api-key'] ?? '';
  const echoes: Array<[string, (request: FakeRequest, stream: boolean, wire: Wire) => FakeResponse]> = [
    [
      '401 whose JSON body and header echo the credential',
      (request) => ({
        status: 401,
        headers: { 'www-authenticate': `Bearer realm="${credentialOf(request)}"` },
        body: JSON.stringify({ type: 'error', error: { type: `authentication_error for ${credentialOf(request)}`, message: `invalid credential: ${credentialOf(request)}` } }),
      }),
    ],
    [
      '200 whose base_resp message echoes the key',
      (request) => ({ body: JSON.stringify({ base_resp: { status_code: 1004, status_msg: `key ${credentialOf(request)} not authorized` } }) }),
    ],
    [
      '503 HTML page that prints the request headers',
      (request) => ({ status: 503, headers: { 'content-type': 'text/html' }, body: `<html><body><pre>Authorization: ${credentialOf(request)}</pre></body></html>` }),
    ],
    [
      'an error in the middle of a stream (a JSON body when not streamed)',
      (request, stream, wire) => {
        const message = `upstream rejected ${credentialOf(request)}`;
        if (!stream) return { status: 400, body: JSON.stringify({ error: { message, type: 'invalid_request_error' } }) };
        const chunk = wire === 'chat'
          ? `data: ${JSON.stringify({ choices: [{ index: 0, delta: { content: 'Hel' } }] })}\n\ndata: ${JSON.stringify({ base_resp: { status_code: 1000, status_msg: message } })}\n\n`
          : `event: error\ndata: ${JSON.stringify({ type: 'error', error: { type: 'api_error', message } })}\n\n`;
        return { chunks: [chunk] };
      },
    ],
  ];

  describe.each(MAJORS)('$name', (driver) => {
    it.each(echoes.flatMap(([label, respond]) => WIRES.map((wire) => [label, wire, respond] as const)))('%s (%s)', async (_label, wire, respond) => {
      const fetch = fakeFetch((request) => respond(request, request.body?.stream === true, wire));
      const settings = { apiKey: API_KEY, baseURL: 'http://127.0.0.1:9/v1', fetch };
      for (const mode of ['generate', 'stream'] as const) {
        const error = await lmError(driver, mode, settings, wire);
        expect(error, `${mode} failed`).toBeDefined();
        // The error still says what went wrong.
        expect(describeError(error).message).toMatch(/invalid credential|not authorized|Authorization|upstream rejected|HTTP 503/);
        expectNoKey(`${mode}`, error);
      }
      // The fake did echo the key: the search above is meaningful.
      expect(fetch.requests.length).toBe(2);
      expect(serialise(fetch.requests.map((r) => r.headers))).toContain(API_KEY);
    });
  });

  it.each(mediaCalls())('%s: a 401 and a base_resp that echo the key', async (_label, call) => {
    for (const respond of [echoes[0][1], echoes[1][1]]) {
      const fetch = fakeFetch((request) => {
        const echoed = respond(request, false, 'chat');
        // Streamed speech reads its answer as events: the same JSON as one event.
        return request.body?.stream === true && !echoed.status ? { chunks: [`data: ${echoed.body}\n\n`] } : echoed;
      });
      const error = await call({ apiKey: API_KEY, baseURL: 'http://127.0.0.1:9/v1', fetch });
      expect(error).toBeDefined();
      expect(describeError(error).message).toMatch(/invalid credential|not authorized/);
      expectNoKey('media', error);
      expect(serialise(fetch.requests.map((r) => r.headers))).toContain(API_KEY);
    }
  });
});

describe('settings that cannot be sent fail before any request, without printing the secret', () => {
  const lmCalls = MAJORS.flatMap((driver) =>
    WIRES.flatMap((wire) =>
      (['generate', 'stream'] as const).map((mode): [string, (s: MiniMaxProviderSettings) => Promise<unknown>] => [
        `${driver.name} ${wire} ${mode}`,
        (s) => lmError(driver, mode, s, wire),
      ]),
    ),
  );
  const everyCall = [...lmCalls, ...mediaCalls()];

  it.each(everyCall)('%s: a key with a line break or a NUL is an InvalidArgumentError that does not contain it', async (_label, call) => {
    for (const apiKey of [`sk-line\nbreak-${API_KEY}`, `sk-nul\u0000${API_KEY}`]) {
      const fetch = fakeFetch({ status: 500 });
      const error = await call({ apiKey, baseURL: 'http://127.0.0.1:9/v1', fetch });
      expect(describeError(error)).toMatchObject({ name: 'AI_InvalidArgumentError' });
      expect(describeError(error).message).toMatch(/apiKey|API key/);
      expectNoKey('invalid key', error);
      expect(fetch.requests).toEqual([]);
    }
  });

  it.each(everyCall)('%s: a custom header value with a line break is an InvalidArgumentError naming the header only', async (_label, call) => {
    const fetch = fakeFetch({ status: 500 });
    const error = await call({ apiKey: 'sk-valid-key', headers: { 'x-proxy-token': `tok\r\n${API_KEY}` }, baseURL: 'http://127.0.0.1:9/v1', fetch });
    expect(describeError(error)).toMatchObject({ name: 'AI_InvalidArgumentError' });
    expect(describeError(error).message).toContain('x-proxy-token');
    expectNoKey('invalid header', error);
    expect(fetch.requests).toEqual([]);
  });

  it.each(everyCall)('%s: credentials in a base URL are refused before any request, the password never printed', async (_label, call) => {
    const withPassword = 'http://proxy-user:hunter2-pass-0c9b@127.0.0.1:9';
    for (const urls of [
      { baseURL: `${withPassword}/v1` },
      { baseURL: 'http://127.0.0.1:9/v1', anthropicBaseURL: `${withPassword}/anthropic/v1`, mediaBaseURL: withPassword },
    ]) {
      const fetch = fakeFetch({ status: 500 });
      const error = await call({ apiKey: 'sk-valid-key', ...urls, fetch });
      if (_label.includes(' chat ') && !urls.baseURL.includes('@')) {
        // Only the messages and media URLs carry the password here: the chat call is not concerned.
        continue;
      }
      expect(describeError(error)).toMatchObject({ name: 'AI_InvalidArgumentError' });
      expect(describeError(error).message).toMatch(/credentials/i);
      expect(serialise(error)).not.toContain('hunter2-pass');
      expect(fetch.requests).toEqual([]);
    }
  });

  it.each(everyCall)('%s: an empty or blank key fails like a missing one (LoadAPIKeyError) before any request', async (_label, call) => {
    for (const apiKey of ['', '  \n\t ']) {
      const fetch = fakeFetch({ status: 500 });
      const error = await call({ apiKey, baseURL: 'http://127.0.0.1:9/v1', fetch });
      expect(describeError(error)).toMatchObject({ name: 'AI_LoadAPIKeyError' });
      expect(fetch.requests).toEqual([]);
    }
  });
});

describe('a key with spaces or a line break around it is sent trimmed', () => {
  it.each(MAJORS)('$name, both wires', async (driver) => {
    for (const wire of WIRES) {
      const fetch = fakeFetch((request) => {
        const { body, contentType } = successBody(wire, request.body?.stream === true);
        return { body, headers: { 'content-type': contentType } };
      });
      const settings = { apiKey: `  ${API_KEY} \n`, baseURL: 'http://127.0.0.1:9/v1', fetch };
      expect((await driver.generate(settings, { endpoint: wire })).text).toBe(TEXT);
      expect((await driver.streamParts(settings, { endpoint: wire })).text).toBe(TEXT);
      expect(fetch.requests).toHaveLength(2);
      for (const request of fetch.requests) {
        if (wire === 'chat') expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
        else expect(request.headers['x-api-key']).toBe(API_KEY);
      }
    }
  });

  it.each(SPEECH_MAJORS)('$name speech', async (driver) => {
    const fetch = fakeFetch({ body: JSON.stringify({ data: { audio: '00', status: 2 }, extra_info: {}, base_resp: { status_code: 0 } }) });
    await attempt(() => driver.generate({ apiKey: `\t${API_KEY}  `, baseURL: 'http://127.0.0.1:9/v1', fetch }, { text: 'Hi.' }));
    expect(fetch.requests.map((r) => r.headers.authorization)).toEqual([`Bearer ${API_KEY}`]);
  });
});
