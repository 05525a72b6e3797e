import { sumMiniMaxCosts } from '../media/minimax-media-cost';
import type { MiniMaxCost } from './minimax-pricing';
import type { ProviderMetadata, ProviderOptions, ReadonlyJsonObject } from './minimax-neutral-types';
import type { MiniMaxSpeechCost } from '../speech/minimax-speech-models';

/**
 * One entry of MiniMax's `reasoning_details`. MiniMax's format today is
 * `{type: 'reasoning.text', id, format, index, text}`; unknown fields are kept
 * so a block goes back to MiniMax exactly as it came.
 */
export interface MiniMaxReasoningDetail {
  type: string;
  text?: string;
  id?: string;
  format?: string;
  index?: number;
  [key: string]: unknown;
}

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
 * on language-model, speech and video results, on one generated image (ai@7 `image.providerMetadata`) and on an
 * image result (the sum over `providerMetadata.minimax.images`). A speech cost is a `MiniMaxSpeechCost` (billed
 * characters; the whole price is `input`, so `total` adds up with language-model costs).
 */
export function getMiniMaxCost(providerMetadata: unknown): MiniMaxCost | MiniMaxSpeechCost | undefined {
  const minimax = (providerMetadata as { minimax?: MiniMaxProviderMetadata } | undefined)?.minimax;
  const cost = minimax?.cost;
  if (isCost(cost)) return cost;
  const images = Array.isArray(minimax?.images) ? minimax.images : [];
  return sumMiniMaxCosts(images.map((image) => image?.cost).filter(isCost));
}

/**
 * A messages-wire thinking block's round-trip data, on its reasoning part:
 * the `signature`, or the opaque `redactedData` of a redacted block. The SDK
 * copies it into the part's `providerOptions` for the next turn; ai@4 carries
 * it on parts of its own.
 */
export interface MiniMaxThinkingMetadata {
  signature?: string;
  redactedData?: string;
}

/** The `minimax` entry of provider options or metadata, if any. */
function minimaxEntry(record: ProviderOptions | ProviderMetadata | undefined): ReadonlyJsonObject | undefined {
  return record?.minimax;
}

/** Reads `signature` / `redactedData` from a part's provider options or metadata. */
export function readMiniMaxThinkingMetadata(record: ProviderOptions | ProviderMetadata | undefined): MiniMaxThinkingMetadata {
  const minimax = minimaxEntry(record);
  const { signature, redactedData } = minimax ?? {};
  return {
    ...(typeof signature === 'string' ? { signature } : {}),
    ...(typeof redactedData === 'string' ? { redactedData } : {}),
  };
}

/** Provider metadata of a thinking block's reasoning part, or `undefined` when there is nothing to carry. */
export function thinkingMetadata(thinking: MiniMaxThinkingMetadata): ProviderMetadata | undefined {
  const minimax = {
    ...(thinking.signature ? { signature: thinking.signature } : {}),
    ...(thinking.redactedData !== undefined ? { redactedData: thinking.redactedData } : {}),
  };
  return Object.keys(minimax).length > 0 ? { minimax } : undefined;
}
