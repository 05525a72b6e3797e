import { CacheBreakpoints } from './minimax-cache-breakpoints';
import { convertToMiniMaxMessages, type MiniMaxMessagesMessage } from './convert-to-minimax-messages-prompt';
import { jsonResponseInstruction } from '../language-model/json-response-instruction';
import { prepareMiniMaxCallSettings } from '../language-model/prepare-minimax-call-settings';
import { prepareMiniMaxMessagesTools, type MiniMaxMessagesTool, type MiniMaxMessagesToolChoice } from './prepare-minimax-messages-tools';
import type { MiniMaxCallOptions, MiniMaxWarning } from '../shared/minimax-neutral-types';

/** The `/anthropic/v1/messages` request body this provider sends. */
export interface MiniMaxMessagesRequestBody {
  model: string;
  max_tokens: number;
  messages: MiniMaxMessagesMessage[];
  system?: ReturnType<typeof convertToMiniMaxMessages>['system'];
  temperature?: number;
  top_p?: number;
  stop_sequences?: string[];
  tools?: MiniMaxMessagesTool[];
  tool_choice?: MiniMaxMessagesToolChoice;
  thinking?: { type: 'enabled'; budget_tokens: number } | { type: 'disabled' } | { type: 'adaptive' };
  metadata?: { user_id: string };
  stream?: boolean;
}

/** When neither the caller nor the model table gives a limit (unknown model ids). */
const FALLBACK_MAX_TOKENS = 8_192;

/** Builds the messages body for a call, with the warnings the call earned. */
export function buildMiniMaxMessagesRequest(
  modelId: string,
  options: MiniMaxCallOptions,
  stream: boolean,
): { body: MiniMaxMessagesRequestBody; warnings: MiniMaxWarning[]; serviceTier?: string } {
  const settings = prepareMiniMaxCallSettings(modelId, options);
  const { rules, providerOptions } = settings;
  const warnings = [...settings.warnings];
  if (providerOptions.reasoningSplit !== undefined) {
    warnings.push({ type: 'other', message: 'reasoningSplit applies to the chat endpoint only; messages always return thinking blocks.' });
  }
  if (providerOptions.serviceTier) {
    warnings.push({ type: 'other', message: 'serviceTier applies to the chat endpoint only; it was not sent.' });
  }

  let extraSystemText: string | undefined;
  if (options.responseFormat?.type === 'json') {
    const instruction = jsonResponseInstruction(modelId, options.responseFormat);
    extraSystemText = instruction.text;
    warnings.push(instruction.warning);
  }

  // Breakpoints are handed out in the order MiniMax caches the prefix: tools, system, messages.
  const breakpoints = new CacheBreakpoints();
  const tools = prepareMiniMaxMessagesTools(options.tools, options.toolChoice, breakpoints);
  warnings.push(...tools.warnings);
  const { system, messages } = convertToMiniMaxMessages(options.prompt, {
    imageInput: rules.capabilities.imageInput,
    breakpoints,
    extraSystemText,
  });
  warnings.push(...breakpoints.warnings());

  const thinking = settings.thinking;
  const body: MiniMaxMessagesRequestBody = {
    model: modelId,
    max_tokens: settings.maxOutputTokens ?? rules.defaultMaxOutputTokens ?? FALLBACK_MAX_TOKENS,
    messages,
    ...(system ? { system } : {}),
    ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
    ...(settings.topP !== undefined ? { top_p: settings.topP } : {}),
    ...(settings.stopSequences ? { stop_sequences: settings.stopSequences } : {}),
    ...(tools.tools ? { tools: tools.tools } : {}),
    ...(tools.toolChoice ? { tool_choice: tools.toolChoice } : {}),
    ...(thinking
      ? {
          thinking:
            thinking.type === 'enabled'
              ? { type: 'enabled' as const, budget_tokens: thinking.budgetTokens ?? 1024 }
              : { type: thinking.type },
        }
      : {}),
    ...(providerOptions.user ? { metadata: { user_id: providerOptions.user } } : {}),
    ...(stream ? { stream: true } : {}),
  };
  return { body, warnings };
}
