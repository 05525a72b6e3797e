import type { LanguageModelV2, LanguageModelV2CallOptions } from '@ai-sdk/provider-v2';
import type { MiniMaxUsage, MiniMaxWarning } from '../../core/shared/minimax-neutral-types';
import { toSettingWarnings } from './map-warnings';
import { ModernLanguageModel, type ModernSpecMapping } from './language-model-v2-v3-v4';

/** V2 usage is flat: totals plus reasoning and cached-input counts. */
export function toV2Usage(usage: MiniMaxUsage) {
  const { inputTokens: input, outputTokens: output } = usage;
  return {
    inputTokens: input.total,
    outputTokens: output.total,
    totalTokens: input.total === undefined && output.total === undefined ? undefined : (input.total ?? 0) + (output.total ?? 0),
    ...(output.reasoning !== undefined ? { reasoningTokens: output.reasoning } : {}),
    ...(input.cacheRead !== undefined ? { cachedInputTokens: input.cacheRead } : {}),
  };
}

function toV2Warnings(warnings: MiniMaxWarning[]) {
  return toSettingWarnings(warnings, (w) =>
    w.tool.type === 'function'
      ? { type: 'function', name: w.tool.name, inputSchema: w.tool.inputSchema }
      : { type: 'provider-defined', id: w.tool.id, name: w.tool.name, args: w.tool.args ?? {} },
  );
}

const V2_MAPPING: ModernSpecMapping = {
  warnings: toV2Warnings,
  finishReason: (reason) => (reason.unified === 'interrupted' ? 'other' : reason.unified),
  usage: toV2Usage,
};

type V2Generate = Awaited<ReturnType<LanguageModelV2['doGenerate']>>;
type V2Stream = Awaited<ReturnType<LanguageModelV2['doStream']>>;

/** LanguageModelV2 (ai@5) over the spec-neutral core. */
export class MiniMaxLanguageModelV2 extends ModernLanguageModel implements LanguageModelV2 {
  readonly specificationVersion = 'v2' as const;
  protected readonly mapping = V2_MAPPING;

  async doGenerate(options: LanguageModelV2CallOptions): Promise<V2Generate> {
    return (await this.generate(options)) as V2Generate;
  }

  async doStream(options: LanguageModelV2CallOptions): Promise<V2Stream> {
    return (await this.stream(options)) as V2Stream;
  }
}
