/**
 * Builders of MiniMax's t2a_v2 wire bodies: the JSON answer, the SSE chunk list (hex slices, then a final chunk
 * with `extra_info` that repeats the whole audio unless excluded) and `base_resp` error bodies. Pure functions,
 * so tests can use them to craft fixtures.
 */
import { randomBytes } from 'node:crypto';

/** What an answer carries, whatever the wire. */
export interface SpeechAnswer {
  /** The whole audio, hex. */
  hex: string;
  extraInfo: Record<string, unknown>;
  traceId: string;
  subtitleFile?: string;
}

/** A random 32-hex-digit trace id shaped like MiniMax's. */
export function newTraceId(): string {
  return randomBytes(16).toString('hex');
}

/** The HTTP 200 body of a t2a_v2 failure. */
export function buildSpeechBaseRespBody(code: number, message: string, traceId = newTraceId()): Record<string, unknown> {
  return { data: null, trace_id: traceId, base_resp: { status_code: code, status_msg: message } };
}

/** The JSON answer of a non-stream request. */
export function buildSpeechResponse(answer: SpeechAnswer): Record<string, unknown> {
  return {
    data: { audio: answer.hex, status: 2, ...(answer.subtitleFile ? { subtitle_file: answer.subtitleFile } : {}) },
    extra_info: answer.extraInfo,
    trace_id: answer.traceId,
    base_resp: { status_code: 0, status_msg: 'success' },
  };
}

export interface SpeechChunkOptions {
  /** Hex characters per slice. */
  sliceChars: number;
  /** The request's `stream_options.exclude_aggregated_audio`. */
  excludeAggregatedAudio: boolean;
  /** The final chunk repeats the audio even when excluded. */
  repeatAudioInFinal?: boolean;
  /** Only the final chunk, carrying the audio once. */
  finalOnly?: boolean;
  /** After `after` slices, an error chunk ends the list. */
  errorAfterChunks?: { after: number; code: number; message: string };
  /** End after the slices, without the final chunk. */
  omitFinalChunk?: boolean;
}

/** The SSE chunks of a stream request, in order. */
export function buildSpeechStreamChunks(answer: SpeechAnswer, options: SpeechChunkOptions): Array<Record<string, unknown>> {
  const slices: Array<Record<string, unknown>> = [];
  if (!options.finalOnly) {
    const size = Math.max(2, options.sliceChars);
    for (let start = 0; start < answer.hex.length; start += size) {
      slices.push({
        data: { audio: answer.hex.slice(start, start + size), status: 1 },
        trace_id: answer.traceId,
        base_resp: { status_code: 0, status_msg: '' },
      });
    }
  }
  const failure = options.errorAfterChunks;
  if (failure) {
    return [...slices.slice(0, Math.max(0, failure.after)), buildSpeechBaseRespBody(failure.code, failure.message, answer.traceId)];
  }
  if (options.omitFinalChunk) return slices;
  const repeat = options.finalOnly || options.repeatAudioInFinal || !options.excludeAggregatedAudio;
  const final = buildSpeechResponse({ ...answer, hex: repeat ? answer.hex : '' });
  return [...slices, final];
}
