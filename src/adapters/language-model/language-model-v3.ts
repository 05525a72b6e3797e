import type {
  LanguageModelV3,
  LanguageModelV3FinishReason,
  LanguageModelV3StreamPart,
  LanguageModelV3Usage,
  SharedV3Warning,
} from '@ai-sdk/provider-v3';
import { LanguageModelV2V3V4, SHARED_SPEC_OUTPUT, type SpecOutput } from './language-model-v2-v3-v4';
import { toFeatureWarning } from './map-warnings';

type V3Output = SpecOutput<LanguageModelV3StreamPart, LanguageModelV3FinishReason, LanguageModelV3Usage, SharedV3Warning>;

/** V3 is V4 without the `interrupted` finish reason. */
export const V3_OUTPUT: V3Output = {
  ...SHARED_SPEC_OUTPUT,
  warning: toFeatureWarning,
  finishReason: ({ unified, raw }) => ({ unified: unified === 'interrupted' ? 'other' : unified, raw }),
};

/** LanguageModelV3 (ai@6) over the spec-neutral core. */
export class MiniMaxLanguageModelV3 extends LanguageModelV2V3V4<LanguageModelV3StreamPart, LanguageModelV3FinishReason, LanguageModelV3Usage, SharedV3Warning> implements LanguageModelV3 {
  readonly specificationVersion = 'v3' as const;
  protected readonly output = V3_OUTPUT;
}
