/**
 * Public types of the emulator's text-to-speech endpoint (`POST /v1/t2a_v2`).
 */
import type { ScriptedReply, ScriptedResponse } from '../shared/emulator-types.js';

/**
 * A scripted t2a_v2 answer built from real generated audio, sent as JSON or SSE as the request asked
 * (`stream`), in the request's format (`audio_setting`). Every field is optional: `{ type: 'speech' }` is what the
 * emulator answers by default.
 */
export interface ScriptedSpeech {
  type: 'speech';
  /** Generate the audio of this text instead of the request's. */
  text?: string;
  /** Send these bytes (hex-encoded) as the audio instead of generated audio. */
  audio?: Uint8Array;
  /** Send this exact text as the hex audio (e.g. an odd length or non-hex characters). Wins over `audio`. */
  hex?: string;
  /** Streams: audio bytes per slice. Default 4096. */
  sliceBytes?: number;
  /**
   * Streams: the final chunk repeats the whole audio even when the request set
   * `stream_options.exclude_aggregated_audio` (a server that ignores it). Without that flag it always does.
   */
  repeatAudioInFinal?: boolean;
  /** Streams: no slices, only the final chunk, carrying the whole audio once. */
  finalOnly?: boolean;
  /**
   * Streams: after `after` slices, a chunk with `base_resp: {status_code: code, status_msg: message}` ends the
   * stream. JSON requests: HTTP 200 with that `base_resp`.
   */
  errorAfterChunks?: { after: number; code: number; message: string };
  /** Streams: after this many slices nothing more is sent and the response never ends (a stalled server). */
  stallAfterChunks?: number;
  /** Streams: the stream ends after the slices, without its final chunk. */
  omitFinalChunk?: boolean;
  /** Fields of `extra_info` to override (e.g. `usage_characters`). */
  extraInfo?: Record<string, unknown>;
  /** Delay between SSE chunks, in milliseconds. Default: the emulator's `chunkDelayMs`. */
  chunkDelayMs?: number;
}

/**
 * One scripted answer of the t2a_v2 endpoint: a `speech` answer, or one of the generic responses (`json`, `sse`,
 * `raw`, `base-resp`, `hang`) as on the other endpoints.
 */
export type ScriptedSpeechResponse = ScriptedSpeech | Exclude<ScriptedResponse, ScriptedReply>;

/** The emulator's text-to-speech endpoint. */
export interface MiniMaxSpeechEmulator {
  /** Queue scripted answers (FIFO) for t2a_v2 requests that pass authentication and validation. */
  enqueue(...responses: ScriptedSpeechResponse[]): void;
  /** Scripted answers not used yet. */
  readonly pending: number;
}
