import { getMiniMaxModelInfo, type MiniMaxPrices } from './minimax-facts';

/** Token counts to price. `inputTokens` is every input token, cached or not. */
export interface MiniMaxTokenCounts {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens?: number;
  cacheWriteTokens?: number;
}

export interface MiniMaxCost {
  /** Non-cached input tokens. */
  input: number;
  cacheRead: number;
  cacheWrite: number;
  output: number;
  total: number;
  currency: 'USD';
}

const PER_MILLION = 1_000_000;
/** MiniMax bills `service_tier: "priority"` at 1.5x. */
const PRIORITY_MULTIPLIER = 1.5;

function usd(tokens: number, pricePerMillion: number, multiplier: number): number {
  // Round to 1e-10 USD so sums do not show binary floating-point noise.
  return Math.round(((tokens * pricePerMillion * multiplier) / PER_MILLION) * 1e10) / 1e10;
}

/** The prices that apply to a call of `inputTokens` input tokens (tiered models switch above a threshold). */
export function getMiniMaxPrices(modelId: string, inputTokens: number): MiniMaxPrices | undefined {
  const info = getMiniMaxModelInfo(modelId);
  if (!info) return undefined;
  let prices = info.pricing;
  for (const tier of info.pricingTiers ?? []) {
    if (inputTokens > tier.aboveInputTokens) prices = tier.prices;
  }
  return prices;
}

/** A count that can be priced: a finite number of at least 0 (an absent optional count is 0). */
function isPriceable(count: number | undefined): boolean {
  return count === undefined || (Number.isFinite(count) && count >= 0);
}

/**
 * Prices a call in USD from the bundled model table. Returns `undefined` for
 * a model id the table does not know, or for a count below zero or not
 * finite: no cost is ever invented.
 */
export function calculateMiniMaxCost(
  modelId: string,
  tokens: MiniMaxTokenCounts,
  options: { serviceTier?: string } = {},
): MiniMaxCost | undefined {
  const counts = [tokens.inputTokens, tokens.outputTokens, tokens.cacheReadTokens, tokens.cacheWriteTokens];
  if (!counts.every(isPriceable)) return undefined;
  const cacheRead = tokens.cacheReadTokens ?? 0;
  const cacheWrite = tokens.cacheWriteTokens ?? 0;
  const prices = getMiniMaxPrices(modelId, tokens.inputTokens);
  if (!prices) return undefined;
  const multiplier = options.serviceTier === 'priority' ? PRIORITY_MULTIPLIER : 1;
  const uncached = Math.max(0, tokens.inputTokens - cacheRead - cacheWrite);
  const cost = {
    input: usd(uncached, prices.input, multiplier),
    cacheRead: usd(cacheRead, prices.cacheRead, multiplier),
    cacheWrite: usd(cacheWrite, prices.cacheWrite ?? prices.input, multiplier),
    output: usd(tokens.outputTokens, prices.output, multiplier),
  };
  const total = Math.round((cost.input + cost.cacheRead + cost.cacheWrite + cost.output) * 1e10) / 1e10;
  return { ...cost, total, currency: 'USD' };
}
