/**
 * `providerMetadata.minimax` of speech results: MiniMax's `extra_info` (audio length, size, sample rate, billed
 * characters…), the trace id, and the USD cost from the bundled price table.
 */
import type { JsonObject } from '../shared/minimax-neutral-types';
import { calculateMiniMaxSpeechCost, type MiniMaxSpeechCost } from './minimax-speech-models';
import type { MiniMaxSpeechExtraInfo } from './minimax-speech-response';

/** What `providerMetadata.minimax` holds on a speech result (`generateSpeech`) or a stream's finish. */
export interface MiniMaxSpeechProviderMetadata {
  /** USD, from the bundled table; absent when the model has no published price or MiniMax reported no count. */
  cost?: MiniMaxSpeechCost;
  /** Characters MiniMax billed (`usage_characters`). */
  usageCharacters?: number;
  /** Milliseconds of audio. */
  audioLength?: number;
  /** Bytes of audio. */
  audioSize?: number;
  audioSampleRate?: number;
  bitrate?: number;
  audioFormat?: string;
  audioChannel?: number;
  wordCount?: number;
  invisibleCharacterRatio?: number;
  /** The media type of the audio, e.g. `audio/mpeg` (also for formats `ai` cannot recognise from the bytes, like pcm). */
  mediaType?: string;
  /** MiniMax's trace id of the request (give it to MiniMax support). */
  traceId?: string;
  /** Streams: the trace id of every segment request, in order. */
  traceIds?: string[];
  /** Streams: how many segment requests were made. */
  segments?: number;
  /** URL of the subtitle file (`providerOptions.minimax.subtitles`); streams: `subtitleFiles`, one per segment. */
  subtitleFile?: string;
  subtitleFiles?: string[];
}

/** One request's answer, as far as the metadata needs it. */
export interface MiniMaxSpeechAnswerInfo {
  extraInfo?: MiniMaxSpeechExtraInfo | null;
  traceId?: string | null;
  subtitleFile?: string | null;
}

function defined(entries: Record<string, number | string | null | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [key, value] of Object.entries(entries)) if (value != null) out[key] = value;
  return out;
}

function withCost(modelId: string, metadata: JsonObject, characters: number | null | undefined): JsonObject {
  const cost = characters == null ? undefined : calculateMiniMaxSpeechCost(modelId, characters);
  return cost ? { ...metadata, cost: { ...cost } } : metadata;
}

/** The metadata of one whole (non-streamed) answer. */
export function buildMiniMaxSpeechMetadata(modelId: string, answer: MiniMaxSpeechAnswerInfo, mediaType: string): JsonObject {
  const info = answer.extraInfo ?? {};
  const metadata = defined({
    usageCharacters: info.usage_characters,
    audioLength: info.audio_length,
    audioSize: info.audio_size,
    audioSampleRate: info.audio_sample_rate,
    bitrate: info.bitrate ?? info.audio_bitrate,
    audioFormat: info.audio_format,
    audioChannel: info.audio_channel,
    wordCount: info.word_count,
    invisibleCharacterRatio: info.invisible_character_ratio,
    mediaType,
    traceId: answer.traceId,
    subtitleFile: answer.subtitleFile,
  });
  return withCost(modelId, metadata, info.usage_characters);
}

/** MiniMax's own usage shape for `usage` (V4): the billed character count. */
export function buildMiniMaxSpeechUsage(answer: MiniMaxSpeechAnswerInfo): JsonObject {
  const info = answer.extraInfo ?? {};
  return defined({ usage_characters: info.usage_characters, word_count: info.word_count });
}

/** Sums the answers of a stream's segment requests; the counts are summed, the audio settings are the last segment's. */
export class MiniMaxSpeechUsageTotals {
  private readonly answers: MiniMaxSpeechAnswerInfo[] = [];

  add(answer: MiniMaxSpeechAnswerInfo): void {
    this.answers.push(answer);
  }

  /** Billed characters over all segments, or `undefined` when a segment reported none. */
  get usageCharacters(): number | undefined {
    let total = 0;
    for (const answer of this.answers) {
      const characters = answer.extraInfo?.usage_characters;
      if (characters == null) return undefined;
      total += characters;
    }
    return total;
  }

  metadata(modelId: string, mediaType: string): JsonObject {
    const sum = (field: 'audio_length' | 'audio_size' | 'word_count') => {
      let total: number | undefined;
      for (const answer of this.answers) {
        const value = answer.extraInfo?.[field];
        if (value != null) total = (total ?? 0) + value;
      }
      return total;
    };
    const last = this.answers[this.answers.length - 1]?.extraInfo ?? {};
    const traceIds = this.answers.flatMap((a) => (a.traceId ? [a.traceId] : []));
    const subtitleFiles = this.answers.flatMap((a) => (a.subtitleFile ? [a.subtitleFile] : []));
    const characters = this.usageCharacters;
    const metadata: JsonObject = {
      ...defined({
        usageCharacters: characters,
        audioLength: sum('audio_length'),
        audioSize: sum('audio_size'),
        audioSampleRate: last.audio_sample_rate,
        bitrate: last.bitrate ?? last.audio_bitrate,
        audioFormat: last.audio_format,
        audioChannel: last.audio_channel,
        wordCount: sum('word_count'),
        mediaType,
      }),
      segments: this.answers.length,
      traceIds,
      ...(subtitleFiles.length > 0 ? { subtitleFiles } : {}),
    };
    return withCost(modelId, metadata, characters);
  }
}
