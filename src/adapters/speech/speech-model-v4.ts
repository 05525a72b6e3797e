import type {
  Experimental_SpeechModelV4StreamOptions,
  Experimental_SpeechModelV4StreamResult,
  Experimental_StreamingSpeechModelV4,
  SpeechModelV4CallOptions,
  SpeechModelV4Result,
} from '@ai-sdk/provider';
import type { MiniMaxSpeechModel } from '../../core/speech/minimax-speech-model';
import { CoreModelAdapter } from '../language-model/core-model-adapter';
import { fromSpeechCallOptions, fromSpeechStreamOptions, specSpeechResult } from './speech-result';

/**
 * SpeechModelV4 (ai@7 `generateSpeech`) with the experimental streaming extension (`experimental_streamSpeech`),
 * over the spec-neutral core. The neutral warnings, stream parts and usage already have V4's shapes, so the compiler
 * checks them as they are.
 */
export class MiniMaxSpeechModelV4 extends CoreModelAdapter<MiniMaxSpeechModel> implements Experimental_StreamingSpeechModelV4 {
  readonly specificationVersion = 'v4' as const;

  async doGenerate(options: SpeechModelV4CallOptions): Promise<SpeechModelV4Result> {
    const result = await this.core.doGenerate(fromSpeechCallOptions(options));
    return { ...specSpeechResult(result, result.warnings), usage: result.usage };
  }

  async doStream(options: Experimental_SpeechModelV4StreamOptions): Promise<Experimental_SpeechModelV4StreamResult> {
    const { stream, request, response } = await this.core.doStream(fromSpeechStreamOptions(options));
    return { stream, request, response };
  }
}
