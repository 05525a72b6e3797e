/**
 * The speech part of a provider instance: `speech(id)` and `speechModel(id)`, each spec entry wrapping the
 * spec-neutral model in its own adapter.
 */
import { createMiniMaxMediaModelFactory } from '../media/minimax-media-config';
import type { MiniMaxProviderSettings } from '../shared/minimax-provider-settings';
import { MiniMaxSpeechModel } from './minimax-speech-model';
import type { MiniMaxSpeechModelId } from './minimax-speech-models';

export interface MiniMaxSpeechProviderMethods<SPEECH> {
  /** A MiniMax text-to-speech model (`POST /v1/t2a_v2` on the media host), e.g. `speech('speech-2.8-hd')`. */
  speech(modelId: MiniMaxSpeechModelId): SPEECH;
  /** The same as `speech(modelId)`. */
  speechModel(modelId: MiniMaxSpeechModelId): SPEECH;
}

export function createMiniMaxSpeechMethods<SPEECH>(
  settings: MiniMaxProviderSettings,
  wrap: (core: MiniMaxSpeechModel) => SPEECH,
): MiniMaxSpeechProviderMethods<SPEECH> {
  const create: (modelId: MiniMaxSpeechModelId) => SPEECH = createMiniMaxMediaModelFactory(settings, 'minimax.speech', MiniMaxSpeechModel, wrap);
  return { speech: create, speechModel: create };
}
