import { MINIMAX_WIRE_FACTS } from '../shared/minimax-facts';
import type { ProviderRecord } from '../shared/minimax-neutral-types';

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

const { reasoningDetail: DETAIL } = MINIMAX_WIRE_FACTS.chat;

/** The `type` of MiniMax's text reasoning details. */
export const REASONING_TEXT_TYPE = DETAIL.type;

/** A `reasoning_details` entry rebuilt from plain reasoning text (ai@4, or thinking that came as `<think>` tags). */
export function rebuildReasoningDetail(text: string, index: number): MiniMaxReasoningDetail {
  return {
    type: DETAIL.type,
    id: `${DETAIL.idPrefix}${index + 1}`,
    format: DETAIL.format,
    index,
    text,
  };
}

/** `providerMetadata` that carries reasoning details back to MiniMax in the next step of a tool loop. */
export function reasoningDetailsMetadata(details: MiniMaxReasoningDetail[]): ProviderRecord {
  return { minimax: { reasoningDetails: details } };
}

function isDetail(value: unknown): value is MiniMaxReasoningDetail {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Reads `providerOptions.minimax.reasoningDetails` that the SDK copied back from a result part. */
export function readReasoningDetails(options: ProviderRecord | undefined): MiniMaxReasoningDetail[] | undefined {
  const details = options?.minimax?.reasoningDetails;
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
