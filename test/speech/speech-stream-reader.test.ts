/**
 * The reader of one streamed t2a_v2 answer, fed bytes directly: slices, the final chunk that repeats the audio,
 * errors in chunks, cut-off streams, and any re-chunking of the bytes.
 */
import { APICallError, InvalidResponseDataError } from '@ai-sdk/provider';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MiniMaxSpeechStreamReader, type MiniMaxSpeechStreamEvent } from '../../src/core/speech/minimax-speech-stream-reader';
import { buildSpeechStreamChunks } from '../../src/testing';

const context = { url: 'http://127.0.0.1/v1/t2a_v2', requestBodyValues: {}, responseHeaders: {} };
const encoder = new TextEncoder();
const sse = (chunks: unknown[]) => encoder.encode(chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join(''));
const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

function read(bytes: Uint8Array | Uint8Array[], includeRaw = false) {
  const reader = new MiniMaxSpeechStreamReader(context, { includeRaw });
  const events: MiniMaxSpeechStreamEvent[] = [];
  for (const piece of Array.isArray(bytes) ? bytes : [bytes]) reader.push(piece, events);
  reader.end(events);
  const audio = Buffer.concat(events.flatMap((e) => (e.type === 'audio' ? [e.audio] : [])));
  return { events, audio: new Uint8Array(audio) };
}

function thrown(fn: () => unknown): any {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('did not throw');
}

const AUDIO = Uint8Array.from({ length: 3000 }, (_, i) => (i * 31) & 0xff);
const answer = { hex: toHex(AUDIO), extraInfo: { usage_characters: 12, audio_length: 1000 }, traceId: 'a'.repeat(32) };

describe('MiniMaxSpeechStreamReader', () => {
  it('decodes the slices, and ends with the final chunk’s metadata', () => {
    const { events, audio } = read(sse(buildSpeechStreamChunks(answer, { sliceChars: 1000, excludeAggregatedAudio: true })));
    expect(audio).toEqual(AUDIO);
    expect(events.filter((e) => e.type === 'audio')).toHaveLength(6);
    expect(events[events.length - 1]).toEqual({
      type: 'final',
      answer: { extraInfo: expect.objectContaining({ usage_characters: 12, audio_length: 1000 }), traceId: 'a'.repeat(32), subtitleFile: undefined },
    });
  });

  it('skips the final chunk’s audio when it repeats what the slices delivered', () => {
    const { audio } = read(sse(buildSpeechStreamChunks(answer, { sliceChars: 1000, excludeAggregatedAudio: false })));
    expect(audio).toEqual(AUDIO);
  });

  it('keeps the final chunk’s audio when no slice came before it', () => {
    const { audio } = read(sse(buildSpeechStreamChunks(answer, { sliceChars: 1000, excludeAggregatedAudio: true, finalOnly: true })));
    expect(audio).toEqual(AUDIO);
  });

  it('reassembles a byte split between slices; an odd total is an error', () => {
    const chunks = [
      { data: { audio: 'abc', status: 1 }, base_resp: { status_code: 0 } },
      { data: { audio: 'd', status: 1 }, base_resp: { status_code: 0 } },
      { data: { audio: '', status: 2 }, extra_info: {}, base_resp: { status_code: 0 } },
    ];
    expect([...read(sse(chunks)).audio]).toEqual([0xab, 0xcd]);
    const odd = [chunks[0], chunks[2]];
    expect(InvalidResponseDataError.isInstance(thrown(() => read(sse(odd))))).toBe(true);
  });

  it('gives raw chunks when asked, before the audio they carry', () => {
    const { events } = read(sse(buildSpeechStreamChunks(answer, { sliceChars: 3000, excludeAggregatedAudio: true })), true);
    expect(events.map((e) => e.type)).toEqual(['raw', 'audio', 'raw', 'audio', 'raw', 'final']);
  });

  it('turns a base_resp error chunk into an APICallError with MiniMax’s retryability', () => {
    const rate = thrown(() => read(sse([{ data: null, base_resp: { status_code: 1002, status_msg: 'rate limit' } }])));
    expect(APICallError.isInstance(rate)).toBe(true);
    expect(rate.isRetryable).toBe(true);
    const sensitive = thrown(() => read(sse([{ base_resp: { status_code: 1026, status_msg: 'input new_sensitive' } }])));
    expect(sensitive.isRetryable).toBe(false);
    expect(sensitive.message).toContain('(1026)');
  });

  it('refuses a chunk that is not JSON, one of the wrong shape, and a stream without its final chunk', () => {
    expect(thrown(() => read(encoder.encode('data: {oops\n\n'))).message).toContain('not JSON');
    expect(thrown(() => read(sse([{ data: { audio: 42 } }]))).message).toContain('unexpected shape');
    const cut = thrown(() => read(sse(buildSpeechStreamChunks(answer, { sliceChars: 1000, excludeAggregatedAudio: true, omitFinalChunk: true }))));
    expect(cut.message).toContain('ended before its final chunk');
    expect(cut.isRetryable).toBe(true);
    // An HTML page from a proxy holds no event at all.
    expect(thrown(() => read(encoder.encode('<html><body>502 Bad Gateway</body></html>'))).message).toContain('final chunk');
  });

  it('reads metadata fields leniently: a field of the wrong type is dropped, not fatal', () => {
    const { events, audio } = read(
      sse([{ data: { audio: 'ff', status: 2 }, extra_info: { usage_characters: 'many', audio_length: 10 }, trace_id: 7, base_resp: { status_code: 0 } }]),
    );
    expect([...audio]).toEqual([0xff]);
    const final = events.find((e) => e.type === 'final') as Extract<MiniMaxSpeechStreamEvent, { type: 'final' }>;
    expect(final.answer.extraInfo).toMatchObject({ audio_length: 10 });
    expect(final.answer.extraInfo?.usage_characters).toBeUndefined();
    expect(final.answer.traceId).toBeUndefined();
  });

  it('is a property: however the bytes are cut, the audio is the same and delivered once', () => {
    const bytes = sse(buildSpeechStreamChunks(answer, { sliceChars: 700, excludeAggregatedAudio: false }));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: 900 }), { minLength: 1, maxLength: 30 }), (sizes) => {
        const pieces: Uint8Array[] = [];
        for (let offset = 0, i = 0; offset < bytes.length; i++) {
          const size = sizes[i % sizes.length];
          pieces.push(bytes.subarray(offset, offset + size));
          offset += size;
        }
        expect(Buffer.compare(read(pieces).audio, AUDIO)).toBe(0);
      }),
      { numRuns: 200 },
    );
  });
});
