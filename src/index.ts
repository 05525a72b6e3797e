import type { LanguageModelV4, ProviderV4 } from '@ai-sdk/provider';
import { MiniMaxLanguageModelV4 } from './adapters/language-model/language-model-v4';
import { createMiniMaxProviderBase, type MiniMaxProviderBase } from './core/create-minimax-provider';
import type { MiniMaxChatModelId } from './core/shared/minimax-facts';
import type { MiniMaxProviderSettings } from './core/shared/minimax-provider-settings';
// Speech (text-to-speech)
import type { Experimental_StreamingSpeechModelV4 } from '@ai-sdk/provider';
import { MiniMaxSpeechModelV4 } from './adapters/speech/speech-model-v4';
import { createMiniMaxSpeechMethods, type MiniMaxSpeechProviderMethods } from './core/speech/create-minimax-speech';

export * from './shared-exports';
// Every type of the AI SDK spec this entry speaks (they are bundled into its declarations), so a project can name
// them, e.g. when it emits declarations for a value typed by this package, without installing that spec's package.
export type * from '@ai-sdk/provider';
export type { JSONSchema7, JSONSchema7Definition } from 'json-schema';

/** A MiniMax provider instance for ai@7 (LanguageModelV4). */
export interface MiniMaxProvider extends MiniMaxProviderBase<LanguageModelV4>, Omit<ProviderV4, 'languageModel' | 'embeddingModel' | 'imageModel' | 'speechModel'> {
  readonly specificationVersion: 'v4';
  (modelId: MiniMaxChatModelId): LanguageModelV4;
}

/** Speech on ai@7: `generateSpeech` and `experimental_streamSpeech` (a streaming SpeechModelV4). */
export interface MiniMaxProvider extends MiniMaxSpeechProviderMethods<Experimental_StreamingSpeechModelV4> {}

/** Creates a MiniMax provider for ai@7. */
export function createMiniMax(settings: MiniMaxProviderSettings = {}): MiniMaxProvider {
  const base = createMiniMaxProviderBase<LanguageModelV4>(settings, (core) => new MiniMaxLanguageModelV4(core));
  const speech = createMiniMaxSpeechMethods(settings, (core) => new MiniMaxSpeechModelV4(core));
  return Object.assign(base, speech, { specificationVersion: 'v4' as const });
}

/** The default MiniMax provider: API key from `MINIMAX_API_KEY`. */
export const minimax = createMiniMax();
