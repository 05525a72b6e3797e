/**
 * MiniMax's text-to-speech models (`POST /v1/t2a_v2`), their documented abilities and their prices. Speech is billed
 * per input character (MiniMax's `usage_characters`): every `*-hd` model at $100 and every `*-turbo` model at $60 per
 * million characters; speech-01 has no published price, so it reports no cost.
 */
import type { MiniMaxCost } from '../shared/minimax-pricing';

export type MiniMaxSpeechModelId =
  | 'speech-2.8-hd'
  | 'speech-2.8-turbo'
  | 'speech-2.6-hd'
  | 'speech-2.6-turbo'
  | 'speech-02-hd'
  | 'speech-02-turbo'
  | 'speech-01-hd'
  | 'speech-01-turbo'
  | (string & {});

/** MiniMax's `voice_setting.emotion` values. */
export const MINIMAX_SPEECH_EMOTIONS = [
  'happy',
  'sad',
  'angry',
  'fearful',
  'disgusted',
  'surprised',
  'calm',
  'fluent',
  'whisper',
  'neutral',
] as const;
export type MiniMaxSpeechEmotion = (typeof MINIMAX_SPEECH_EMOTIONS)[number];

export interface MiniMaxSpeechModelInfo {
  id: string;
  /** `hd`: highest quality; `turbo`: lower latency and price. */
  tier: 'hd' | 'turbo';
  /** USD per million billed characters; absent when MiniMax publishes no price. */
  pricePerMillionCharacters?: number;
  /** The emotions MiniMax documents for the model (others are sent with a warning). */
  emotions: readonly MiniMaxSpeechEmotion[];
  /** Interjection tags in the text, e.g. `(laughs)`, `(sighs)`, `(breath)`. */
  interjections: boolean;
}

/** Longest `text` MiniMax accepts in one t2a_v2 request (characters). */
export const MINIMAX_SPEECH_MAX_TEXT_LENGTH = 10_000;

const BASIC: readonly MiniMaxSpeechEmotion[] = ['happy', 'sad', 'angry', 'fearful', 'disgusted', 'surprised', 'calm'];
const HD_PRICE = 100;
const TURBO_PRICE = 60;

function family(version: string, emotions: readonly MiniMaxSpeechEmotion[], priced: boolean, interjections = false) {
  return (['hd', 'turbo'] as const).map(
    (tier): MiniMaxSpeechModelInfo => ({
      id: `speech-${version}-${tier}`,
      tier,
      ...(priced ? { pricePerMillionCharacters: tier === 'hd' ? HD_PRICE : TURBO_PRICE } : {}),
      emotions,
      interjections,
    }),
  );
}

/** Every speech model MiniMax documents, newest first. */
export const MINIMAX_SPEECH_MODELS: readonly MiniMaxSpeechModelInfo[] = [
  ...family('2.8', [...BASIC, 'fluent'], true, true),
  ...family('2.6', [...BASIC, 'fluent', 'whisper'], true),
  ...family('02', [...BASIC, 'neutral'], true),
  ...family('01', [...BASIC, 'neutral'], false),
];

const byLowerCaseId = new Map(MINIMAX_SPEECH_MODELS.map((m) => [m.id.toLowerCase(), m]));

/** The table entry of a speech model id (case-insensitive), or `undefined` for an id the table does not know. */
export function getMiniMaxSpeechModelInfo(modelId: string): MiniMaxSpeechModelInfo | undefined {
  return byLowerCaseId.get(modelId.toLowerCase());
}

/**
 * The cost of a speech call. Speech is billed per input character only, so the whole price is `input`
 * (`output` and the cache fields are 0): it has the language models' `MiniMaxCost` shape, and sums with it.
 */
export interface MiniMaxSpeechCost extends MiniMaxCost {
  /** Billed characters (MiniMax's `usage_characters`). */
  characters: number;
  pricePerMillionCharacters: number;
}

/**
 * Prices `characters` billed characters of a speech model in USD from the bundled table; `undefined` for a model
 * without a published price (speech-01, unknown ids): no cost is ever invented.
 */
export function calculateMiniMaxSpeechCost(modelId: string, characters: number): MiniMaxSpeechCost | undefined {
  const price = getMiniMaxSpeechModelInfo(modelId)?.pricePerMillionCharacters;
  if (price === undefined || !Number.isFinite(characters) || characters < 0) return undefined;
  // Rounded to 1e-10 USD so sums do not show binary floating-point noise.
  const total = Math.round(((characters * price) / 1_000_000) * 1e10) / 1e10;
  return {
    input: total,
    cacheRead: 0,
    cacheWrite: 0,
    output: 0,
    total,
    currency: 'USD',
    characters,
    pricePerMillionCharacters: price,
  };
}
