import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4FinishReason,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamPart,
  LanguageModelV4StreamResult,
  LanguageModelV4Usage,
  SharedV4Warning,
} from '@ai-sdk/provider';
import { LanguageModelV2V3V4, type SpecOutput } from './language-model-v2-v3-v4';
import { toFeatureWarning } from './map-warnings';

/** The neutral form is V4's own: every function is an identity the compiler checks. */
export const V4_OUTPUT: SpecOutput<LanguageModelV4StreamPart, LanguageModelV4FinishReason, LanguageModelV4Usage, SharedV4Warning> = {
  warning: toFeatureWarning,
  finishReason: (reason) => reason,
  usage: (usage) => usage,
  streamPart: (part) => part,
  streamStart: (warnings) => ({ type: 'stream-start', warnings }),
  finish: (finishReason, usage, providerMetadata) => ({ type: 'finish', finishReason, usage, providerMetadata }),
};

/** LanguageModelV4 (ai@7) over the spec-neutral core. */
export class MiniMaxLanguageModelV4
  extends LanguageModelV2V3V4<LanguageModelV4StreamPart, LanguageModelV4FinishReason, LanguageModelV4Usage, SharedV4Warning>
  implements LanguageModelV4
{
  readonly specificationVersion = 'v4' as const;
  protected readonly output = V4_OUTPUT;

  doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    return this.generate(options);
  }

  doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    return this.stream(options);
  }
}
