import type { SpeechModelV2, SpeechModelV2CallOptions } from '@ai-sdk/provider-v2';
import type { MiniMaxSpeechModel } from '../../core/speech/minimax-speech-model';
import { CoreModelAdapter } from '../language-model/core-model-adapter';
import { toSpeechSettingWarnings } from './map-speech-warnings';
import { fromSpeechCallOptions, specSpeechResult } from './speech-result';

type V2Result = Awaited<ReturnType<SpeechModelV2['doGenerate']>>;

/** SpeechModelV2 (ai@5 `experimental_generateSpeech`) over the spec-neutral core. */
export class MiniMaxSpeechModelV2 extends CoreModelAdapter<MiniMaxSpeechModel> implements SpeechModelV2 {
  readonly specificationVersion = 'v2' as const;

  async doGenerate(options: SpeechModelV2CallOptions): Promise<V2Result> {
    const result = await this.core.doGenerate(fromSpeechCallOptions(options));
    return specSpeechResult(result, toSpeechSettingWarnings(result.warnings));
  }
}
