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

// Images (every entry) and video (the models are on the ai@6 and ai@7 entries; tables, prices and helpers everywhere).
export {
  MINIMAX_IMAGE_ASPECT_RATIOS,
  MINIMAX_IMAGE_MODELS,
  MINIMAX_IMAGE_SIZE_LIMITS,
  MINIMAX_MAX_IMAGES_PER_CALL,
  calculateMiniMaxImageCost,
  getMiniMaxImageModelInfo,
  type MiniMaxImageModelId,
  type MiniMaxImageModelInfo,
} from './core/image/minimax-image-models';
export { MINIMAX_IMAGE_STYLES, minimaxImageProviderOptionsSchema, type MiniMaxImageProviderOptions } from './core/image/minimax-image-options';
export type { MiniMaxImageCallMetadata, MiniMaxImageMetadata } from './core/image/minimax-image-types';
export type { MiniMaxImageProvider } from './core/image/create-minimax-image-models';
export {
  MINIMAX_VIDEO_MODELS,
  MINIMAX_VIDEO_RATIOS,
  MINIMAX_VIDEO_RESOLUTIONS,
  getMiniMaxVideoModelInfo,
  type MiniMaxVideoModelId,
  type MiniMaxVideoModelInfo,
  type MiniMaxVideoRatio,
  type MiniMaxVideoResolution,
  type MiniMaxVideoV1ModelInfo,
  type MiniMaxVideoV2ModelInfo,
} from './core/video/minimax-video-models';
export { calculateMiniMaxVideoCost, getMiniMaxVideoPricePerSecond, type MiniMaxVideoBilling } from './core/video/minimax-video-pricing';
export { minimaxVideoProviderOptionsSchema, type MiniMaxVideoProviderOptions } from './core/video/minimax-video-options';
export type { MiniMaxVideoMetadata, MiniMaxVideoOperation, MiniMaxVideoResolvedInputs } from './core/video/minimax-video-types';
export { MiniMaxVideoGenerationError, type MiniMaxVideoFailureReason } from './core/video/minimax-video-error';
export { parseMiniMaxVideoCallback, type MiniMaxVideoCallback } from './core/video/minimax-video-callback';
export type { MiniMaxVideoProvider } from './core/video/create-minimax-video-models';
