import type {
  LanguageModelV2,
  LanguageModelV2CallWarning,
  LanguageModelV2FinishReason,
  LanguageModelV2FunctionTool,
  LanguageModelV2ProviderDefinedTool,
  LanguageModelV2StreamPart,
  LanguageModelV2Usage,
} from '@ai-sdk/provider-v2';
import type { ForeignTool, FunctionTool, MiniMaxUsage } from '../../core/shared/minimax-neutral-types';
import { LanguageModelV2V3V4, SHARED_SPEC_OUTPUT, type SpecOutput } from './language-model-v2-v3-v4';
import { toSettingWarning } from './map-warnings';

/** V2 usage is flat: totals plus reasoning and cached-input counts. */
export function toV2Usage(usage: MiniMaxUsage): LanguageModelV2Usage {
  const { inputTokens: input, outputTokens: output } = usage;
  return {
    inputTokens: input.total,
    outputTokens: output.total,
    totalTokens: input.total === undefined && output.total === undefined ? undefined : (input.total ?? 0) + (output.total ?? 0),
    ...(output.reasoning !== undefined ? { reasoningTokens: output.reasoning } : {}),
    ...(input.cacheRead !== undefined ? { cachedInputTokens: input.cacheRead } : {}),
  };
}

const V2_WARNING_NAMES = {
  /** V2 takes any setting name. */
  setting: (setting: string) => setting,
  tool: (tool: FunctionTool | ForeignTool): LanguageModelV2FunctionTool | LanguageModelV2ProviderDefinedTool =>
    tool.type === 'function'
      ? { type: 'function', name: tool.name, inputSchema: tool.inputSchema }
      : { type: 'provider-defined', id: tool.id, name: tool.name, args: tool.args ?? {} },
};

type V2Output = SpecOutput<LanguageModelV2StreamPart, LanguageModelV2FinishReason, LanguageModelV2Usage, LanguageModelV2CallWarning>;

/** V2 has flat finish reasons and usage, and V1-style warnings. */
export const V2_OUTPUT: V2Output = {
  ...SHARED_SPEC_OUTPUT,
  warning: (warning) => toSettingWarning(warning, V2_WARNING_NAMES),
  finishReason: (reason) => (reason.unified === 'interrupted' ? 'other' : reason.unified),
  usage: toV2Usage,
};

/** LanguageModelV2 (ai@5) over the spec-neutral core. */
export class MiniMaxLanguageModelV2 extends LanguageModelV2V3V4<LanguageModelV2StreamPart, LanguageModelV2FinishReason, LanguageModelV2Usage, LanguageModelV2CallWarning> implements LanguageModelV2 {
  readonly specificationVersion = 'v2' as const;
  protected readonly output = V2_OUTPUT;
}
