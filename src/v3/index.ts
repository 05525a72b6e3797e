import type { LanguageModelV3, ProviderV3 } from '@ai-sdk/provider-v3';
import { MiniMaxLanguageModelV3 } from '../adapters/language-model/language-model-v3';
import { createMiniMaxProviderBase, type MiniMaxProviderBase } from '../core/create-minimax-provider';
import type { MiniMaxChatModelId } from '../core/shared/minimax-facts';
import type { MiniMaxProviderSettings } from '../core/shared/minimax-provider-settings';
// Speech (text-to-speech)
import type { SpeechModelV3 } from '@ai-sdk/provider-v3';
import { MiniMaxSpeechModelV3 } from '../adapters/speech/speech-model-v3';
import { createMiniMaxSpeechMethods, type MiniMaxSpeechProviderMethods } from '../core/speech/create-minimax-speech';

export * from '../shared-exports';
// Every type of the AI SDK spec this entry speaks (they are bundled into its declarations), so a project can name
// them, e.g. when it emits declarations for a value typed by this package, without installing that spec's package.
export type * from '@ai-sdk/provider-v3';
export type { JSONSchema7, JSONSchema7Definition } from 'json-schema';

/** A MiniMax provider instance for ai@6 (LanguageModelV3). */
export interface MiniMaxProvider
  extends MiniMaxProviderBase<LanguageModelV3>,
    Omit<ProviderV3, 'languageModel' | 'embeddingModel' | 'textEmbeddingModel' | 'imageModel' | 'speechModel'> {
  readonly specificationVersion: 'v3';
  (modelId: MiniMaxChatModelId): LanguageModelV3;
}

/** Speech on ai@6: `experimental_generateSpeech` (SpeechModelV3). */
export interface MiniMaxProvider extends MiniMaxSpeechProviderMethods<SpeechModelV3> {}

/** Creates a MiniMax provider for ai@6. */
export function createMiniMax(settings: MiniMaxProviderSettings = {}): MiniMaxProvider {
  const base = createMiniMaxProviderBase<LanguageModelV3>(settings, (core) => new MiniMaxLanguageModelV3(core));
  const speech = createMiniMaxSpeechMethods(settings, (core) => new MiniMaxSpeechModelV3(core));
  return Object.assign(base, speech, { specificationVersion: 'v3' as const });
}

/** The default MiniMax provider for ai@6: API key from `MINIMAX_API_KEY`. */
export const minimax = createMiniMax();
