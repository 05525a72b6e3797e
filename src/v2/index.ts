import type { LanguageModelV2, ProviderV2 } from '@ai-sdk/provider-v2';
import { MiniMaxLanguageModelV2 } from '../adapters/language-model/language-model-v2';
import { createMiniMaxProviderBase, type MiniMaxProviderBase } from '../core/create-minimax-provider';
import type { MiniMaxChatModelId } from '../core/shared/minimax-facts';
import type { MiniMaxProviderSettings } from '../core/shared/minimax-provider-settings';
// Speech (text-to-speech)
import type { SpeechModelV2 } from '@ai-sdk/provider-v2';
import { MiniMaxSpeechModelV2 } from '../adapters/speech/speech-model-v2';
import { createMiniMaxSpeechMethods, type MiniMaxSpeechProviderMethods } from '../core/speech/create-minimax-speech';

export * from '../shared-exports';
// Every type of the AI SDK spec this entry speaks (they are bundled into its declarations), so a project can name
// them, e.g. when it emits declarations for a value typed by this package, without installing that spec's package.
export type * from '@ai-sdk/provider-v2';
export type { JSONSchema7, JSONSchema7Definition } from 'json-schema';

/** A MiniMax provider instance for ai@5 (LanguageModelV2). */
export interface MiniMaxProvider
  extends MiniMaxProviderBase<LanguageModelV2>,
    Omit<ProviderV2, 'languageModel' | 'textEmbeddingModel' | 'imageModel' | 'speechModel'> {
  (modelId: MiniMaxChatModelId): LanguageModelV2;
}

/** Speech on ai@5: `experimental_generateSpeech` (SpeechModelV2). */
export interface MiniMaxProvider extends MiniMaxSpeechProviderMethods<SpeechModelV2> {}

/** Creates a MiniMax provider for ai@5. */
export function createMiniMax(settings: MiniMaxProviderSettings = {}): MiniMaxProvider {
  const base = createMiniMaxProviderBase<LanguageModelV2>(settings, (core) => new MiniMaxLanguageModelV2(core));
  const speech = createMiniMaxSpeechMethods(settings, (core) => new MiniMaxSpeechModelV2(core));
  return Object.assign(base, speech);
}

/** The default MiniMax provider for ai@5: API key from `MINIMAX_API_KEY`. */
export const minimax = createMiniMax();
