import type { MiniMaxCost } from './minimax-pricing';
import type { MiniMaxReasoningDetail } from './minimax-reasoning-details';
import type { MiniMaxSpeechCost } from './speech/minimax-speech-models';

/**
 * What this provider puts under `providerMetadata.minimax`: the call's cost on
 * results and finish parts; reasoning details on reasoning parts and the first
 * tool call (the SDK hands these back for interleaved thinking).
 */
export interface MiniMaxProviderMetadata {
  cost?: MiniMaxCost;
  reasoningDetails?: MiniMaxReasoningDetail[];
}

/**
 * Reads the USD cost of a call (or a step) from `providerMetadata`; `undefined` when it could not be priced. On a
 * speech result it is a `MiniMaxSpeechCost` (billed characters; the whole price is `input`, so `total` adds up with
 * language-model costs).
 */
export function getMiniMaxCost(providerMetadata: unknown): MiniMaxCost | MiniMaxSpeechCost | undefined {
  const minimax = (providerMetadata as { minimax?: MiniMaxProviderMetadata } | undefined)?.minimax;
  const cost = minimax?.cost;
  return cost && typeof cost.total === 'number' ? cost : undefined;
}
