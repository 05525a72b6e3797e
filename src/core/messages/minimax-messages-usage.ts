import type { MiniMaxUsage } from '../shared/minimax-neutral-types';
import { emptyMiniMaxUsage } from '../shared/minimax-usage';
import type { MiniMaxMessagesWireUsage } from './minimax-messages-response-schema';

/**
 * Messages usage: `input_tokens` excludes cached tokens, so the input total is
 * the sum of uncached, cache-write and cache-read tokens.
 */
export function convertMiniMaxMessagesUsage(usage: MiniMaxMessagesWireUsage | undefined): MiniMaxUsage {
  if (!usage) return emptyMiniMaxUsage();
  const noCache = usage.input_tokens ?? undefined;
  const cacheWrite = usage.cache_creation_input_tokens ?? undefined;
  const cacheRead = usage.cache_read_input_tokens ?? undefined;
  const anyInput = noCache !== undefined || cacheWrite !== undefined || cacheRead !== undefined;
  const output = usage.output_tokens ?? undefined;
  return {
    inputTokens: {
      total: anyInput ? (noCache ?? 0) + (cacheWrite ?? 0) + (cacheRead ?? 0) : undefined,
      noCache,
      cacheRead,
      cacheWrite,
    },
    outputTokens: { total: output, text: output, reasoning: undefined },
    raw: usage,
  };
}
