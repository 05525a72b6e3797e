import type { Experimental_StreamingSpeechModelV4, Experimental_VideoModelV4, ImageModelV4, LanguageModelV4, ProviderV4 } from '@ai-sdk/provider';
import { MiniMaxImageModelV4 } from './adapters/image/image-model-v4';
import { MiniMaxLanguageModelV4 } from './adapters/language-model/language-model-v4';
import { MiniMaxSpeechModelV4 } from './adapters/speech/speech-model-v4';
import { MiniMaxVideoModelV4 } from './adapters/video/video-model-v4';
import { createMiniMaxProviderBase, type MiniMaxProviderBase } from './core/create-minimax-provider';
import { createMiniMaxImageModels, type MiniMaxImageProvider } from './core/image/create-minimax-image-models';
import type { MiniMaxChatModelId } from './core/shared/minimax-facts';
import type { MiniMaxProviderSettings } from './core/shared/minimax-provider-settings';
import { createMiniMaxSpeechMethods, type MiniMaxSpeechProviderMethods } from './core/speech/create-minimax-speech';
import { createMiniMaxVideoModels, type MiniMaxVideoProvider } from './core/video/create-minimax-video-models';

export * from './shared-exports';
// Every type of the AI SDK spec this entry speaks (they are bundled into its declarations), so a project can name
// them, e.g. when it emits declarations for a value typed by this package, without installing that spec's package.
export type * from '@ai-sdk/provider';
export type { JSONSchema7, JSONSchema7Definition } from 'json-schema';

/**
 * A MiniMax provider instance for ai@7 (LanguageModelV4, Experimental_StreamingSpeechModelV4, ImageModelV4, Experimental_VideoModelV4): language models, speech (`generateSpeech` and `experimental_streamSpeech`),
 * images (`generateImage`) and video (`experimental_generateVideo`, `experimental_startVideo` / `experimental_getVideoStatus`).
 */
export interface MiniMaxProvider
  extends MiniMaxProviderBase<LanguageModelV4>,
    MiniMaxSpeechProviderMethods<Experimental_StreamingSpeechModelV4>,
    MiniMaxImageProvider<ImageModelV4>,
    MiniMaxVideoProvider<Experimental_VideoModelV4>,
    Omit<ProviderV4, 'languageModel' | 'embeddingModel' | 'imageModel' | 'speechModel'> {
  readonly specificationVersion: 'v4';
  (modelId: MiniMaxChatModelId): LanguageModelV4;
}

/** Creates a MiniMax provider for ai@7. */
export function createMiniMax(settings: MiniMaxProviderSettings = {}): MiniMaxProvider {
  const base = createMiniMaxProviderBase<LanguageModelV4>(settings, (core) => new MiniMaxLanguageModelV4(core));
  return Object.assign(
    base,
    { specificationVersion: 'v4' as const },
    createMiniMaxSpeechMethods(settings, (core) => new MiniMaxSpeechModelV4(core)),
    createMiniMaxImageModels(settings, (core) => new MiniMaxImageModelV4(core)),
    createMiniMaxVideoModels(settings, (core) => new MiniMaxVideoModelV4(core)),
  );
}

/** The default MiniMax provider: API key from `MINIMAX_API_KEY`. */
export const minimax = createMiniMax();
