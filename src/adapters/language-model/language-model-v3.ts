import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3FinishReason,
  LanguageModelV3GenerateResult,
  LanguageModelV3StreamPart,
  LanguageModelV3StreamResult,
  LanguageModelV3Usage,
  SharedV3Warning,
} from '@ai-sdk/provider-v3';
import { LanguageModelV2V3V4, type SpecOutput } from './language-model-v2-v3-v4';
import { toFeatureWarning } from './map-warnings';

/** V3 is V4 without the `interrupted` finish reason. */
export const V3_OUTPUT: SpecOutput<LanguageModelV3StreamPart, LanguageModelV3FinishReason, LanguageModelV3Usage, SharedV3Warning> = {
  warning: toFeatureWarning,
  finishReason: ({ unified, raw }) => ({ unified: unified === 'interrupted' ? 'other' : unified, raw }),
  usage: (usage) => usage,
  streamPart: (part) => part,
  streamStart: (warnings) => ({ type: 'stream-start', warnings }),
  finish: (finishReason, usage, providerMetadata) => ({ type: 'finish', finishReason, usage, providerMetadata }),
};

/** LanguageModelV3 (ai@6) over the spec-neutral core. */
export class MiniMaxLanguageModelV3
  extends LanguageModelV2V3V4<LanguageModelV3StreamPart, LanguageModelV3FinishReason, LanguageModelV3Usage, SharedV3Warning>
  implements LanguageModelV3
{
  readonly specificationVersion = 'v3' as const;
  protected readonly output = V3_OUTPUT;

  doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    return this.generate(options);
  }

  doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    return this.stream(options);
  }
}
