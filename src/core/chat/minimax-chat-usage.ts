import type { MiniMaxUsage } from '../shared/minimax-neutral-types';
import { emptyMiniMaxUsage } from '../shared/minimax-usage';
import type { MiniMaxChatWireUsage } from './minimax-chat-response-schema';

/** MiniMax sends zero usage on intermediate stream chunks: those must not replace real counts. */
export function isReportedChatUsage(usage: MiniMaxChatWireUsage | null | undefined): usage is MiniMaxChatWireUsage {
  return !!usage && ((usage.total_tokens ?? 0) > 0 || (usage.prompt_tokens ?? 0) > 0 || (usage.completion_tokens ?? 0) > 0);
}

/** Chat usage: `prompt_tokens` includes cached tokens, `completion_tokens` includes reasoning tokens. */
export function convertMiniMaxChatUsage(usage: MiniMaxChatWireUsage | null | undefined): MiniMaxUsage {
  if (!usage) return emptyMiniMaxUsage();
  const input = usage.prompt_tokens ?? undefined;
  const output = usage.completion_tokens ?? undefined;
  const cacheRead = usage.prompt_tokens_details?.cached_tokens ?? undefined;
  const reasoning = usage.completion_tokens_details?.reasoning_tokens ?? undefined;
  return {
    inputTokens: {
      total: input,
      noCache: difference(input, cacheRead),
      cacheRead,
      cacheWrite: undefined,
    },
    outputTokens: {
      total: output,
      text: difference(output, reasoning),
      reasoning,
    },
    raw: usage,
  };
}

/** `total - part`, unless the counts contradict each other (a part above its total): then unknown, never below zero. */
function difference(total: number | undefined, part: number | undefined): number | undefined {
  if (total === undefined) return undefined;
  const rest = total - (part ?? 0);
  return rest >= 0 ? rest : undefined;
}
