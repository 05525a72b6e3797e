import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamResult,
} from '@ai-sdk/provider';
import { toFeatureWarnings } from './map-warnings';
import { ModernLanguageModel, type ModernSpecMapping } from './language-model-v2-v3-v4';

const V4_MAPPING: ModernSpecMapping = {
  warnings: toFeatureWarnings,
  finishReason: (reason) => reason,
  usage: (usage) => usage,
};

/** LanguageModelV4 (ai@7) over the spec-neutral core: the neutral form is V4's own. */
export class MiniMaxLanguageModelV4 extends ModernLanguageModel implements LanguageModelV4 {
  readonly specificationVersion = 'v4' as const;
  protected readonly mapping = V4_MAPPING;

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    return (await this.generate(options)) as LanguageModelV4GenerateResult;
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    return (await this.stream(options)) as LanguageModelV4StreamResult;
  }
}
