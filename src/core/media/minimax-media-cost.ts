import type { MiniMaxCost } from '../shared/minimax-pricing';

const round = (usd: number) => Math.round(usd * 1e10) / 1e10;

/**
 * `MiniMaxCost` as an object type rather than an interface: the same fields, and JSON-typed, so the metadata that
 * holds it is a `JSONObject` of every spec without a cast (an interface has no index signature).
 */
export type MiniMaxMediaCost = { [FIELD in keyof MiniMaxCost]: MiniMaxCost[FIELD] };

/**
 * A media call's cost in the same shape as a language-model call's, so `getMiniMaxCost` and sums over steps treat
 * both alike: `output` is what was generated (images, seconds of video), `input` what MiniMax bills for inputs
 * (reference images beyond the free ones, reference video seconds). There are no cache prices for media.
 */
export function minimaxMediaCost(output: number, input = 0): MiniMaxMediaCost {
  return { input: round(input), cacheRead: 0, cacheWrite: 0, output: round(output), total: round(input + output), currency: 'USD' };
}

/** Adds costs up field by field (the images of an image call); `undefined` when none is given. */
export function sumMiniMaxCosts(costs: MiniMaxCost[]): MiniMaxCost | undefined {
  if (costs.length === 0) return undefined;
  const sum = (field: 'input' | 'cacheRead' | 'cacheWrite' | 'output') => round(costs.reduce((total, cost) => total + (cost[field] ?? 0), 0));
  const input = sum('input');
  const cacheRead = sum('cacheRead');
  const cacheWrite = sum('cacheWrite');
  const output = sum('output');
  return { input, cacheRead, cacheWrite, output, total: round(input + cacheRead + cacheWrite + output), currency: 'USD' };
}
