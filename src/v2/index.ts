import type { ImageModelV2, LanguageModelV2, ProviderV2, SpeechModelV2 } from '@ai-sdk/provider-v2';
import { MiniMaxImageModelV2 } from '../adapters/image/image-model-v2';
import { MiniMaxLanguageModelV2 } from '../adapters/language-model/language-model-v2';
import { MiniMaxSpeechModelV2 } from '../adapters/speech/speech-model-v2';
import { createMiniMaxProviderBase, type MiniMaxProviderBase } from '../core/create-minimax-provider';
import { createMiniMaxImageModels, type MiniMaxImageProvider } from '../core/image/create-minimax-image-models';
import type { MiniMaxChatModelId } from '../core/shared/minimax-facts';
import type { MiniMaxProviderSettings } from '../core/shared/minimax-provider-settings';
import { createMiniMaxSpeechMethods, type MiniMaxSpeechProviderMethods } from '../core/speech/create-minimax-speech';

export * from '../shared-exports';
// Every type of the AI SDK spec this entry speaks (they are bundled into its declarations), so a project can name
// them, e.g. when it emits declarations for a value typed by this package, without installing that spec's package.
export type * from '@ai-sdk/provider-v2';
export type { JSONSchema7, JSONSchema7Definition } from 'json-schema';

/**
 * A MiniMax provider instance for ai@5 (LanguageModelV2, SpeechModelV2, ImageModelV2): language models, speech (`experimental_generateSpeech`),
 * images (`experimental_generateImage`); ai@5 has no video function, so this entry has no `video`.
 */
export interface MiniMaxProvider
  extends MiniMaxProviderBase<LanguageModelV2>,
    MiniMaxSpeechProviderMethods<SpeechModelV2>,
    MiniMaxImageProvider<ImageModelV2>,
    Omit<ProviderV2, 'languageModel' | 'textEmbeddingModel' | 'imageModel' | 'speechModel'> {
  (modelId: MiniMaxChatModelId): LanguageModelV2;
}

/** Creates a MiniMax provider for ai@5. */
export function createMiniMax(settings: MiniMaxProviderSettings = {}): MiniMaxProvider {
  const base = createMiniMaxProviderBase<LanguageModelV2>(settings, (core) => new MiniMaxLanguageModelV2(core));
  return Object.assign(
    base,
    createMiniMaxSpeechMethods(settings, (core) => new MiniMaxSpeechModelV2(core)),
    createMiniMaxImageModels(settings, (core) => new MiniMaxImageModelV2(core)),
  );
}

/** The default MiniMax provider for ai@5: API key from `MINIMAX_API_KEY`. */
export const minimax = createMiniMax();
