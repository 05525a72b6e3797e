import type { SpeechModelV1, SpeechModelV1CallOptions } from '@ai-sdk/provider-v1';
import type { MiniMaxSpeechModel } from '../../core/speech/minimax-speech-model';
import { toSpeechV1Warnings } from './map-speech-warnings';

type V1Result = Awaited<ReturnType<SpeechModelV1['doGenerate']>>;

/** SpeechModelV1 (ai@4 `experimental_generateSpeech`) over the spec-neutral core. */
export class MiniMaxSpeechModelV1 implements SpeechModelV1 {
  readonly specificationVersion = 'v1' as const;
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

  async doGenerate(options: SpeechModelV1CallOptions): Promise<V1Result> {
    const result = await this.core.doGenerate(options);
    return {
      audio: result.audio,
      warnings: toSpeechV1Warnings(result.warnings),
      request: result.request,
      response: result.response,
      providerMetadata: result.providerMetadata,
    };
  }
}
