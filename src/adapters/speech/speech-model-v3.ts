import type { SpeechModelV3, SpeechModelV3CallOptions } from '@ai-sdk/provider-v3';
import type { MiniMaxSpeechModel } from '../../core/speech/minimax-speech-model';

type V3Result = Awaited<ReturnType<SpeechModelV3['doGenerate']>>;

/** SpeechModelV3 (ai@6 `experimental_generateSpeech`) over the spec-neutral core: the neutral warnings are V3's. */
export class MiniMaxSpeechModelV3 implements SpeechModelV3 {
  readonly specificationVersion = 'v3' as const;
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

  async doGenerate(options: SpeechModelV3CallOptions): Promise<V3Result> {
    const result = await this.core.doGenerate(options);
    return {
      audio: result.audio,
      warnings: result.warnings,
      request: result.request,
      response: result.response,
      providerMetadata: result.providerMetadata,
    };
  }
}
