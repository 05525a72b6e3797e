import { calculateMiniMaxCost, type MiniMaxCost } from './minimax-pricing';
import type { MiniMaxUsage } from './minimax-neutral-types';

/** The chat-completions `usage` object, as far as it is read. */
export interface MiniMaxChatWireUsage {
  prompt_tokens?: number | null;
  completion_tokens?: number | null;
  total_tokens?: number | null;
  prompt_tokens_details?: { cached_tokens?: number | null } | null;
  completion_tokens_details?: { reasoning_tokens?: number | null } | null;
}

/** Usage nobody reported. */
export function emptyMiniMaxUsage(): MiniMaxUsage {
  return {
    inputTokens: { total: undefined, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: undefined, text: undefined, reasoning: undefined },
  };
}

/** MiniMax sends zero usage on intermediate stream chunks: those must not replace real counts. */
export function isReportedChatUsage(usage: MiniMaxChatWireUsage | null | undefined): usage is MiniMaxChatWireUsage {
  return !!usage && ((usage.total_tokens ?? 0) > 0 || (usage.prompt_tokens ?? 0) > 0 || (usage.completion_tokens ?? 0) > 0);
}

/** Chat usage: `prompt_tokens` includes cached tokens, `completion_tokens` includes reasoning tokens. */
export function convertMiniMaxChatUsage(usage: MiniMaxChatWireUsage | null | undefined): MiniMaxUsage {
  if (!usage) return emptyMiniMaxUsage();
  const input = usage.prompt_tokens ?? undefined;
  const output = usage.completion_tokens ?? undefined;
  const cacheRead = usage.prompt_tokens_details?.cached_tokens ?? undefined;
  const reasoning = usage.completion_tokens_details?.reasoning_tokens ?? undefined;
  return {
    inputTokens: {
      total: input,
      noCache: input === undefined ? undefined : input - (cacheRead ?? 0),
      cacheRead,
      cacheWrite: undefined,
    },
    outputTokens: {
      total: output,
      text: output === undefined ? undefined : output - (reasoning ?? 0),
      reasoning,
    },
    raw: usage as Record<string, unknown>,
  };
}

/** USD cost of a call's usage, or `undefined` when the model is not in the table or nothing was counted. */
export function priceMiniMaxUsage(
  modelId: string,
  usage: MiniMaxUsage,
  serviceTier?: string,
): MiniMaxCost | undefined {
  if (usage.inputTokens.total === undefined && usage.outputTokens.total === undefined) return undefined;
  return calculateMiniMaxCost(
    modelId,
    {
      inputTokens: usage.inputTokens.total ?? 0,
      outputTokens: usage.outputTokens.total ?? 0,
      cacheReadTokens: usage.inputTokens.cacheRead,
      cacheWriteTokens: usage.inputTokens.cacheWrite,
    },
    { serviceTier },
  );
}

/** `providerMetadata.minimax` for a finished call: its cost, when it can be priced. */
export function buildMiniMaxUsageMetadata(
  modelId: string,
  usage: MiniMaxUsage,
  serviceTier?: string,
): Record<string, unknown> {
  const cost = priceMiniMaxUsage(modelId, usage, serviceTier);
  return cost ? { cost } : {};
}

/** The Anthropic-compatible `usage` object, as far as it is read. */
export interface MiniMaxMessagesWireUsage {
  input_tokens?: number | null;
  output_tokens?: number | null;
  cache_creation_input_tokens?: number | null;
  cache_read_input_tokens?: number | null;
}

/**
 * Messages usage: `input_tokens` excludes cached tokens, so the input total is
 * the sum of uncached, cache-write and cache-read tokens.
 */
export function convertMiniMaxMessagesUsage(usage: MiniMaxMessagesWireUsage | undefined): MiniMaxUsage {
  if (!usage) return emptyMiniMaxUsage();
  const noCache = usage.input_tokens ?? undefined;
  const cacheWrite = usage.cache_creation_input_tokens ?? undefined;
  const cacheRead = usage.cache_read_input_tokens ?? undefined;
  const anyInput = noCache !== undefined || cacheWrite !== undefined || cacheRead !== undefined;
  const output = usage.output_tokens ?? undefined;
  return {
    inputTokens: {
      total: anyInput ? (noCache ?? 0) + (cacheWrite ?? 0) + (cacheRead ?? 0) : undefined,
      noCache,
      cacheRead,
      cacheWrite,
    },
    outputTokens: { total: output, text: output, reasoning: undefined },
    raw: usage as Record<string, unknown>,
  };
}
