import type {
  LanguageModelV2CallOptions,
  LanguageModelV2FilePart,
  LanguageModelV2Message,
  LanguageModelV2ToolResultPart,
} from '@ai-sdk/provider-v2';
import type {
  LanguageModelV3CallOptions,
  LanguageModelV3FilePart,
  LanguageModelV3Message,
  LanguageModelV3ToolResultPart,
} from '@ai-sdk/provider-v3';
import type {
  LanguageModelV4CallOptions,
  LanguageModelV4FilePart,
  LanguageModelV4Message,
  LanguageModelV4ReasoningFilePart,
  LanguageModelV4ToolResultPart,
} from '@ai-sdk/provider';
import type {
  FilePart,
  ForeignTool,
  FunctionTool,
  MiniMaxCallOptions,
  MiniMaxMessage,
  MiniMaxPrompt,
  ToolResultOutput,
  ToolResultPart,
} from '../../core/shared/minimax-neutral-types';

/**
 * The call options and prompt of LanguageModelV2, V3 and V4 differ only in how
 * file data is tagged (V4 wraps it as `{type: 'data' | 'url' | …}`), in their
 * provider tools (`provider-defined` in V2), in tool-result content items, and
 * in a few part types MiniMax has no use for: one conversion serves the three.
 */
export type SpecCallOptions = LanguageModelV2CallOptions | LanguageModelV3CallOptions | LanguageModelV4CallOptions;
type SpecMessage = LanguageModelV2Message | LanguageModelV3Message | LanguageModelV4Message;
type SpecFilePart = LanguageModelV2FilePart | LanguageModelV3FilePart | LanguageModelV4FilePart | LanguageModelV4ReasoningFilePart;
type SpecToolResultPart = LanguageModelV2ToolResultPart | LanguageModelV3ToolResultPart | LanguageModelV4ToolResultPart;
type SpecTool = NonNullable<SpecCallOptions['tools']>[number];

/** V2/V3 data is bytes, base64 or a URL; V4 tags it. */
function fileData(data: SpecFilePart['data']): FilePart['data'] {
  if (data instanceof Uint8Array || typeof data === 'string' || data instanceof URL) return data;
  switch (data.type) {
    case 'data':
      return data.data;
    case 'url':
      return data.url;
    case 'text':
      return new TextEncoder().encode(data.text);
    default:
      // Provider references cannot be resolved by MiniMax: keep the reference text for the error.
      return JSON.stringify(data);
  }
}

function filePart(part: SpecFilePart): FilePart {
  return {
    type: 'file',
    data: fileData(part.data),
    mediaType: part.mediaType,
    ...('filename' in part && typeof part.filename === 'string' ? { filename: part.filename } : {}),
    ...(part.providerOptions ? { providerOptions: part.providerOptions } : {}),
  };
}

function toolOutput(output: SpecToolResultPart['output']): ToolResultOutput {
  switch (output.type) {
    case 'text':
    case 'error-text':
      return { type: output.type, value: output.value };
    case 'json':
    case 'error-json':
      return { type: output.type, value: output.value };
    case 'execution-denied':
      return { type: 'execution-denied', ...(output.reason !== undefined ? { reason: output.reason } : {}) };
    case 'content': {
      const items: ReadonlyArray<(typeof output.value)[number]> = output.value;
      return {
        type: 'content',
        // MiniMax takes text only: any other item is named by its media type (or its kind) in the error that refuses it.
        value: items.map((item) =>
          item.type === 'text'
            ? { type: 'text' as const, text: item.text }
            : { type: 'file' as const, mediaType: 'mediaType' in item && item.mediaType !== undefined ? item.mediaType : item.type },
        ),
      };
    }
  }
}

function toolResult(part: SpecToolResultPart): ToolResultPart {
  return {
    type: 'tool-result',
    toolCallId: part.toolCallId,
    toolName: part.toolName,
    output: toolOutput(part.output),
    ...(part.providerOptions ? { providerOptions: part.providerOptions } : {}),
  };
}

/** Converts a V2, V3 or V4 prompt to the neutral prompt. */
export function convertSpecPrompt(prompt: ReadonlyArray<SpecMessage>): MiniMaxPrompt {
  return prompt.map((message): MiniMaxMessage => {
    const providerOptions = message.providerOptions ? { providerOptions: message.providerOptions } : {};
    switch (message.role) {
      case 'system':
        return { role: 'system', content: message.content, ...providerOptions };
      case 'user': {
        const parts: ReadonlyArray<(typeof message.content)[number]> = message.content;
        return {
          role: 'user',
          content: parts.map((part) =>
            part.type === 'file'
              ? filePart(part)
              : { type: 'text' as const, text: part.text, ...(part.providerOptions ? { providerOptions: part.providerOptions } : {}) },
          ),
          ...providerOptions,
        };
      }
      case 'tool': {
        // Approval responses are the SDK's business; only results go to MiniMax.
        const parts: ReadonlyArray<(typeof message.content)[number]> = message.content;
        return { role: 'tool', content: parts.flatMap((part) => (part.type === 'tool-result' ? [toolResult(part)] : [])), ...providerOptions };
      }
      case 'assistant': {
        const content: Extract<MiniMaxMessage, { role: 'assistant' }>['content'] = [];
        const parts: ReadonlyArray<(typeof message.content)[number]> = message.content;
        for (const part of parts) {
          const partOptions = part.providerOptions ? { providerOptions: part.providerOptions } : {};
          switch (part.type) {
            case 'text':
            case 'reasoning':
              content.push({ type: part.type, text: part.text, ...partOptions });
              break;
            case 'file':
            case 'reasoning-file':
              content.push(filePart(part));
              break;
            case 'tool-call':
              content.push({ type: 'tool-call', toolCallId: part.toolCallId, toolName: part.toolName, input: part.input, ...partOptions });
              break;
            case 'tool-result':
              content.push(toolResult(part));
              break;
            // `custom` parts belong to other providers: nothing MiniMax can read.
          }
        }
        return { role: 'assistant', content, ...providerOptions };
      }
    }
  });
}

/** V2 names other providers' tools `provider-defined`, V3 and V4 `provider`. */
function toNeutralTool(tool: SpecTool): FunctionTool | ForeignTool {
  if (tool.type !== 'function') return { type: 'provider', id: tool.id, name: tool.name, args: tool.args };
  return {
    type: 'function',
    name: tool.name,
    ...(tool.description !== undefined ? { description: tool.description } : {}),
    inputSchema: tool.inputSchema,
    ...('strict' in tool && tool.strict !== undefined ? { strict: tool.strict } : {}),
    ...(tool.providerOptions ? { providerOptions: tool.providerOptions } : {}),
  };
}

/** Call options of V2, V3 and V4 → neutral: the same fields (V4 adds `reasoning`), a prompt whose file data may be tagged. */
export function fromSpecCallOptions(options: SpecCallOptions): MiniMaxCallOptions {
  return {
    prompt: convertSpecPrompt(options.prompt),
    maxOutputTokens: options.maxOutputTokens,
    temperature: options.temperature,
    topP: options.topP,
    topK: options.topK,
    presencePenalty: options.presencePenalty,
    frequencyPenalty: options.frequencyPenalty,
    stopSequences: options.stopSequences,
    seed: options.seed,
    responseFormat: options.responseFormat,
    tools: options.tools?.map(toNeutralTool),
    toolChoice: options.toolChoice,
    ...('reasoning' in options ? { reasoning: options.reasoning } : {}),
    providerOptions: options.providerOptions,
    headers: options.headers,
    abortSignal: options.abortSignal,
    includeRawChunks: options.includeRawChunks,
  };
}
