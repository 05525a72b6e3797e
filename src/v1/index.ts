import type { ImageModelV1, LanguageModelV1, ProviderV1, SpeechModelV1 } from '@ai-sdk/provider-v1';
import { MiniMaxImageModelV1 } from '../adapters/image/image-model-v1';
import { MiniMaxLanguageModelV1 } from '../adapters/language-model/language-model-v1';
import { MiniMaxSpeechModelV1 } from '../adapters/speech/speech-model-v1';
import { createMiniMaxProviderBase, type MiniMaxProviderBase } from '../core/create-minimax-provider';
import { createMiniMaxImageModels, type MiniMaxImageProvider } from '../core/image/create-minimax-image-models';
import type { MiniMaxChatModelId } from '../core/shared/minimax-facts';
import type { MiniMaxProviderSettings } from '../core/shared/minimax-provider-settings';
import { createMiniMaxSpeechMethods, type MiniMaxSpeechProviderMethods } from '../core/speech/create-minimax-speech';

export * from '../shared-exports';
// Every type of the AI SDK spec this entry speaks (they are bundled into its declarations), so a project can name
// them, e.g. when it emits declarations for a value typed by this package, without installing that spec's package.
export type * from '@ai-sdk/provider-v1';
export type { JSONSchema7, JSONSchema7Definition } from 'json-schema';

/**
 * A MiniMax provider instance for ai@4 (LanguageModelV1, SpeechModelV1, ImageModelV1): language models, speech (`experimental_generateSpeech`),
 * images (`experimental_generateImage`); ai@4 has no video function, so this entry has no `video`.
 */
export interface MiniMaxProvider
  extends MiniMaxProviderBase<LanguageModelV1>,
    MiniMaxSpeechProviderMethods<SpeechModelV1>,
    MiniMaxImageProvider<ImageModelV1>,
    Omit<ProviderV1, 'languageModel' | 'textEmbeddingModel' | 'imageModel' | 'speechModel'> {
  (modelId: MiniMaxChatModelId): LanguageModelV1;
}

/** Creates a MiniMax provider for ai@4. */
export function createMiniMax(settings: MiniMaxProviderSettings = {}): MiniMaxProvider {
  const base = createMiniMaxProviderBase<LanguageModelV1>(settings, (core) => new MiniMaxLanguageModelV1(core));
  return Object.assign(
    base,
    createMiniMaxSpeechMethods(settings, (core) => new MiniMaxSpeechModelV1(core)),
    createMiniMaxImageModels(settings, (core) => new MiniMaxImageModelV1(core)),
  );
}

/** The default MiniMax provider for ai@4: API key from `MINIMAX_API_KEY`. */
export const minimax = createMiniMax();
