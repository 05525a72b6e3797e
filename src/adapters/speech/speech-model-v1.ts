import type { SpeechModelV1, SpeechModelV1CallOptions } from '@ai-sdk/provider-v1';
import type { MiniMaxSpeechModel } from '../../core/speech/minimax-speech-model';
import { CoreModelAdapter } from '../language-model/core-model-adapter';
import { toSpeechV1Warnings } from './map-speech-warnings';
import { fromSpeechCallOptions, specSpeechResult } from './speech-result';

type V1Result = Awaited<ReturnType<SpeechModelV1['doGenerate']>>;

/** SpeechModelV1 (ai@4 `experimental_generateSpeech`) over the spec-neutral core. */
export class MiniMaxSpeechModelV1 extends CoreModelAdapter<MiniMaxSpeechModel> implements SpeechModelV1 {
  readonly specificationVersion = 'v1' as const;

  async doGenerate(options: SpeechModelV1CallOptions): Promise<V1Result> {
    const result = await this.core.doGenerate(fromSpeechCallOptions(options));
    return specSpeechResult(result, toSpeechV1Warnings(result.warnings));
  }
}
