import type {
  LanguageModelV1CallOptions,
  LanguageModelV1FunctionTool,
  LanguageModelV1Prompt,
  LanguageModelV1ProviderMetadata,
  LanguageModelV1ToolResultPart,
} from '@ai-sdk/provider-v1';
import type {
  FunctionTool,
  MiniMaxCallOptions,
  MiniMaxMessage,
  MiniMaxPrompt,
  ToolResultOutput,
} from '../../core/shared/minimax-neutral-types';
import { sharedCallSettings } from './shared-call-settings';

/** ai@4 carries provider options as `providerMetadata` on messages and parts. */
function partOptions(part: { providerMetadata?: LanguageModelV1ProviderMetadata }) {
  return part.providerMetadata ? { providerOptions: part.providerMetadata } : {};
}

function v1ToolOutput(part: LanguageModelV1ToolResultPart): ToolResultOutput {
  const { content, result } = part;
  if (content && content.length > 0) {
    return {
      type: 'content',
      value: content.map((item) =>
        item.type === 'text'
          ? { type: 'text' as const, text: item.text ?? '' }
          : { type: 'file' as const, mediaType: item.mimeType ?? 'image/*' },
      ),
    };
  }
  if (part.isError) return typeof result === 'string' ? { type: 'error-text', value: result } : { type: 'error-json', value: result };
  return typeof result === 'string' ? { type: 'text', value: result } : { type: 'json', value: result };
}

/** The ai@4 prompt → neutral prompt. */
export function convertV1Prompt(prompt: LanguageModelV1Prompt): MiniMaxPrompt {
  return prompt.map((message): MiniMaxMessage => {
    const messageOptions = partOptions(message);
    switch (message.role) {
      case 'system':
        return { role: 'system', content: message.content, ...messageOptions };
      case 'user':
        return {
          role: 'user',
          content: message.content.map((part) => {
            if (part.type === 'text') return { type: 'text' as const, text: part.text, ...partOptions(part) };
            if (part.type === 'image') {
              return { type: 'file' as const, data: part.image, mediaType: part.mimeType ?? 'image/*', ...partOptions(part) };
            }
            return {
              type: 'file' as const,
              data: part.data,
              mediaType: part.mimeType,
              ...(part.filename ? { filename: part.filename } : {}),
              ...partOptions(part),
            };
          }),
          ...messageOptions,
        };
      case 'assistant':
        return {
          role: 'assistant',
          content: message.content.map((part) => {
            switch (part.type) {
              case 'text':
                return { type: 'text' as const, text: part.text, ...partOptions(part) };
              case 'reasoning':
                return {
                  type: 'reasoning' as const,
                  text: part.text,
                  ...(part.signature ? { signature: part.signature } : {}),
                  ...partOptions(part),
                };
              case 'redacted-reasoning':
                return { type: 'reasoning' as const, text: part.data, redacted: true, ...partOptions(part) };
              case 'tool-call':
                return {
                  type: 'tool-call' as const,
                  toolCallId: part.toolCallId,
                  toolName: part.toolName,
                  input: part.args,
                  ...partOptions(part),
                };
              case 'file':
                return { type: 'file' as const, data: part.data, mediaType: part.mimeType, ...partOptions(part) };
            }
          }),
          ...messageOptions,
        };
      case 'tool':
        return {
          role: 'tool',
          content: message.content.map((part) => ({
            type: 'tool-result' as const,
            toolCallId: part.toolCallId,
            toolName: part.toolName,
            output: v1ToolOutput(part),
            ...partOptions(part),
          })),
          ...messageOptions,
        };
    }
  });
}

function v1FunctionTool(tool: LanguageModelV1FunctionTool): FunctionTool {
  return {
    type: 'function',
    name: tool.name,
    ...(tool.description ? { description: tool.description } : {}),
    inputSchema: tool.parameters,
  };
}

/** ai@4 call options → neutral: `mode` becomes tools / response format, `maxTokens` the output limit. */
export function fromV1CallOptions(options: LanguageModelV1CallOptions): MiniMaxCallOptions {
  const { mode } = options;
  const neutral: MiniMaxCallOptions = {
    prompt: convertV1Prompt(options.prompt),
    ...sharedCallSettings(options),
    maxOutputTokens: options.maxTokens,
    responseFormat: options.responseFormat,
    providerOptions: options.providerMetadata,
  };
  switch (mode.type) {
    case 'regular':
      neutral.tools = mode.tools?.map((tool) =>
        tool.type === 'function' ? v1FunctionTool(tool) : { type: 'provider' as const, id: tool.id, name: tool.name, args: tool.args },
      );
      neutral.toolChoice = mode.toolChoice;
      break;
    case 'object-json':
      neutral.responseFormat = {
        type: 'json',
        ...(mode.schema ? { schema: mode.schema } : {}),
        ...(mode.name ? { name: mode.name } : {}),
        ...(mode.description ? { description: mode.description } : {}),
      };
      break;
    case 'object-tool':
      neutral.tools = [v1FunctionTool(mode.tool)];
      neutral.toolChoice = { type: 'tool', toolName: mode.tool.name };
      break;
  }
  return neutral;
}
