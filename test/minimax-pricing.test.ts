import { describe, expect, it } from 'vitest';
import { getMiniMaxModelInfo, MINIMAX_MODELS } from '../src/core/shared/minimax-facts';
import { calculateMiniMaxCost } from '../src/core/shared/minimax-pricing';

describe('calculateMiniMaxCost', () => {
  it('prices MiniMax-M2.1 from the table: input excludes cached tokens', () => {
    expect(
      calculateMiniMaxCost('MiniMax-M2.1', { inputTokens: 1_000_000, outputTokens: 1_000_000, cacheReadTokens: 200_000 }),
    ).toEqual({ input: 0.24, cacheRead: 0.006, cacheWrite: 0, output: 1.2, total: 1.446, currency: 'USD' });
  });

  it.each([
    ['MiniMax-M2', 0.3, 1.2],
    ['MiniMax-M2.1-lightning', 0.3, 2.4],
    ['MiniMax-M2.5', 0.3, 1.2],
    ['MiniMax-M2.7-highspeed', 0.6, 2.4],
    ['minimax-m2.1', 0.3, 1.2],
  ])('prices %s at $%s in / $%s out per million', (model, input, output) => {
    const cost = calculateMiniMaxCost(model, { inputTokens: 1_000_000, outputTokens: 1_000_000 })!;
    expect([cost.input, cost.output]).toEqual([input, output]);
  });

  it('prices cache writes (Anthropic-compatible endpoint) separately', () => {
    expect(
      calculateMiniMaxCost('MiniMax-M2.1', { inputTokens: 3_000_000, outputTokens: 0, cacheReadTokens: 1_000_000, cacheWriteTokens: 1_000_000 }),
    ).toMatchObject({ input: 0.3, cacheRead: 0.03, cacheWrite: 0.375, total: 0.705 });
  });

  it('switches MiniMax-M3 to the upper tier above 512K input tokens', () => {
    const below = calculateMiniMaxCost('MiniMax-M3', { inputTokens: 512_000, outputTokens: 1_000 })!;
    const above = calculateMiniMaxCost('MiniMax-M3', { inputTokens: 512_001, outputTokens: 1_000 })!;
    expect(below).toMatchObject({ input: 0.1536, output: 0.0012 });
    expect(above).toMatchObject({ input: 0.3072006, output: 0.0024 });
  });

  it('bills the priority service tier at 1.5x', () => {
    expect(calculateMiniMaxCost('MiniMax-M2.1', { inputTokens: 1_000_000, outputTokens: 0 }, { serviceTier: 'priority' })!.total).toBe(0.45);
  });

  it('reports no cost for a model the table does not know, never an invented one', () => {
    expect(calculateMiniMaxCost('MiniMax-M9-experimental', { inputTokens: 10, outputTokens: 10 })).toBeUndefined();
  });
});

describe('MINIMAX_MODELS', () => {
  it('holds every model of the shared docs with limits and prices', () => {
    const ids = MINIMAX_MODELS.map((m) => m.id);
    for (const id of ['MiniMax-M2', 'MiniMax-M2.1', 'MiniMax-M2.1-lightning', 'MiniMax-M2.5', 'MiniMax-M2.5-highspeed', 'MiniMax-M2.7', 'MiniMax-M2.7-highspeed', 'MiniMax-M3', 'MiniMax-M1']) {
      expect(ids).toContain(id);
    }
    for (const model of MINIMAX_MODELS) {
      expect(model.contextWindow).toBeGreaterThan(100_000);
      expect(model.pricing.input).toBeGreaterThan(0);
      expect(model.pricing.output).toBeGreaterThan(model.pricing.input);
    }
  });

  it('finds ids case-insensitively and knows the renamed aliases', () => {
    expect(getMiniMaxModelInfo('minimax-m2.1-highspeed')).toMatchObject({ aliasOf: 'MiniMax-M2.1-lightning', pricing: { output: 2.4 } });
    expect(getMiniMaxModelInfo('MiniMax-M3')!.capabilities.imageInput).toBe(true);
    expect(getMiniMaxModelInfo('MiniMax-M2.1')!.temperature).toEqual({ min: 0, max: 1, minExclusive: true });
  });
});
