/**
 * Streamed speech through ai@7's `experimental_streamSpeech` against the emulator: segments cut from a text stream
 * while it is still being written, audio in segment order, never twice, bounded concurrency, voices per part,
 * formats, and every terminal path (errors mid-stream, a stalled server, aborts, a consumer that stops reading)
 * closing its requests and cancelling the caller's text stream.
 */
import { APICallError, InvalidArgumentError, InvalidResponseDataError, LoadAPIKeyError } from '@ai-sdk/provider';
import { experimental_streamSpeech, NoSpeechGeneratedError } from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMiniMax, getMiniMaxCost } from '../../src/index';
import { createMiniMaxEmulator, generateSpeechAudio, type MiniMaxEmulator } from '../../src/testing';
import { concatBytes, controlledText, countingFetch, waitFor } from './speech-test-support';

const API_KEY = 'sk-stream-speech-key';
const MS_PER_CHARACTER = 20;
let emulator: MiniMaxEmulator;

const globals = globalThis as { AI_SDK_LOG_WARNINGS?: unknown };
beforeAll(async () => {
  emulator = await createMiniMaxEmulator({ apiKey: API_KEY, speechMsPerCharacter: MS_PER_CHARACTER });
  globals.AI_SDK_LOG_WARNINGS = false;
});
afterAll(async () => {
  delete globals.AI_SDK_LOG_WARNINGS;
  await emulator.close();
});
beforeEach(() => emulator.reset());

const speechRequests = () => emulator.requests.filter((r) => r.path === '/v1/t2a_v2');
const model = (extra: Parameters<typeof createMiniMax>[0] = {}) =>
  createMiniMax({ apiKey: API_KEY, baseURL: emulator.baseURL, ...extra }).speech('speech-2.8-turbo');

function expected(text: string, format: 'mp3' | 'pcm' = 'mp3', sampleRate = 32000): Uint8Array {
  return generateSpeechAudio(text, { format, sampleRate, channels: 1, bitrate: 128000, msPerCharacter: MS_PER_CHARACTER }).bytes;
}

/** `experimental_streamSpeech` without its default `console.error` of error parts (they are asserted instead). */
const streamSpeech: typeof experimental_streamSpeech = (options) => experimental_streamSpeech({ onError: () => {}, ...options });

type Part = { type: string; id?: string; audio?: Uint8Array; audioFormat?: unknown; providerMetadata?: any; error?: unknown; rawValue?: unknown };

/** Reads a whole `fullStream`; a rejected read is returned as `thrown`. */
async function drain(result: { fullStream: AsyncIterable<unknown> }) {
  const parts: Part[] = [];
  let thrown: unknown;
  try {
    for await (const part of result.fullStream) parts.push(part as Part);
  } catch (error) {
    thrown = error;
  }
  const audio = concatBytes(parts.filter((p) => p.type === 'audio').map((p) => p.audio!));
  return { parts, audio, thrown };
}

describe('experimental_streamSpeech (ai@7)', () => {
  it('starts speaking the first sentence while the rest of the text is still being written', async () => {
    const text = controlledText();
    const result = streamSpeech({ model: model(), text: text.stream, voice: 'English_Graceful_Lady' });
    const reader = result.fullStream[Symbol.asyncIterator]();
    text.push('Hello there. This is');

    // The first audio arrives although the text stream is still open and its second sentence incomplete.
    let first: Part | undefined;
    while (!first) {
      const { value } = await reader.next();
      if ((value as Part).type === 'audio' && (value as Part).audio!.length > 0) first = value as Part;
    }
    expect(speechRequests().map((r) => r.body.text)).toEqual(['Hello there.']);
    expect(text.state.cancelled).toBe(false);

    text.push(' the rest of it. ');
    text.close();
    const rest: Part[] = [first];
    for (let next = await reader.next(); !next.done; next = await reader.next()) rest.push(next.value as Part);

    expect(speechRequests().map((r) => r.body.text)).toEqual(['Hello there.', 'This is the rest of it.']);
    const audio = concatBytes(rest.filter((p) => p.type === 'audio').map((p) => p.audio!));
    expect(audio).toEqual(concatBytes([expected('Hello there.'), expected('This is the rest of it.')]));
    for (const request of speechRequests()) {
      expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
      expect(request.body).toMatchObject({
        model: 'speech-2.8-turbo',
        stream: true,
        stream_options: { exclude_aggregated_audio: true },
        voice_setting: { voice_id: 'English_Graceful_Lady' },
        audio_setting: { format: 'mp3', sample_rate: 32000 },
      });
      expect(request.body.output_format).toBeUndefined();
    }
  });

  it('reports usage, metadata and cost at the finish, and each segment’s metadata at its end', async () => {
    const result = streamSpeech({ model: model(), text: 'First sentence here. Second one follows.', providerOptions: { minimax: { maxSegmentCharacters: 25 } } });
    const { parts } = await drain(result);
    const ends = parts.filter((p) => p.type === 'audio' && p.audio!.length === 0);
    expect(ends.map((p) => p.providerMetadata.minimax.text)).toEqual(['First sentence here.', 'Second one follows.']);
    expect(ends.map((p) => p.id)).toEqual(['segment-0', 'segment-1']);
    expect(ends[0].providerMetadata.minimax).toMatchObject({ segment: 0, usageCharacters: 20, traceId: expect.stringMatching(/^[0-9a-f]{32}$/) });

    expect(await result.usage).toEqual({ inputCharacters: 39, raw: { usage_characters: 39, segments: 2 } });
    const metadata = await result.providerMetadata;
    expect(metadata.minimax).toMatchObject({ usageCharacters: 39, segments: 2, mediaType: 'audio/mpeg', audioFormat: 'mp3' });
    expect((metadata.minimax as { traceIds: string[] }).traceIds).toHaveLength(2);
    // 39 characters of a turbo model at $60 per million.
    expect(getMiniMaxCost(metadata)).toMatchObject({ total: 0.00234, characters: 39, currency: 'USD' });
    expect(await result.warnings).toEqual([]);
  });

  it('never delivers audio twice: a final chunk that repeats the audio is skipped, one that is the only audio is kept', async () => {
    emulator.speech.enqueue({ type: 'speech', repeatAudioInFinal: true, sliceBytes: 1000 });
    const repeated = await drain(streamSpeech({ model: model(), text: 'Say it once.' }));
    expect(repeated.audio).toEqual(expected('Say it once.'));

    emulator.speech.enqueue({ type: 'speech', finalOnly: true });
    const finalOnly = await drain(streamSpeech({ model: model(), text: 'Say it once.' }));
    expect(finalOnly.audio).toEqual(expected('Say it once.'));

    // The wire really did carry the audio twice in the first answer.
    emulator.speech.enqueue({ type: 'speech', repeatAudioInFinal: true });
    const raw = await drain(streamSpeech({ model: model(), text: 'Say it once.', includeRawChunks: true }));
    const chunks = raw.parts.filter((p) => p.type === 'raw').map((p) => p.rawValue as { data: { audio: string } });
    const sent = chunks.reduce((n, c) => n + c.data.audio.length / 2, 0);
    expect(sent).toBe(2 * expected('Say it once.').length);
    expect(raw.audio).toEqual(expected('Say it once.'));
  });

  it('delivers segments strictly in order even when a later one is synthesised first', async () => {
    emulator.speech.enqueue(
      { type: 'speech', sliceBytes: 256, chunkDelayMs: 15 }, // segment 0: slow
      { type: 'speech', sliceBytes: 256, chunkDelayMs: 0 }, // segment 1: fast
    );
    const counting = countingFetch();
    const text = 'The slow first sentence. A quick second.';
    const { parts, audio } = await drain(
      streamSpeech({ model: model({ fetch: counting.fetch }), text, providerOptions: { minimax: { maxSegmentCharacters: 25 } } }),
    );
    const ids = parts.filter((p) => p.type === 'audio').map((p) => p.id);
    expect(ids.indexOf('segment-1')).toBeGreaterThan(ids.lastIndexOf('segment-0'));
    expect(audio).toEqual(concatBytes([expected('The slow first sentence.'), expected('A quick second.')]));
    expect(counting.counts.max).toBe(2); // the second was synthesised while the first streamed
  });

  it('keeps at most maxConcurrentRequests segment requests open', async () => {
    const sentences = Array.from({ length: 6 }, (_, i) => `Sentence number ${i}.`);
    for (const limit of [1, 2, 3]) {
      emulator.reset();
      emulator.speech.enqueue(...sentences.map(() => ({ type: 'speech' as const, sliceBytes: 512, chunkDelayMs: 2 })));
      const counting = countingFetch();
      const { audio, thrown } = await drain(
        streamSpeech({
          model: model({ fetch: counting.fetch }),
          text: sentences.join(' '),
          providerOptions: { minimax: { maxSegmentCharacters: 20, maxConcurrentRequests: limit } },
        }),
      );
      expect(thrown).toBeUndefined();
      expect(counting.counts.started).toBe(6);
      expect(counting.counts.max).toBe(limit);
      expect(audio).toEqual(concatBytes(sentences.map((s) => expected(s))));
    }
  });

  it('switches voices (and per-part options) between text parts: each voice is its own request', async () => {
    const result = streamSpeech({
      model: model(),
      voice: 'English_Graceful_Lady',
      text: [
        { type: 'text', text: 'Good morning, ', voice: 'English_Persuasive_Man' },
        { type: 'text', text: 'sir.', voice: 'English_Persuasive_Man' },
        { type: 'text', text: 'Morning! How are you?' },
        { type: 'text', text: 'Never better.', voice: 'English_Persuasive_Man', providerOptions: { minimax: { emotion: 'happy' } } },
      ],
    });
    const { audio, thrown } = await drain(result);
    expect(thrown).toBeUndefined();
    // Consecutive requests of one voice and options (a voice's text may be cut at its sentence ends).
    const turns: Array<[string, string, string | undefined]> = [];
    for (const { body } of speechRequests()) {
      const turn = turns[turns.length - 1];
      const key: [string, string | undefined] = [body.voice_setting.voice_id, body.voice_setting.emotion];
      if (turn && turn[0] === key[0] && turn[2] === key[1]) turn[1] += ` ${body.text}`;
      else turns.push([key[0], body.text, key[1]]);
    }
    expect(turns).toEqual([
      ['English_Persuasive_Man', 'Good morning, sir.', undefined],
      ['English_Graceful_Lady', 'Morning! How are you?', undefined],
      ['English_Persuasive_Man', 'Never better.', 'happy'],
    ]);
    expect(audio).toEqual(concatBytes(speechRequests().map((r) => expected(r.body.text))));
  });

  it('streams PCM at the requested rate, with that rate on every audio part', async () => {
    const { parts, audio } = await drain(
      streamSpeech({ model: model(), text: 'Raw and fast.', outputFormat: { type: 'audio/pcm', rate: 24000 } }),
    );
    expect(speechRequests()[0].body.audio_setting).toEqual({ format: 'pcm', sample_rate: 24000 });
    expect(new Set(parts.filter((p) => p.type === 'audio').map((p) => JSON.stringify(p.audioFormat)))).toEqual(
      new Set([JSON.stringify({ type: 'audio/pcm', rate: 24000 })]),
    );
    expect(audio).toEqual(expected('Raw and fast.', 'pcm', 24000));
  });

  it('warns and streams mp3 for a format whose pieces cannot be joined (wav)', async () => {
    const result = streamSpeech({ model: model(), text: 'No wav here.', outputFormat: { type: 'audio/wav' } });
    const { audio } = await drain(result);
    expect(await result.warnings).toEqual([
      { type: 'unsupported', feature: 'outputFormat', details: 'wav cannot be streamed (streamed speech supports mp3, pcm and pcmu): mp3 is used.' },
    ]);
    expect(speechRequests()[0].body.audio_setting.format).toBe('mp3');
    expect(audio).toEqual(expected('No wav here.'));
  });

  it('splits text far over MiniMax’s per-request limit into segments under the cap', async () => {
    const sentence = 'This sentence is exactly fifty characters long ok. ';
    const text = sentence.repeat(240); // 12,240 characters
    const { audio, thrown } = await drain(streamSpeech({ model: model(), text }));
    expect(thrown).toBeUndefined();
    const texts = speechRequests().map((r) => r.body.text as string);
    expect(texts.length).toBe(13);
    expect(texts.every((t) => t.length <= 1000 && t.endsWith('ok.'))).toBe(true);
    expect(texts.join(' ')).toBe(text.trim());
    expect(audio.length).toBe(texts.reduce((n, t) => n + expected(t).length, 0));
  });

  it('ends with an error part and the stream’s error when MiniMax fails mid-stream, after the audio it sent, closing the other requests', async () => {
    emulator.speech.enqueue(
      { type: 'speech', sliceBytes: 256, chunkDelayMs: 5, errorAfterChunks: { after: 2, code: 1027, message: 'output new_sensitive' } },
      { type: 'speech', sliceBytes: 256, stallAfterChunks: 1 }, // the next segment, still open when the first fails
    );
    const counting = countingFetch();
    const text = controlledText();
    text.push('This will be flagged. The second one stalls. ');
    const errors: unknown[] = [];
    const { parts, thrown } = await drain(
      streamSpeech({
        model: model({ fetch: counting.fetch }),
        text: text.stream,
        providerOptions: { minimax: { maxSegmentCharacters: 25 } },
        onError: ({ error }) => void errors.push(error),
      }),
    );
    const audioParts = parts.filter((p) => p.type === 'audio');
    expect(audioParts.map((p) => p.id)).toEqual(['segment-0', 'segment-0']);
    expect(concatBytes(audioParts.map((p) => p.audio!))).toEqual(expected('This will be flagged.').subarray(0, 512));
    const errorPart = parts.find((p) => p.type === 'error');
    expect(APICallError.isInstance(errorPart?.error)).toBe(true);
    expect((errorPart!.error as APICallError).message).toBe('MiniMax API error: output new_sensitive (1027) [output sensitive]');
    expect((errorPart!.error as APICallError).isRetryable).toBe(false);
    expect(thrown).toBe(errorPart!.error);
    expect(errors).toEqual([errorPart!.error]);
    // Both segments were requested; the stalled one was closed, and the caller's (still open) text stream cancelled.
    expect(speechRequests()).toHaveLength(2);
    expect(await waitFor(() => emulator.closedRequests === 1)).toBe(true);
    expect(counting.counts.open).toBe(0);
    expect(text.state.cancelled).toBe(true);
  });

  it('closes a stalled request when aborted: the emulator sees the connection close, the text stream is cancelled', async () => {
    emulator.speech.enqueue({ type: 'speech', sliceBytes: 256, stallAfterChunks: 1 });
    const controller = new AbortController();
    const text = controlledText();
    text.push('The server will stall here. ');
    const result = streamSpeech({ model: model(), text: text.stream, abortSignal: controller.signal });
    const parts: Part[] = [];
    const done = (async () => {
      for await (const part of result.fullStream) {
        parts.push(part as Part);
        if ((part as Part).type === 'audio') controller.abort();
      }
    })().catch((e: unknown) => e);
    const error = await done;
    expect(parts.filter((p) => p.type === 'audio')).toHaveLength(1);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe('AbortError');
    expect(await waitFor(() => emulator.closedRequests === 1)).toBe(true);
    expect(text.state.cancelled).toBe(true);
  });

  it('closes the request and cancels the text when the consumer stops reading the audio', async () => {
    emulator.speech.enqueue({ type: 'speech', sliceBytes: 256, stallAfterChunks: 2 });
    const text = controlledText();
    text.push('A long answer that nobody listens to. ');
    const result = streamSpeech({ model: model(), text: text.stream });
    let chunks = 0;
    for await (const chunk of result.audioStream) {
      expect(chunk.length).toBe(256);
      if (++chunks === 1) break;
    }
    expect(await waitFor(() => emulator.closedRequests === 1)).toBe(true);
    expect(await waitFor(() => text.state.cancelled)).toBe(true);
  });

  it('fails a stream that MiniMax cuts short (no final chunk) with a retryable error', async () => {
    emulator.speech.enqueue({ type: 'speech', omitFinalChunk: true });
    const { parts, thrown } = await drain(streamSpeech({ model: model(), text: 'Cut short.' }));
    expect(parts.filter((p) => p.type === 'audio').length).toBeGreaterThan(0);
    expect(APICallError.isInstance(thrown)).toBe(true);
    expect((thrown as APICallError).message).toContain('ended before its final chunk');
    expect((thrown as APICallError).isRetryable).toBe(true);
  });

  it('fails on odd or non-hex audio in a stream (never garbage), even when slices split a byte', async () => {
    // A byte split across two slices is reassembled.
    emulator.speech.enqueue({ type: 'sse', chunks: [
      { data: { audio: 'fffb9', status: 1 }, base_resp: { status_code: 0 } },
      { data: { audio: '0c4', status: 1 }, base_resp: { status_code: 0 } },
      { data: { audio: '', status: 2 }, extra_info: { usage_characters: 5 }, base_resp: { status_code: 0, status_msg: 'success' } },
    ] });
    const split = await drain(streamSpeech({ model: model(), text: 'Split.' }));
    expect(split.thrown).toBeUndefined();
    expect([...split.audio]).toEqual([0xff, 0xfb, 0x90, 0xc4]);

    emulator.speech.enqueue({ type: 'speech', hex: 'fffb90c' });
    const odd = await drain(streamSpeech({ model: model(), text: 'Odd.' }));
    expect(InvalidResponseDataError.isInstance(odd.thrown)).toBe(true);

    emulator.speech.enqueue({ type: 'speech', hex: 'fffb90c4zz00', sliceBytes: 2 });
    const bad = await drain(streamSpeech({ model: model(), text: 'Bad.' }));
    expect([...bad.audio]).toEqual([0xff, 0xfb, 0x90, 0xc4]); // the slices before it, then the error
    expect(InvalidResponseDataError.isInstance(bad.thrown)).toBe(true);
    expect((bad.thrown as Error).message).toContain('character "z" at position 0 of 4');
  });

  it('reports a JSON base_resp answer to a stream request (rate limit) as a retryable APICallError', async () => {
    emulator.speech.enqueue({ type: 'base-resp', code: 1002, message: 'rate limit exceeded(RPM)' });
    const { parts, thrown } = await drain(streamSpeech({ model: model(), text: 'Too fast.' }));
    const error = parts.find((p) => p.type === 'error')?.error as APICallError;
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.isRetryable).toBe(true);
    // No audio at all: the SDK reports that no speech was generated, caused by MiniMax's error.
    expect(NoSpeechGeneratedError.isInstance(thrown)).toBe(true);
    expect((thrown as NoSpeechGeneratedError).cause).toBe(error);
  });

  it('rejects a per-part option that would change the audio format mid-stream', async () => {
    const { parts, thrown } = await drain(
      streamSpeech({ model: model(), text: [{ type: 'text', text: 'Hi.', providerOptions: { minimax: { sampleRate: 16000 } } }] }),
    );
    const error = parts.find((p) => p.type === 'error')?.error;
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as InvalidArgumentError).argument).toBe('text part providerOptions.minimax.sampleRate');
    expect(NoSpeechGeneratedError.isInstance(thrown)).toBe(true);
    expect(speechRequests()).toHaveLength(0);
  });

  it('fails before any request without an API key, and cancels the text stream', async () => {
    const saved = process.env.MINIMAX_API_KEY;
    delete process.env.MINIMAX_API_KEY;
    const text = controlledText();
    text.push('No key. ');
    try {
      const { thrown } = await drain(
        streamSpeech({ model: createMiniMax({ baseURL: emulator.baseURL }).speech('speech-2.8-hd'), text: text.stream }),
      );
      expect(LoadAPIKeyError.isInstance(thrown)).toBe(true);
    } finally {
      if (saved !== undefined) process.env.MINIMAX_API_KEY = saved;
    }
    expect(text.state.cancelled).toBe(true);
    expect(speechRequests()).toHaveLength(0);
  });

  it('makes no request for text that is only white space', async () => {
    const { thrown } = await drain(streamSpeech({ model: model(), text: ['  ', '\n'] }));
    expect(NoSpeechGeneratedError.isInstance(thrown)).toBe(true);
    expect(speechRequests()).toHaveLength(0);
  });
});

describe('the V4 model’s doStream, read directly', () => {
  it('emits stream-start, response-metadata, audio and one finish, in that order', async () => {
    const { stream, request } = await model().doStream({
      text: new ReadableStream({
        start(c) {
          c.enqueue({ type: 'text', text: 'One. ' });
          c.enqueue({ type: 'text', text: 'Two.' });
          c.close();
        },
      }),
      providerOptions: { minimax: { maxSegmentCharacters: 5 } },
    });
    expect(request?.body).toMatchObject({ model: 'speech-2.8-turbo', stream: true });
    const types: string[] = [];
    const reader = stream.getReader();
    for (let r = await reader.read(); !r.done; r = await reader.read()) types.push(r.value.type);
    const collapsed = types.filter((t, i) => t !== types[i - 1]);
    expect(collapsed).toEqual(['stream-start', 'response-metadata', 'audio', 'finish']);
  });
});
