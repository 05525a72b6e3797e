import type { MiniMaxFinishReason, UnifiedFinishReason } from '../shared/minimax-neutral-types';

const UNIFIED: Record<string, UnifiedFinishReason> = {
  // chat completions
  stop: 'stop',
  length: 'length',
  content_filter: 'content-filter',
  tool_calls: 'tool-calls',
  function_call: 'tool-calls',
  // Anthropic-compatible messages
  end_turn: 'stop',
  stop_sequence: 'stop',
  max_tokens: 'length',
  tool_use: 'tool-calls',
  refusal: 'content-filter',
  pause_turn: 'other',
};

/** Maps MiniMax's `finish_reason` / `stop_reason` to the AI SDK's unified reason, keeping the raw one. */
export function mapMiniMaxFinishReason(raw: string | null | undefined): MiniMaxFinishReason {
  if (raw == null || raw === '') return { unified: 'other', raw: undefined };
  return { unified: UNIFIED[raw] ?? 'other', raw };
}
