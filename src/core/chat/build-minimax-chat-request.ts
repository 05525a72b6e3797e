import type { JSONSchema7 } from '@ai-sdk/provider';
import { convertToMiniMaxChatMessages, type MiniMaxChatMessage } from './convert-to-minimax-chat-messages';
import { readMiniMaxChatOptions, type MiniMaxChatOptionFields } from './minimax-chat-options';
import { jsonResponseInstruction } from '../language-model/json-response-instruction';
import type { MiniMaxModelIds } from '../language-model/minimax-endpoint';
import { prepareMiniMaxCallSettings } from '../language-model/prepare-minimax-call-settings';
import { repairMiniMaxToolHistory } from '../language-model/repair-minimax-tool-history';
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
    | { type: 'json_schema'; json_schema: { name: string; description?: string; schema: JSONSchema7 } };
  reasoning_split?: boolean;
  thinking?: MiniMaxChatOptionFields['thinking'];
  service_tier?: string;
  user?: string;
  stream?: boolean;
  stream_options?: { include_usage: boolean };
}

/** Builds the chat-completions body for a call, with the warnings the call earned. */
export function buildMiniMaxChatRequest(
  model: MiniMaxModelIds,
  options: MiniMaxCallOptions,
  stream: boolean,
): { body: MiniMaxChatRequestBody; warnings: MiniMaxWarning[]; serviceTier?: string } {
  const settings = prepareMiniMaxCallSettings(model.facts, options);
  const { rules } = settings;
  const providerFields = readMiniMaxChatOptions(settings);
  const warnings = [...settings.warnings, ...providerFields.warnings];

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
      const instruction = jsonResponseInstruction(model.facts, options.responseFormat);
      extraSystemText = instruction.text;
      warnings.push(instruction.warning);
    }
  }

  const tools = prepareMiniMaxChatTools(options.tools, options.toolChoice, rules.capabilities);
  warnings.push(...tools.warnings);

  const history = repairMiniMaxToolHistory(options.prompt);
  warnings.push(...history.warnings);
  const messages = convertToMiniMaxChatMessages(history.prompt, {
    imageInput: rules.capabilities.imageInput,
    reasoningSplit: providerFields.fields.reasoning_split,
    extraSystemText,
  });

  const body: MiniMaxChatRequestBody = {
    model: model.wire,
    messages,
    ...(settings.maxOutputTokens !== undefined ? { max_completion_tokens: settings.maxOutputTokens } : {}),
    ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
    ...(settings.topP !== undefined ? { top_p: settings.topP } : {}),
    ...(settings.stopSequences ? { stop: settings.stopSequences } : {}),
    ...(tools.tools ? { tools: tools.tools } : {}),
    ...(tools.toolChoice !== undefined ? { tool_choice: tools.toolChoice } : {}),
    ...(responseFormat ? { response_format: responseFormat } : {}),
    ...providerFields.fields,
    ...(stream ? { stream: true, stream_options: { include_usage: true } } : {}),
  };
  return { body, warnings, serviceTier: settings.providerOptions.serviceTier };
}
