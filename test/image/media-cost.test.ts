/** `getMiniMaxCost` on every shape of metadata a MiniMax result carries. */
import { describe, expect, it } from 'vitest';
import { calculateMiniMaxCost, calculateMiniMaxImageCost, getMiniMaxCost } from '../../src/index';

const imageCost = { input: 0, cacheRead: 0, cacheWrite: 0, output: 0.0035, total: 0.0035, currency: 'USD' as const };

describe('getMiniMaxCost', () => {
  it('still reads a language-model call’s cost as it is', () => {
    const cost = calculateMiniMaxCost('MiniMax-M2.1', { inputTokens: 1000, outputTokens: 100 })!;
    expect(getMiniMaxCost({ minimax: { cost } })).toBe(cost);
  });

  it('sums the images of an image result (ai@5-7 keep only providerMetadata.minimax.images)', () => {
    const images = Array.from({ length: 3 }, (_, index) => ({ index, cost: imageCost }));
    expect(getMiniMaxCost({ minimax: { images } })).toEqual({ ...imageCost, output: 0.0105, total: 0.0105 });
    expect(calculateMiniMaxImageCost('image-01', 3)).toBe(0.0105);
  });

  it('reads one image’s own metadata (ai@7 image.providerMetadata) and a video result’s cost', () => {
    expect(getMiniMaxCost({ minimax: { index: 0, cost: imageCost } })).toEqual(imageCost);
    const video = { input: 0.08, cacheRead: 0, cacheWrite: 0, output: 0.65, total: 0.73, currency: 'USD' as const };
    expect(getMiniMaxCost({ minimax: { taskId: '1', cost: video } })).toEqual(video);
  });

  it('is undefined when nothing is priced or the metadata is not MiniMax’s', () => {
    expect(getMiniMaxCost({ minimax: { images: [{ index: 0 }, { index: 1 }] } })).toBeUndefined();
    expect(getMiniMaxCost({ minimax: { images: 'nope' } })).toBeUndefined();
    expect(getMiniMaxCost({ openai: { images: [] } })).toBeUndefined();
    expect(getMiniMaxCost(undefined)).toBeUndefined();
  });
});
