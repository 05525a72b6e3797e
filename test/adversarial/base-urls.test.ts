/**
 * Careless base URLs give the right request URL, for the chat, messages and media bases, through ai@4 and ai@7:
 * trailing slashes, surrounding whitespace and a query string (kept, after the endpoint's path). (A base URL that is
 * not http(s) was already an `InvalidArgumentError` before any request: `hostile-input.test.ts`; one with
 * credentials is refused in `key-stays-home.test.ts`.)
 */
import { describe, expect, it } from 'vitest';
import type { MiniMaxProviderSettings } from '../../src/core/shared/minimax-provider-settings';
import { fakeFetch, type FakeResponse } from '../support/fake-fetch';
import { IMAGE_MAJORS, MAJORS, SPEECH_MAJORS, WIRES, quietSdkWarnings } from './support/majors';
import { successBody } from './support/wire';

quietSdkWarnings();

/** Answers every request with a success of the kind asked for (chat, messages, speech, image). */
function succeeding() {
  return fakeFetch((request): FakeResponse => {
    if (request.url.includes('/t2a_v2')) return { body: JSON.stringify({ data: { audio: 'fffb9000', status: 2 }, extra_info: {}, base_resp: { status_code: 0 } }) };
    if (request.url.includes('/image_generation')) return { body: JSON.stringify({ id: 'i1', data: { image_base64: ['iVBORw0KGgo='] }, metadata: { success_count: 1, failed_count: 0 }, base_resp: { status_code: 0 } }) };
    const { body, contentType } = successBody(request.url.includes('/messages') ? 'messages' : 'chat', request.body?.stream === true);
    return { body, headers: { 'content-type': contentType } };
  });
}

const HOST = 'http://127.0.0.1:9';

/** Settings, and the URLs each endpoint must be called at. */
const CASES: Array<[string, MiniMaxProviderSettings, { chat: string; messages: string; media: string }]> = [
  ['a query string', { baseURL: `${HOST}/v1?tenant=acme` }, { chat: `${HOST}/v1/chat/completions?tenant=acme`, messages: `${HOST}/anthropic/v1/messages?tenant=acme`, media: `${HOST}/v1/PATH?tenant=acme` }],
  ['trailing slashes', { baseURL: `${HOST}/v1//` }, { chat: `${HOST}/v1/chat/completions`, messages: `${HOST}/anthropic/v1/messages`, media: `${HOST}/v1/PATH` }],
  ['whitespace around it', { baseURL: ` \t${HOST}/v1 \n` }, { chat: `${HOST}/v1/chat/completions`, messages: `${HOST}/anthropic/v1/messages`, media: `${HOST}/v1/PATH` }],
  [
    'explicit messages and media bases with slashes, spaces and a query',
    { baseURL: `${HOST}/v1/`, anthropicBaseURL: ` ${HOST}/anthropic/v1/?team=7 `, mediaBaseURL: `${HOST}//?region=eu ` },
    { chat: `${HOST}/v1/chat/completions`, messages: `${HOST}/anthropic/v1/messages?team=7`, media: `${HOST}/v1/PATH?region=eu` },
  ],
];

describe.each(CASES)('%s', (_label, urls, expected) => {
  it.each(MAJORS)('$name: generate and stream call the right URL on both wires', async (driver) => {
    for (const wire of WIRES) {
      const fetch = succeeding();
      const settings = { apiKey: 'sk-url-key', ...urls, fetch };
      await driver.generate(settings, { endpoint: wire });
      await driver.streamParts(settings, { endpoint: wire });
      expect(fetch.requests.map((r) => r.url), wire).toEqual([expected[wire], expected[wire]]);
    }
  });

  it.each([
    ...SPEECH_MAJORS.map((d) => [`${d.name} speech`, 't2a_v2', (s: MiniMaxProviderSettings) => d.generate(s, { text: 'Hi.' })] as const),
    ...IMAGE_MAJORS.map((d) => [`${d.name} image`, 'image_generation', (s: MiniMaxProviderSettings) => d.generate(s, {})] as const),
  ])('%s calls the right URL', async (_name, path, call) => {
    const fetch = succeeding();
    await call({ apiKey: 'sk-url-key', ...urls, fetch });
    expect(fetch.requests.map((r) => r.url)).toEqual([expected.media.replace('PATH', path)]);
  });
});
