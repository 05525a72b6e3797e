/**
 * The spec-neutral form the MiniMax speech core speaks. Every speech adapter (SpeechModelV1..V4) maps its call
 * options to these and maps these results back to its own types. It owns no AI SDK type, so the core depends on no
 * particular `@ai-sdk/provider` major; its JSON values are the neutral `JsonObject`s (no `undefined` members), so
 * they fit every spec's JSON type, and its provider options are the neutral `ProviderOptions`.
 */
import type { JsonObject, ProviderOptions } from '../shared/minimax-neutral-types';

/** `providerMetadata` of a speech result or part: MiniMax's fields under `minimax`. */
export type MiniMaxSpeechProviderRecord = { minimax: JsonObject };

/** The AI SDK call settings a speech warning can name (every spec's `keyof CallOptions` has these). */
export type MiniMaxSpeechSetting = 'voice' | 'outputFormat' | 'instructions' | 'speed' | 'language' | 'providerOptions';

/** A warning in the V3/V4 shape (so those specs take it as it is); V1/V2 adapters map `feature` to `setting`. */
export type MiniMaxSpeechWarning =
  | { type: 'unsupported'; feature: MiniMaxSpeechSetting; details?: string }
  | { type: 'other'; message: string };

/** The settings a speech call has whatever it does (V1 calls have no `language`). */
export interface MiniMaxSpeechCommonOptions {
  voice?: string;
  instructions?: string;
  speed?: number;
  language?: string;
  providerOptions?: ProviderOptions;
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
}

/** What every speech spec passes to `doGenerate`. */
export interface MiniMaxSpeechCallOptions extends MiniMaxSpeechCommonOptions {
  text: string;
  /** A format name or media type, e.g. `mp3` or `audio/wav`. */
  outputFormat?: string;
}

export interface MiniMaxSpeechResult {
  /** The decoded audio bytes. */
  audio: Uint8Array;
  /** The IANA media type of `audio`, e.g. `audio/mpeg`. */
  mediaType: string;
  warnings: MiniMaxSpeechWarning[];
  /** MiniMax's billing count, in its own shape (`usage_characters`). */
  usage: JsonObject;
  request: { body: unknown };
  response: {
    timestamp: Date;
    modelId: string;
    headers: Record<string, string>;
    /** MiniMax's JSON answer with `data.audio` (the hex audio, already decoded into `audio`) replaced by a note of its length. */
    body: unknown;
  };
  providerMetadata: MiniMaxSpeechProviderRecord;
}

/** The audio format of a streamed chunk, e.g. `{ type: 'audio/pcm', rate: 32000 }`. */
export interface MiniMaxAudioFormat {
  type: string;
  rate?: number;
}

/** One piece of streamed input text; `voice` and `providerOptions` may change per piece. */
export interface MiniMaxSpeechTextPart {
  type: 'text';
  text: string;
  voice?: string;
  providerOptions?: ProviderOptions;
}

/** What `doStream` takes (ai@7): the text as a stream of parts, and the format of the audio chunks. */
export interface MiniMaxSpeechStreamOptions extends MiniMaxSpeechCommonOptions {
  text: ReadableStream<MiniMaxSpeechTextPart>;
  outputFormat?: MiniMaxAudioFormat;
  includeRawChunks?: boolean;
}

export type MiniMaxSpeechStreamPart =
  | { type: 'stream-start'; warnings: MiniMaxSpeechWarning[] }
  | { type: 'response-metadata'; timestamp: Date; modelId: string; headers: Record<string, string> }
  | {
      type: 'audio';
      /** `segment-<n>`: the text segment (one MiniMax request) this audio belongs to. */
      id: string;
      audio: Uint8Array;
      audioFormat: MiniMaxAudioFormat;
      providerMetadata?: MiniMaxSpeechProviderRecord;
    }
  | {
      type: 'finish';
      usage: { inputCharacters: number; raw: JsonObject };
      providerMetadata: MiniMaxSpeechProviderRecord;
    }
  | { type: 'raw'; rawValue: unknown }
  | { type: 'error'; error: unknown };

export interface MiniMaxSpeechStreamResult {
  stream: ReadableStream<MiniMaxSpeechStreamPart>;
  request: { body: unknown };
  response: { timestamp: Date; modelId: string };
}
