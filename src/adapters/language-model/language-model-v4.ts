import type {
  LanguageModelV4,
  LanguageModelV4FinishReason,
  LanguageModelV4StreamPart,
  LanguageModelV4Usage,
  SharedV4Warning,
} from '@ai-sdk/provider';
import { LanguageModelV2V3V4, SHARED_SPEC_OUTPUT, type SpecOutput } from './language-model-v2-v3-v4';
import { toFeatureWarning } from './map-warnings';

type V4Output = SpecOutput<LanguageModelV4StreamPart, LanguageModelV4FinishReason, LanguageModelV4Usage, SharedV4Warning>;

/** The neutral form is V4's own: every function but the warnings' is an identity the compiler checks. */
export const V4_OUTPUT: V4Output = { ...SHARED_SPEC_OUTPUT, warning: toFeatureWarning };

/** LanguageModelV4 (ai@7) over the spec-neutral core. */
export class MiniMaxLanguageModelV4 extends LanguageModelV2V3V4<LanguageModelV4StreamPart, LanguageModelV4FinishReason, LanguageModelV4Usage, SharedV4Warning> implements LanguageModelV4 {
  readonly specificationVersion = 'v4' as const;
  protected readonly output = V4_OUTPUT;
}
