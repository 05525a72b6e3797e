import { convertToMiniMaxChatMessages, type MiniMaxChatMessage } from './convert-to-minimax-chat-messages';
import { jsonResponseInstruction } from '../language-model/json-response-instruction';
import { prepareMiniMaxCallSettings } from '../language-model/prepare-minimax-call-settings';
import { prepareMiniMaxChatTools, type MiniMaxChatTool, type MiniMaxChatToolChoice } from './prepare-minimax-chat-tools';
import type { MiniMaxCallOptions, MiniMaxWarning } from '../shared/minimax-neutral-types';

/** The `/chat/completions` request body this provider sends. */
export interface MiniMaxChatRequestBody {
  model: string;
  messages: MiniMaxChatMessage[];
  max_completion_tokens?: number;
  temperature?: number;
  top_p?: number;
  stop?: string[];
  tools?: MiniMaxChatTool[];
  tool_choice?: MiniMaxChatToolChoice;
  response_format?:
    | { type: 'json_object' }
    | { type: 'json_schema'; json_schema: { name: string; description?: string; schema: Record<string, unknown> } };
  reasoning_split?: boolean;
  thinking?: { type: 'adaptive' | 'disabled' };
  service_tier?: string;
  user?: string;
  stream?: boolean;
  stream_options?: { include_usage: boolean };
}

/** Builds the chat-completions body for a call, with the warnings the call earned. */
export function buildMiniMaxChatRequest(
  modelId: string,
  options: MiniMaxCallOptions,
  stream: boolean,
): { body: MiniMaxChatRequestBody; warnings: MiniMaxWarning[]; serviceTier?: string } {
  const settings = prepareMiniMaxCallSettings(modelId, options);
  const { rules, providerOptions } = settings;
  const warnings = [...settings.warnings];
  const reasoningSplit = providerOptions.reasoningSplit ?? true;

  let responseFormat: MiniMaxChatRequestBody['response_format'];
  let extraSystemText: string | undefined;
  if (options.responseFormat?.type === 'json') {
    const { schema, name, description } = options.responseFormat;
    if (rules.capabilities.responseFormat) {
      responseFormat = schema
        ? {
            type: 'json_schema',
            json_schema: { name: name ?? 'response', ...(description ? { description } : {}), schema },
          }
        : { type: 'json_object' };
    } else {
      const instruction = jsonResponseInstruction(modelId, options.responseFormat);
      extraSystemText = instruction.text;
      warnings.push(instruction.warning);
    }
  }

  const tools = prepareMiniMaxChatTools(options.tools, options.toolChoice, rules.capabilities);
  warnings.push(...tools.warnings);

  const messages = convertToMiniMaxChatMessages(options.prompt, {
    imageInput: rules.capabilities.imageInput,
    reasoningSplit,
    extraSystemText,
  });

  const thinking = settings.thinking;
  const body: MiniMaxChatRequestBody = {
    model: modelId,
    messages,
    ...(settings.maxOutputTokens !== undefined ? { max_completion_tokens: settings.maxOutputTokens } : {}),
    ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
    ...(settings.topP !== undefined ? { top_p: settings.topP } : {}),
    ...(settings.stopSequences ? { stop: settings.stopSequences } : {}),
    ...(tools.tools ? { tools: tools.tools } : {}),
    ...(tools.toolChoice !== undefined ? { tool_choice: tools.toolChoice } : {}),
    ...(responseFormat ? { response_format: responseFormat } : {}),
    reasoning_split: reasoningSplit,
    // Chat's `thinking` is M3's switch (adaptive / disabled); M2.x always thinks.
    ...(thinking && rules.capabilities.thinkingToggle
      ? { thinking: { type: thinking.type === 'disabled' ? 'disabled' : 'adaptive' } }
      : {}),
    ...(providerOptions.serviceTier ? { service_tier: providerOptions.serviceTier } : {}),
    ...(providerOptions.user ? { user: providerOptions.user } : {}),
    ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
  };
  return { body, warnings, serviceTier: providerOptions.serviceTier };
}
