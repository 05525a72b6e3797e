/** What every entry exports besides its provider: the model table, pricing, options and errors. */
export {
  MINIMAX_MODELS,
  getMiniMaxModelInfo,
  type MiniMaxChatModelId,
  type MiniMaxModelInfo,
  type MiniMaxPrices,
} from './core/shared/minimax-facts';
export { calculateMiniMaxCost, getMiniMaxPrices, type MiniMaxCost, type MiniMaxTokenCounts } from './core/shared/minimax-pricing';
export { minimaxProviderOptionsSchema, type MiniMaxProviderOptions } from './core/shared/minimax-provider-options';
export { MINIMAX_ERROR_CODES } from './core/shared/minimax-error';
export type { MiniMaxProviderSettings } from './core/shared/minimax-provider-settings';
export type { MiniMaxProviderBase } from './core/create-minimax-provider';
export {
  getMiniMaxCost,
  type MiniMaxProviderMetadata,
  type MiniMaxReasoningDetail,
} from './core/shared/minimax-provider-metadata';
// Speech (text-to-speech): model table, prices, options, metadata.
export {
  MINIMAX_SPEECH_MODELS,
  MINIMAX_SPEECH_EMOTIONS,
  MINIMAX_SPEECH_MAX_TEXT_LENGTH,
  calculateMiniMaxSpeechCost,
  getMiniMaxSpeechModelInfo,
  type MiniMaxSpeechCost,
  type MiniMaxSpeechEmotion,
  type MiniMaxSpeechModelId,
  type MiniMaxSpeechModelInfo,
} from './core/speech/minimax-speech-models';
export {
  MINIMAX_SPEECH_LANGUAGES,
  MINIMAX_SPEECH_SOUND_EFFECTS,
  minimaxSpeechOptionsSchema,
  type MiniMaxSpeechLanguage,
  type MiniMaxSpeechOptions,
} from './core/speech/minimax-speech-options';
export { DEFAULT_MINIMAX_VOICE } from './core/speech/build-minimax-speech-request';
export type { MiniMaxSpeechProviderMetadata } from './core/speech/minimax-speech-metadata';
export type { MiniMaxSpeechProviderMethods } from './core/speech/create-minimax-speech';
