import { CacheBreakpoints } from './minimax-cache-breakpoints';
import { convertToMiniMaxMessages, type MiniMaxMessagesMessage } from './convert-to-minimax-messages-prompt';
import { readMiniMaxMessagesOptions, type MiniMaxMessagesOptionFields } from './minimax-messages-options';
import { jsonResponseInstruction } from '../language-model/json-response-instruction';
import type { MiniMaxModelIds } from '../language-model/minimax-endpoint';
import { prepareMiniMaxCallSettings } from '../language-model/prepare-minimax-call-settings';
import { repairMiniMaxToolHistory } from '../language-model/repair-minimax-tool-history';
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
  thinking?: MiniMaxMessagesOptionFields['thinking'];
  metadata?: MiniMaxMessagesOptionFields['metadata'];
  stream?: boolean;
}

/** When neither the caller nor the model table gives a limit (unknown model ids). */
const FALLBACK_MAX_TOKENS = 8_192;

/** Builds the messages body for a call, with the warnings the call earned. */
export function buildMiniMaxMessagesRequest(
  model: MiniMaxModelIds,
  options: MiniMaxCallOptions,
  stream: boolean,
): { body: MiniMaxMessagesRequestBody; warnings: MiniMaxWarning[]; serviceTier?: string } {
  const settings = prepareMiniMaxCallSettings(model.facts, options);
  const { rules } = settings;
  const providerFields = readMiniMaxMessagesOptions(settings);
  const warnings = [...settings.warnings, ...providerFields.warnings];

  let extraSystemText: string | undefined;
  if (options.responseFormat?.type === 'json') {
    const instruction = jsonResponseInstruction(model.facts, options.responseFormat);
    extraSystemText = instruction.text;
    warnings.push(instruction.warning);
  }

  // Breakpoints are handed out in the order MiniMax caches the prefix: tools, system, messages.
  const breakpoints = new CacheBreakpoints();
  const tools = prepareMiniMaxMessagesTools(options.tools, options.toolChoice, breakpoints);
  warnings.push(...tools.warnings);
  const history = repairMiniMaxToolHistory(options.prompt);
  warnings.push(...history.warnings);
  const { system, messages } = convertToMiniMaxMessages(history.prompt, {
    imageInput: rules.capabilities.imageInput,
    breakpoints,
    extraSystemText,
  });
  warnings.push(...breakpoints.warnings());

  const body: MiniMaxMessagesRequestBody = {
    model: model.wire,
    max_tokens: settings.maxOutputTokens ?? rules.defaultMaxOutputTokens ?? FALLBACK_MAX_TOKENS,
    messages,
    ...(system ? { system } : {}),
    ...(settings.temperature !== undefined ? { temperature: settings.temperature } : {}),
    ...(settings.topP !== undefined ? { top_p: settings.topP } : {}),
    ...(settings.stopSequences ? { stop_sequences: settings.stopSequences } : {}),
    ...(tools.tools ? { tools: tools.tools } : {}),
    ...(tools.toolChoice ? { tool_choice: tools.toolChoice } : {}),
    ...providerFields.fields,
    ...(stream ? { stream: true } : {}),
  };
  return { body, warnings };
}
