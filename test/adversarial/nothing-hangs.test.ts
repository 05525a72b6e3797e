/**
 * Nothing hangs or freezes, through ai@4 and ai@7 (streamed speech: ai@7, its only major):
 *
 * - a stream ends at its end marker (`data: [DONE]` on chat, `message_stop` on messages, the final chunk of streamed
 *   speech) although the server keeps the connection open, and the connection is released: the loopback server sees
 *   the socket that carried the answer close;
 * - an error body is read only up to a bound, the rest never pulled (an endless 503 body costs nothing), and a body of
 *   160 KB of `<` (which took 34 s to describe) is described from its bounded start.
 */
import { experimental_streamSpeech } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MiniMaxProviderSettings } from '../../src/core/shared/minimax-provider-settings';
import { createMiniMax } from '../../src/index';
import { fakeFetch } from '../support/fake-fetch';
import { waitFor } from '../speech/speech-test-support';
import { settleWithin, startLoopback, writeAndKeepOpen, type LoopbackServer } from './support/loopback';
import { attempt, describeError, IMAGE_MAJORS, MAJORS, SPEECH_MAJORS, WIRES, type Wire, quietSdkWarnings } from './support/majors';
import { chatChunks, chatSse, messagesEvents, messagesSse, TEXT } from './support/wire';

const API_KEY = 'sk-adversarial-hang-key';

quietSdkWarnings();

describe('a stream ends at its end marker although the connection stays open, and the socket is released', () => {
  let server: LoopbackServer;
  beforeAll(async () => {
    server = await startLoopback((request, res) => {
      if (request.path === '/v1/t2a_v2') {
        // Streamed speech: one slice of audio, then the final chunk (status 2, extra_info); then nothing, forever.
        const slice = { data: { audio: 'fffb9000', status: 1 }, base_resp: { status_code: 0, status_msg: 'success' } };
        const final = { data: { audio: '', status: 2 }, extra_info: { audio_length: 10, usage_characters: 12 }, trace_id: 't-1', base_resp: { status_code: 0, status_msg: 'success' } };
        writeAndKeepOpen(res, [`data: ${JSON.stringify(slice)}\n\n`, `data: ${JSON.stringify(final)}\n\n`]);
      } else if (request.path.includes('/messages')) writeAndKeepOpen(res, [messagesSse(messagesEvents())]);
      else writeAndKeepOpen(res, [chatSse(chatChunks())]);
    });
  });
  afterAll(async () => {
    await server.close();
  });
  beforeEach(() => {
    server.requests.length = 0;
  });

  describe.each(MAJORS)('$name', (driver) => {
    it.each(WIRES)('%s', async (wire: Wire) => {
      const closedBefore = server.closedRequests();
      const outcome = await settleWithin(driver.streamParts({ apiKey: API_KEY, baseURL: `${server.origin}/v1` }, { endpoint: wire }));
      expect(outcome.settled, 'the stream ended').toBe(true);
      if (!outcome.settled) return;
      expect(outcome.error).toBeUndefined();
      expect(outcome.value).toMatchObject({ text: TEXT, finishReason: 'stop', errors: [] });
      expect(server.requests).toHaveLength(1);
      // The connection that carried the answer was let go of by the client (the server never ends it).
      expect(await waitFor(() => server.closedRequests() === closedBefore + 1)).toBe(true);
    });
  });

  it('ai@7 streamed speech ends at its final chunk', async () => {
    const closedBefore = server.closedRequests();
    const result = experimental_streamSpeech({
      model: createMiniMax({ apiKey: API_KEY, baseURL: `${server.origin}/v1` }).speech('speech-2.8-turbo'),
      text: 'Hello there.',
      onError: () => {},
    });
    const read = async () => {
      const types: string[] = [];
      for await (const part of result.fullStream) types.push((part as { type: string }).type);
      return types;
    };
    const outcome = await settleWithin(read());
    expect(outcome.settled, 'the speech stream ended').toBe(true);
    if (!outcome.settled) return;
    // The slice's audio and the segment's end (an empty audio part with its metadata); no error.
    expect(outcome.value).toEqual(['audio', 'audio']);
    expect(server.requests).toHaveLength(1);
    expect(await waitFor(() => server.closedRequests() === closedBefore + 1)).toBe(true);
  });
});

/** A body of `total` bytes of `byte`, produced on demand in 16 KB pieces; counts what was pulled and whether it was cancelled. */
function countedBody(byte: string, total: number) {
  const piece = new TextEncoder().encode(byte.repeat(16 * 1024));
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= total) return controller.close();
      state.pulled += piece.length;
      controller.enqueue(piece);
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { body, state };
}

/** The bound the README promises: at most the first 64 KB of an error body are read and kept. */
const MAX_ERROR_BODY_BYTES = 64 * 1024;
/** At most the bound and the piece that crossed it (and what the stream queued ahead) is read of an error body. */
const READ_AT_MOST = MAX_ERROR_BODY_BYTES + 3 * 16 * 1024;

describe('an error body is read only up to a bound, before anything examines it', () => {
  const bodies = [
    ['an endless-looking 8 MB 503 body', 'x', 8 * 1024 * 1024],
    ['160 KB of "<" (34 s to describe before)', '<', 160 * 1024],
  ] as const;

  describe.each(MAJORS)('$name', (driver) => {
    it.each(bodies.flatMap(([label, byte, total]) => WIRES.map((wire) => [label, wire, byte, total] as const)))('%s (%s)', async (_label, wire, byte, total) => {
      for (const mode of ['generate', 'stream'] as const) {
        const { body, state } = countedBody(byte, total);
        const fetch = fakeFetch({ status: 503, headers: { 'content-type': 'text/html' }, body });
        const settings = { apiKey: API_KEY, baseURL: 'http://127.0.0.1:9/v1', fetch };
        const error =
          mode === 'generate'
            ? (await attempt(() => driver.generate(settings, { endpoint: wire }))).error
            : (await driver.streamParts(settings, { endpoint: wire })).errors[0];
        expect(describeError(error)).toMatchObject({ name: 'AI_APICallError', statusCode: 503, isRetryable: true });
        expect(describeError(error).message).toContain('HTTP 503');
        expect((error as { responseBody: string }).responseBody.length).toBeLessThanOrEqual(MAX_ERROR_BODY_BYTES);
        expect(state.pulled, `${mode}: bytes read of the body`).toBeLessThanOrEqual(READ_AT_MOST);
        expect(state.cancelled, `${mode}: the rest of the body was cancelled`).toBe(true);
      }
    });
  });

  const mediaCalls: Array<[string, (settings: MiniMaxProviderSettings) => Promise<unknown>]> = [
    ...SPEECH_MAJORS.map((d): [string, (s: MiniMaxProviderSettings) => Promise<unknown>] => [`${d.name} speech`, (s) => d.generate(s, { text: 'Hi.' })]),
    ...IMAGE_MAJORS.map((d): [string, (s: MiniMaxProviderSettings) => Promise<unknown>] => [`${d.name} image`, (s) => d.generate(s, {})]),
  ];
  it.each(mediaCalls)('%s', async (_label, call) => {
    for (const [, byte, total] of bodies) {
      const { body, state } = countedBody(byte, total);
      const fetch = fakeFetch({ status: 503, headers: { 'content-type': 'text/html' }, body });
      const { error } = await attempt(() => call({ apiKey: API_KEY, baseURL: 'http://127.0.0.1:9/v1', fetch }));
      expect(describeError(error)).toMatchObject({ name: 'AI_APICallError', statusCode: 503 });
      expect(state.pulled).toBeLessThanOrEqual(READ_AT_MOST);
      expect(state.cancelled).toBe(true);
    }
  });
});
