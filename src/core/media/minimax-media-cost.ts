import type { MiniMaxCost } from '../minimax-pricing';

const round = (usd: number) => Math.round(usd * 1e10) / 1e10;

/**
 * A media call's cost in the same shape as a language-model call's, so `getMiniMaxCost` and sums over steps treat
 * both alike: `output` is what was generated (images, seconds of video), `input` what MiniMax bills for inputs
 * (reference images beyond the free ones, reference video seconds). There are no cache prices for media.
 */
export function minimaxMediaCost(output: number, input = 0): MiniMaxCost {
  return { input: round(input), cacheRead: 0, cacheWrite: 0, output: round(output), total: round(input + output), currency: 'USD' };
}
