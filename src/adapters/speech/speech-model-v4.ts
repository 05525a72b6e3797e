import type {
  Experimental_SpeechModelV4StreamOptions,
  Experimental_SpeechModelV4StreamResult,
  Experimental_StreamingSpeechModelV4,
  SpeechModelV4CallOptions,
  SpeechModelV4Result,
} from '@ai-sdk/provider';
import type { MiniMaxSpeechModel } from '../../core/speech/minimax-speech-model';

/**
 * SpeechModelV4 (ai@7 `generateSpeech`) with the experimental streaming extension (`experimental_streamSpeech`),
 * over the spec-neutral core. The neutral warnings, stream parts and usage already have V4's shapes, so the compiler
 * checks them as they are.
 */
export class MiniMaxSpeechModelV4 implements Experimental_StreamingSpeechModelV4 {
  readonly specificationVersion = 'v4' as const;
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

  async doGenerate(options: SpeechModelV4CallOptions): Promise<SpeechModelV4Result> {
    const result = await this.core.doGenerate(options);
    return {
      audio: result.audio,
      warnings: result.warnings,
      usage: result.usage,
      request: result.request,
      response: result.response,
      providerMetadata: result.providerMetadata,
    };
  }

  async doStream(options: Experimental_SpeechModelV4StreamOptions): Promise<Experimental_SpeechModelV4StreamResult> {
    const result = await this.core.doStream(options);
    return { stream: result.stream, request: result.request, response: result.response };
  }
}
