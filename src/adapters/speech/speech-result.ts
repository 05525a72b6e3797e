import type {
  MiniMaxSpeechCallOptions,
  MiniMaxSpeechCommonOptions,
  MiniMaxSpeechResult,
  MiniMaxSpeechStreamOptions,
} from '../../core/speech/minimax-speech-types';

/** The settings every speech call names and types like the neutral ones, generated or streamed (V1 has no `language`). */
function speechSettings(options: MiniMaxSpeechCommonOptions): MiniMaxSpeechCommonOptions {
  return {
    voice: options.voice,
    instructions: options.instructions,
    speed: options.speed,
    language: options.language,
    providerOptions: options.providerOptions,
    abortSignal: options.abortSignal,
    headers: options.headers,
  };
}

/**
 * The neutral options of a `doGenerate` call, field by field. SpeechModelV1..V4 name and type their call options
 * like the neutral ones (V1 has no `language`: it is read as absent), so one mapping serves the four; the compiler
 * checks each spec's options against it where an adapter passes them, and `test/media-spec-boundaries` checks that
 * the names are the same on both sides.
 */
export function fromSpeechCallOptions(options: MiniMaxSpeechCallOptions): MiniMaxSpeechCallOptions {
  return { text: options.text, outputFormat: options.outputFormat, ...speechSettings(options) };
}

/** The neutral options of a V4 `doStream` call, field by field (the text stream is handed over as it is). */
export function fromSpeechStreamOptions(options: MiniMaxSpeechStreamOptions): MiniMaxSpeechStreamOptions {
  return { text: options.text, outputFormat: options.outputFormat, includeRawChunks: options.includeRawChunks, ...speechSettings(options) };
}

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
