import type {
  LanguageModelV3,
  LanguageModelV3CallOptions,
  LanguageModelV3GenerateResult,
  LanguageModelV3StreamResult,
} from '@ai-sdk/provider-v3';
import { toFeatureWarnings } from './map-warnings';
import { ModernLanguageModel, type ModernSpecMapping } from './language-model-v2-v3-v4';

const V3_MAPPING: ModernSpecMapping = {
  warnings: toFeatureWarnings,
  // V3 has no 'interrupted'.
  finishReason: (reason) => (reason.unified === 'interrupted' ? { ...reason, unified: 'other' } : reason),
  usage: (usage) => usage,
};

/** LanguageModelV3 (ai@6) over the spec-neutral core. */
export class MiniMaxLanguageModelV3 extends ModernLanguageModel implements LanguageModelV3 {
  readonly specificationVersion = 'v3' as const;
  protected readonly mapping = V3_MAPPING;

  async doGenerate(options: LanguageModelV3CallOptions): Promise<LanguageModelV3GenerateResult> {
    return (await this.generate(options)) as LanguageModelV3GenerateResult;
  }

  async doStream(options: LanguageModelV3CallOptions): Promise<LanguageModelV3StreamResult> {
    return (await this.stream(options)) as LanguageModelV3StreamResult;
  }
}
