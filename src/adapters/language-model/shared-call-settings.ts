import type { MiniMaxCallOptions } from '../../core/shared/minimax-neutral-types';

type SharedSettingName =
  | 'temperature'
  | 'topP'
  | 'topK'
  | 'presencePenalty'
  | 'frequencyPenalty'
  | 'stopSequences'
  | 'seed'
  | 'headers'
  | 'abortSignal';

/** The call settings that every spec, V1 to V4, names and types like the neutral options. */
export function sharedCallSettings(options: Pick<MiniMaxCallOptions, SharedSettingName>): Pick<MiniMaxCallOptions, SharedSettingName> {
  return {
    temperature: options.temperature,
    topP: options.topP,
    topK: options.topK,
    presencePenalty: options.presencePenalty,
    frequencyPenalty: options.frequencyPenalty,
    stopSequences: options.stopSequences,
    seed: options.seed,
    headers: options.headers,
    abortSignal: options.abortSignal,
  };
}
