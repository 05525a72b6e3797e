/**
 * What a t2a_v2 answer (a JSON body, or one SSE chunk) looks like, as far as this provider reads it. `base_resp`
 * errors are found before validation (`extractMiniMaxError`). The metadata fields are read leniently: a field of an
 * unexpected type is dropped rather than failing a call whose audio arrived.
 */
import { z } from 'zod/v4';

const lenientNumber = z.number().nullish().catch(undefined);
const lenientString = z.string().nullish().catch(undefined);

/** `extra_info`: sent with the whole answer, or with a stream's final chunk. */
export const minimaxSpeechExtraInfoSchema = z.object({
  /** Milliseconds. */
  audio_length: lenientNumber,
  audio_sample_rate: lenientNumber,
  /** Bytes. */
  audio_size: lenientNumber,
  bitrate: lenientNumber,
  /** An older spelling of `bitrate`. */
  audio_bitrate: lenientNumber,
  word_count: lenientNumber,
  invisible_character_ratio: lenientNumber,
  /** Billed characters. */
  usage_characters: lenientNumber,
  audio_format: lenientString,
  audio_channel: lenientNumber,
});
export type MiniMaxSpeechExtraInfo = z.infer<typeof minimaxSpeechExtraInfoSchema>;

export const minimaxSpeechResponseSchema = z.object({
  data: z
    .object({
      /** Hex audio (a slice of it in a stream chunk); null or empty when there is none. */
      audio: z.string().nullish(),
      /** 1: a stream slice; 2: complete. */
      status: lenientNumber,
      /** URL of the subtitle file (`subtitle_enable`). */
      subtitle_file: lenientString,
    })
    .nullish(),
  extra_info: minimaxSpeechExtraInfoSchema.nullish().catch(undefined),
  trace_id: lenientString,
});
export type MiniMaxSpeechResponse = z.infer<typeof minimaxSpeechResponseSchema>;
