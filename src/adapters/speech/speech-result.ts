import type { MiniMaxSpeechResult } from '../../core/speech/minimax-speech-types';

/**
 * The fields every speech spec's `doGenerate` result has, with the spec's own warnings. Each adapter returns it as
 * its spec's result type, so the compiler checks it against that spec (V4 adds `usage`).
 */
export function specSpeechResult<WARNING>(result: MiniMaxSpeechResult, warnings: WARNING[]) {
  return {
    audio: result.audio,
    warnings,
    request: result.request,
    response: result.response,
    providerMetadata: result.providerMetadata,
  };
}
