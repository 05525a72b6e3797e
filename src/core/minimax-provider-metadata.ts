import { sumMiniMaxCosts } from './media/minimax-media-cost';
import type { MiniMaxCost } from './minimax-pricing';
import type { MiniMaxReasoningDetail } from './minimax-reasoning-details';

/**
 * What this provider puts under `providerMetadata.minimax`: the call's cost on
 * results and finish parts; reasoning details on reasoning parts and the first
 * tool call (the SDK hands these back for interleaved thinking).
 */
export interface MiniMaxProviderMetadata {
  cost?: MiniMaxCost;
  reasoningDetails?: MiniMaxReasoningDetail[];
  /** Image calls: one entry per image with its own cost (`generateImage` on ai@5-7 keeps only this array). */
  images?: Array<{ cost?: MiniMaxCost }>;
}

const isCost = (cost: MiniMaxCost | undefined): cost is MiniMaxCost => typeof cost?.total === 'number';

/**
 * Reads the USD cost of a call (or a step) from `providerMetadata`; `undefined` when it could not be priced. Works
 * on language-model results, on video results, on one generated image (ai@7 `image.providerMetadata`) and on an
 * image result (the sum over `providerMetadata.minimax.images`).
 */
export function getMiniMaxCost(providerMetadata: unknown): MiniMaxCost | undefined {
  const minimax = (providerMetadata as { minimax?: MiniMaxProviderMetadata } | undefined)?.minimax;
  const cost = minimax?.cost;
  if (isCost(cost)) return cost;
  const images = Array.isArray(minimax?.images) ? minimax.images : [];
  return sumMiniMaxCosts(images.map((image) => image?.cost).filter(isCost));
}
