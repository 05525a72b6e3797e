import { MINIMAX_WIRE_FACTS } from '../shared/minimax-facts';
import type { JsonObject, ProviderMetadata, ProviderOptions } from '../shared/minimax-neutral-types';
import type { MiniMaxReasoningDetail } from '../shared/minimax-provider-metadata';

/** A reasoning detail as the provider emits it in metadata: JSON, with MiniMax's `type`. */
export type ReasoningDetailJson = JsonObject & { type: string };

const { reasoningDetail: DETAIL } = MINIMAX_WIRE_FACTS.chat;

/** The `type` of MiniMax's text reasoning details. */
export const REASONING_TEXT_TYPE = DETAIL.type;

/** A `reasoning_details` entry rebuilt from plain reasoning text (ai@4, or thinking that came as `<think>` tags). */
export function rebuildReasoningDetail(
  text: string,
  index: number,
): { type: string; id: string; format: string; index: number; text: string } {
  return {
    type: DETAIL.type,
    id: `${DETAIL.idPrefix}${index + 1}`,
    format: DETAIL.format,
    index,
    text,
  };
}

/** `providerMetadata` that carries reasoning details back to MiniMax in the next step of a tool loop. */
export function reasoningDetailsMetadata(details: ReasoningDetailJson[]): ProviderMetadata {
  return { minimax: { reasoningDetails: details } };
}

function isDetail(value: unknown): value is MiniMaxReasoningDetail {
  return typeof value === 'object' && value !== null && 'type' in value && typeof value.type === 'string';
}

/** Reads `providerOptions.minimax.reasoningDetails` that the SDK copied back from a result part. */
export function readReasoningDetails(options: ProviderOptions | undefined): MiniMaxReasoningDetail[] | undefined {
  const details: unknown = options?.minimax?.reasoningDetails;
  return Array.isArray(details) && details.every(isDetail) ? details : undefined;
}

/** Adds details not already present (the same block can come back on a reasoning part and on a tool call). */
export function mergeReasoningDetails(
  into: MiniMaxReasoningDetail[],
  details: MiniMaxReasoningDetail[],
): MiniMaxReasoningDetail[] {
  for (const detail of details) {
    const key = JSON.stringify(detail);
    if (!into.some((existing) => JSON.stringify(existing) === key)) into.push(detail);
  }
  return into;
}
