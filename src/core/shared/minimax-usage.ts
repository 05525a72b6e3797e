import { calculateMiniMaxCost, type MiniMaxCost } from './minimax-pricing';
import type { JsonObject, MiniMaxUsage } from './minimax-neutral-types';

/** Usage nobody reported. */
export function emptyMiniMaxUsage(): MiniMaxUsage {
  return {
    inputTokens: { total: undefined, noCache: undefined, cacheRead: undefined, cacheWrite: undefined },
    outputTokens: { total: undefined, text: undefined, reasoning: undefined },
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
): JsonObject {
  const cost = priceMiniMaxUsage(modelId, usage, serviceTier);
  return cost ? { cost: { ...cost } } : {};
}
