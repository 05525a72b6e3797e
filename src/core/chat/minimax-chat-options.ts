import type { MINIMAX_WIRE_FACTS } from '../shared/minimax-facts';
import type { MiniMaxCallSettings } from '../language-model/prepare-minimax-call-settings';
import type { MiniMaxWarning } from '../shared/minimax-neutral-types';

/** The body fields of a chat-completions request that the provider options (and ai@7's `reasoning`) decide. */
export interface MiniMaxChatOptionFields {
  reasoning_split: boolean;
  thinking?: { type: (typeof MINIMAX_WIRE_FACTS.chat.thinkingTypes)[number] };
  service_tier?: string;
  user?: string;
}

/**
 * What `providerOptions.minimax` asks of a chat-completions request: thinking
 * in `reasoning_details` unless `reasoningSplit: false`; M3's thinking switch
 * (adaptive / disabled: M2.x always thinks, so nothing is sent there); the
 * service tier; the end user. Every option applies to chat: no warnings.
 */
export function readMiniMaxChatOptions(settings: MiniMaxCallSettings): {
  fields: MiniMaxChatOptionFields;
  warnings: MiniMaxWarning[];
} {
  const { providerOptions, thinking, rules } = settings;
  const fields: MiniMaxChatOptionFields = {
    reasoning_split: providerOptions.reasoningSplit ?? true,
    ...(thinking && rules.capabilities.thinkingToggle
      ? { thinking: { type: thinking.type === 'disabled' ? 'disabled' : 'adaptive' } }
      : {}),
    ...(providerOptions.serviceTier ? { service_tier: providerOptions.serviceTier } : {}),
    ...(providerOptions.user ? { user: providerOptions.user } : {}),
  };
  return { fields, warnings: [] };
}
