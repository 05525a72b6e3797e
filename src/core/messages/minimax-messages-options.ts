import type { MiniMaxCallSettings } from '../language-model/prepare-minimax-call-settings';
import type { MiniMaxWarning } from '../shared/minimax-neutral-types';

/** The body fields of a messages request that the provider options (and ai@7's `reasoning`) decide. */
export interface MiniMaxMessagesOptionFields {
  thinking?: { type: 'enabled'; budget_tokens: number } | { type: 'disabled' } | { type: 'adaptive' };
  metadata?: { user_id: string };
}

/** Anthropic's default thinking budget, sent with `thinking: {type: 'enabled'}` when none is given. */
const DEFAULT_THINKING_BUDGET_TOKENS = 1024;

/**
 * What `providerOptions.minimax` asks of a messages request: `thinking`
 * (`enabled` with a budget, `adaptive`, `disabled`) and the end user as
 * `metadata.user_id`. The chat-only options are not sent, with a warning.
 */
export function readMiniMaxMessagesOptions(settings: MiniMaxCallSettings): {
  fields: MiniMaxMessagesOptionFields;
  warnings: MiniMaxWarning[];
} {
  const { providerOptions, thinking } = settings;
  const warnings: MiniMaxWarning[] = [];
  if (providerOptions.reasoningSplit !== undefined) {
    warnings.push({ type: 'other', message: 'reasoningSplit applies to the chat endpoint only; messages always return thinking blocks.' });
  }
  if (providerOptions.serviceTier) {
    warnings.push({ type: 'other', message: 'serviceTier applies to the chat endpoint only; it was not sent.' });
  }
  const fields: MiniMaxMessagesOptionFields = {
    ...(thinking
      ? {
          thinking:
            thinking.type === 'enabled'
              ? { type: 'enabled' as const, budget_tokens: thinking.budgetTokens ?? DEFAULT_THINKING_BUDGET_TOKENS }
              : { type: thinking.type },
        }
      : {}),
    ...(providerOptions.user ? { metadata: { user_id: providerOptions.user } } : {}),
  };
  return { fields, warnings };
}
