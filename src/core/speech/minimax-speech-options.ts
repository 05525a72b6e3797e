/**
 * `providerOptions.minimax` of a speech call: MiniMax's t2a_v2 settings the AI SDK has no name for, validated.
 */
import { InvalidArgumentError } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { MINIMAX_SPEECH_EMOTIONS, MINIMAX_SPEECH_MAX_TEXT_LENGTH } from './minimax-speech-models';

/** MiniMax's `language_boost` values. */
export const MINIMAX_SPEECH_LANGUAGES = [
  'Chinese',
  'Chinese,Yue',
  'English',
  'Arabic',
  'Russian',
  'Spanish',
  'French',
  'Portuguese',
  'German',
  'Turkish',
  'Dutch',
  'Ukrainian',
  'Vietnamese',
  'Indonesian',
  'Japanese',
  'Italian',
  'Korean',
  'Thai',
  'Polish',
  'Romanian',
  'Greek',
  'Czech',
  'Finnish',
  'Hindi',
  'Bulgarian',
  'Danish',
  'Hebrew',
  'Malay',
  'Persian',
  'Slovak',
  'Swedish',
  'Croatian',
  'Filipino',
  'Hungarian',
  'Norwegian',
  'Slovenian',
  'Catalan',
  'Nynorsk',
  'Tamil',
  'Afrikaans',
  'auto',
] as const;
export type MiniMaxSpeechLanguage = (typeof MINIMAX_SPEECH_LANGUAGES)[number];

/** MiniMax's `voice_modify.sound_effects` values. */
export const MINIMAX_SPEECH_SOUND_EFFECTS = ['spacious_echo', 'auditorium_echo', 'lofi_telephone', 'robotic'] as const;

const modifier = z.number().int().min(-100).max(100);

export const minimaxSpeechOptionsSchema = z
  .object({
    /** `voice_setting.emotion`; unset lets MiniMax choose. `fluent`/`whisper` are documented for speech-2.6 only. */
    emotion: z.enum(MINIMAX_SPEECH_EMOTIONS).optional(),
    /** `voice_setting.vol`: (0, 10], default 1. */
    volume: z.number().gt(0).max(10).optional(),
    /** `voice_setting.pitch`: semitones, −12…12, default 0. */
    pitch: z.number().int().min(-12).max(12).optional(),
    /** `audio_setting.sample_rate` in Hz. Default (MiniMax's): 32000. */
    sampleRate: z.union([z.literal(8000), z.literal(16000), z.literal(22050), z.literal(24000), z.literal(32000), z.literal(44100)]).optional(),
    /** `audio_setting.bitrate` in bit/s, mp3 only. Default (MiniMax's): 128000. */
    bitrate: z.union([z.literal(32000), z.literal(64000), z.literal(128000), z.literal(256000)]).optional(),
    /** `audio_setting.channel`: 1 (mono, the default) or 2. */
    channel: z.union([z.literal(1), z.literal(2)]).optional(),
    /** `audio_setting.force_cbr`: constant bitrate for streamed mp3. */
    forceCbr: z.boolean().optional(),
    /** `pronunciation_dict.tone`: rules `"text/replacement"`, e.g. `"Omg/Oh my god"` or `"处理/(chu3)(li3)"`. */
    pronunciationDictionary: z
      .object({
        tone: z.array(z.string().regex(/^[^/]+\/.+$/, 'a rule is "text/replacement"')).min(1),
      })
      .strict()
      .optional(),
    /** `voice_modify`: pitch, intensity and timbre (−100…100 each) and a sound effect. */
    voiceModify: z
      .object({
        pitch: modifier.optional(),
        intensity: modifier.optional(),
        timbre: modifier.optional(),
        soundEffects: z.enum(MINIMAX_SPEECH_SOUND_EFFECTS).optional(),
      })
      .strict()
      .optional(),
    /** `language_boost`; wins over the call's `language`. */
    languageBoost: z.enum(MINIMAX_SPEECH_LANGUAGES).optional(),
    /** `subtitle_enable`: MiniMax returns a subtitle file URL (`providerMetadata.minimax.subtitleFile`). */
    subtitles: z.boolean().optional(),
    /** `subtitle_type`: `sentence`, `word` or `word_streaming`. */
    subtitleType: z.enum(['sentence', 'word', 'word_streaming']).optional(),
    /** `voice_setting.text_normalization`: read numbers, dates and units the way they are spoken. */
    textNormalization: z.boolean().optional(),
    /** `voice_setting.latex_read`: read LaTeX formulas. */
    latexRead: z.boolean().optional(),
    /** `timbre_weights`: mix up to 4 voices (then no `voice` is needed). */
    timbreWeights: z
      .array(z.object({ voiceId: z.string().min(1), weight: z.number().int().min(1).max(100) }).strict())
      .min(1)
      .max(4)
      .optional(),
    /**
     * Streaming (`experimental_streamSpeech`) only: the longest text segment sent in one request (characters,
     * default 1000). Segments end at sentence ends whenever one is in reach.
     */
    maxSegmentCharacters: z.number().int().min(1).max(MINIMAX_SPEECH_MAX_TEXT_LENGTH).optional(),
    /**
     * Streaming only: how many segment requests may be open at once (default 2): the next segment is synthesised
     * while the previous one is still streaming; audio is always delivered in order.
     */
    maxConcurrentRequests: z.number().int().min(1).max(4).optional(),
  })
  .strict();

export type MiniMaxSpeechOptions = z.infer<typeof minimaxSpeechOptionsSchema>;

/**
 * Reads and validates `providerOptions.minimax` of a speech call. An invalid value throws `InvalidArgumentError`
 * whose `argument` is the first offending field (e.g. `providerOptions.minimax.voiceModify.pitch`) and whose message
 * lists every problem.
 */
export function parseMiniMaxSpeechOptions(providerOptions: Record<string, unknown> | undefined): MiniMaxSpeechOptions {
  const raw = providerOptions?.minimax;
  if (raw == null) return {};
  const result = minimaxSpeechOptionsSchema.safeParse(raw);
  if (result.success) return result.data;
  const fieldOf = (issue: z.core.$ZodIssue) => {
    // An unknown key is reported on its parent object: name the key itself.
    const keys = issue.code === 'unrecognized_keys' ? [issue.keys[0]] : [];
    return ['providerOptions', 'minimax', ...issue.path.map(String), ...keys].join('.');
  };
  const problems = result.error.issues.map((issue) => `${fieldOf(issue)}: ${issue.message}`);
  throw new InvalidArgumentError({
    argument: fieldOf(result.error.issues[0]),
    message: `Invalid MiniMax speech options: ${problems.join('; ')}`,
    cause: result.error,
  });
}
