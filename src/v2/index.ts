import type { ImageModelV2, LanguageModelV2, ProviderV2 } from '@ai-sdk/provider-v2';
import { MiniMaxLanguageModelV2 } from '../adapters/language-model-v2';
import { createMiniMaxProviderBase, type MiniMaxProviderBase } from '../core/create-minimax-provider';
import type { MiniMaxChatModelId } from '../core/minimax-models';
import type { MiniMaxProviderSettings } from '../core/minimax-provider-settings';
// Media (images; ai@5 has no video function, so this entry has no `video`).
import { MiniMaxImageModelV2 } from '../adapters/image/image-model-v2';
import { createMiniMaxImageModels, type MiniMaxImageProvider } from '../core/image/create-minimax-image-models';

export * from '../shared-exports';
// Every type of the AI SDK spec this entry speaks (they are bundled into its declarations), so a project can name
// them, e.g. when it emits declarations for a value typed by this package, without installing that spec's package.
export type * from '@ai-sdk/provider-v2';
export type { JSONSchema7, JSONSchema7Definition } from 'json-schema';

/** A MiniMax provider instance for ai@5 (LanguageModelV2, ImageModelV2). */
export interface MiniMaxProvider
  extends MiniMaxProviderBase<LanguageModelV2>,
    MiniMaxImageProvider<ImageModelV2>,
    Omit<ProviderV2, 'languageModel' | 'textEmbeddingModel' | 'imageModel'> {
  (modelId: MiniMaxChatModelId): LanguageModelV2;
}

/** Creates a MiniMax provider for ai@5. */
export function createMiniMax(settings: MiniMaxProviderSettings = {}): MiniMaxProvider {
  const base = createMiniMaxProviderBase<LanguageModelV2>(settings, (core) => new MiniMaxLanguageModelV2(core));
  // Media (images).
  return Object.assign(base, createMiniMaxImageModels(settings, (core) => new MiniMaxImageModelV2(core)));
}

/** The default MiniMax provider for ai@5: API key from `MINIMAX_API_KEY`. */
export const minimax = createMiniMax();
