import type { Experimental_VideoModelV3, ImageModelV3, LanguageModelV3, ProviderV3, SpeechModelV3 } from '@ai-sdk/provider-v3';
import { MiniMaxImageModelV3 } from '../adapters/image/image-model-v3';
import { MiniMaxLanguageModelV3 } from '../adapters/language-model/language-model-v3';
import { MiniMaxSpeechModelV3 } from '../adapters/speech/speech-model-v3';
import { MiniMaxVideoModelV3 } from '../adapters/video/video-model-v3';
import { createMiniMaxProviderBase, type MiniMaxProviderBase } from '../core/create-minimax-provider';
import { createMiniMaxImageModels, type MiniMaxImageProvider } from '../core/image/create-minimax-image-models';
import type { MiniMaxChatModelId } from '../core/shared/minimax-facts';
import type { MiniMaxProviderSettings } from '../core/shared/minimax-provider-settings';
import { createMiniMaxSpeechMethods, type MiniMaxSpeechProviderMethods } from '../core/speech/create-minimax-speech';
import { createMiniMaxVideoModels, type MiniMaxVideoProvider } from '../core/video/create-minimax-video-models';

export * from '../shared-exports';
// Every type of the AI SDK spec this entry speaks (they are bundled into its declarations), so a project can name
// them, e.g. when it emits declarations for a value typed by this package, without installing that spec's package.
export type * from '@ai-sdk/provider-v3';
export type { JSONSchema7, JSONSchema7Definition } from 'json-schema';

/**
 * A MiniMax provider instance for ai@6 (LanguageModelV3, SpeechModelV3, ImageModelV3, Experimental_VideoModelV3): language models, speech (`experimental_generateSpeech`),
 * images (`generateImage`) and video (`experimental_generateVideo`).
 */
export interface MiniMaxProvider
  extends MiniMaxProviderBase<LanguageModelV3>,
    MiniMaxSpeechProviderMethods<SpeechModelV3>,
    MiniMaxImageProvider<ImageModelV3>,
    MiniMaxVideoProvider<Experimental_VideoModelV3>,
    Omit<ProviderV3, 'languageModel' | 'embeddingModel' | 'textEmbeddingModel' | 'imageModel' | 'speechModel'> {
  readonly specificationVersion: 'v3';
  (modelId: MiniMaxChatModelId): LanguageModelV3;
}

/** Creates a MiniMax provider for ai@6. */
export function createMiniMax(settings: MiniMaxProviderSettings = {}): MiniMaxProvider {
  const base = createMiniMaxProviderBase<LanguageModelV3>(settings, (core) => new MiniMaxLanguageModelV3(core));
  return Object.assign(
    base,
    { specificationVersion: 'v3' as const },
    createMiniMaxSpeechMethods(settings, (core) => new MiniMaxSpeechModelV3(core)),
    createMiniMaxImageModels(settings, (core) => new MiniMaxImageModelV3(core)),
    createMiniMaxVideoModels(settings, (core) => new MiniMaxVideoModelV3(core)),
  );
}

/** The default MiniMax provider for ai@6: API key from `MINIMAX_API_KEY`. */
export const minimax = createMiniMax();
