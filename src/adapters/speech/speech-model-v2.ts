import type { SpeechModelV2, SpeechModelV2CallOptions } from '@ai-sdk/provider-v2';
import type { MiniMaxSpeechModel } from '../../core/speech/minimax-speech-model';
import { toSpeechSettingWarnings } from './map-speech-warnings';

type V2Result = Awaited<ReturnType<SpeechModelV2['doGenerate']>>;

/** SpeechModelV2 (ai@5 `experimental_generateSpeech`) over the spec-neutral core. */
export class MiniMaxSpeechModelV2 implements SpeechModelV2 {
  readonly specificationVersion = 'v2' as const;
  private readonly core: MiniMaxSpeechModel;

  constructor(core: MiniMaxSpeechModel) {
    this.core = core;
  }

  get provider(): string {
    return this.core.provider;
  }

  get modelId(): string {
    return this.core.modelId;
  }

  async doGenerate(options: SpeechModelV2CallOptions): Promise<V2Result> {
    const result = await this.core.doGenerate(options);
    return {
      audio: result.audio,
      warnings: toSpeechSettingWarnings(result.warnings),
      request: result.request,
      response: result.response,
      providerMetadata: result.providerMetadata,
    };
  }
}
