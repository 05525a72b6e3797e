import type { LanguageModelV1, ProviderV1 } from '@ai-sdk/provider-v1';
import { MiniMaxLanguageModelV1 } from '../adapters/language-model/language-model-v1';
import { createMiniMaxProviderBase, type MiniMaxProviderBase } from '../core/create-minimax-provider';
import type { MiniMaxChatModelId } from '../core/shared/minimax-facts';
import type { MiniMaxProviderSettings } from '../core/shared/minimax-provider-settings';
// Speech (text-to-speech)
import type { SpeechModelV1 } from '@ai-sdk/provider-v1';
import { MiniMaxSpeechModelV1 } from '../adapters/speech/speech-model-v1';
import { createMiniMaxSpeechMethods, type MiniMaxSpeechProviderMethods } from '../core/speech/create-minimax-speech';

export * from '../shared-exports';
// Every type of the AI SDK spec this entry speaks (they are bundled into its declarations), so a project can name
// them, e.g. when it emits declarations for a value typed by this package, without installing that spec's package.
export type * from '@ai-sdk/provider-v1';
export type { JSONSchema7, JSONSchema7Definition } from 'json-schema';

/** A MiniMax provider instance for ai@4 (LanguageModelV1). */
export interface MiniMaxProvider
  extends MiniMaxProviderBase<LanguageModelV1>,
    Omit<ProviderV1, 'languageModel' | 'textEmbeddingModel' | 'imageModel' | 'speechModel'> {
  (modelId: MiniMaxChatModelId): LanguageModelV1;
}

/** Speech on ai@4: `experimental_generateSpeech` (SpeechModelV1). */
export interface MiniMaxProvider extends MiniMaxSpeechProviderMethods<SpeechModelV1> {}

/** Creates a MiniMax provider for ai@4. */
export function createMiniMax(settings: MiniMaxProviderSettings = {}): MiniMaxProvider {
  const base = createMiniMaxProviderBase<LanguageModelV1>(settings, (core) => new MiniMaxLanguageModelV1(core));
  const speech = createMiniMaxSpeechMethods(settings, (core) => new MiniMaxSpeechModelV1(core));
  return Object.assign(base, speech);
}

/** The default MiniMax provider for ai@4: API key from `MINIMAX_API_KEY`. */
export const minimax = createMiniMax();
