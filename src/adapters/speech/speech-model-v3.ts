import type { SpeechModelV3, SpeechModelV3CallOptions } from '@ai-sdk/provider-v3';
import type { MiniMaxSpeechModel } from '../../core/speech/minimax-speech-model';
import { CoreModelAdapter } from '../language-model/core-model-adapter';
import { fromSpeechCallOptions, specSpeechResult } from './speech-result';

type V3Result = Awaited<ReturnType<SpeechModelV3['doGenerate']>>;

/** SpeechModelV3 (ai@6 `experimental_generateSpeech`) over the spec-neutral core: the neutral warnings are V3's. */
export class MiniMaxSpeechModelV3 extends CoreModelAdapter<MiniMaxSpeechModel> implements SpeechModelV3 {
  readonly specificationVersion = 'v3' as const;

  async doGenerate(options: SpeechModelV3CallOptions): Promise<V3Result> {
    const result = await this.core.doGenerate(fromSpeechCallOptions(options));
    return specSpeechResult(result, result.warnings);
  }
}
