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
  ProviderOptions,
  ToolResultPart,
  TextPart,
  ReasoningPart,
  ToolCallPart,
} from '../../core/shared/minimax-neutral-types';
import { sharedCallSettings } from './shared-call-settings';

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

/** The elements of an array that is one of the specs' (a union of array types), as one array of their union. */
function elements<LIST extends ReadonlyArray<unknown>>(list: LIST): ReadonlyArray<LIST[number]> {
  return list;
}

/** A part's or message's provider options, to spread into its neutral form. */
function optionsOf(source: { providerOptions?: ProviderOptions }): { providerOptions?: ProviderOptions } {
  return source.providerOptions ? { providerOptions: source.providerOptions } : {};
}

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
    ...optionsOf(part),
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
      return {
        type: 'content',
        // MiniMax takes text only: any other item is named by its media type (or its kind) in the error that refuses it.
        value: elements(output.value).map((item) =>
          item.type === 'text'
            ? { type: 'text' as const, text: item.text }
            : { type: 'file' as const, mediaType: 'mediaType' in item && item.mediaType !== undefined ? item.mediaType : item.type },
        ),
      };
    }
  }
}

function toolResult(part: SpecToolResultPart): ToolResultPart {
  return takeOptions<ToolResultPart>(
    { type: 'tool-result', toolCallId: part.toolCallId, toolName: part.toolName, output: toolOutput(part.output) },
    part,
  );
}

/**
 * Gives `target` the provider options of `source`, when it has any (set in place: a prompt of hundreds of messages
 * is converted on every step of an agent loop, and a spread per part costs an object each).
 */
function takeOptions<TARGET extends { providerOptions?: ProviderOptions }>(target: TARGET, source: { providerOptions?: ProviderOptions }): TARGET {
  const options: { providerOptions?: ProviderOptions } = target;
  if (source.providerOptions !== undefined) options.providerOptions = source.providerOptions;
  return target;
}

function userContent(message: Extract<SpecMessage, { role: 'user' }>): Extract<MiniMaxMessage, { role: 'user' }>['content'] {
  const content: Extract<MiniMaxMessage, { role: 'user' }>['content'] = [];
  for (const part of elements(message.content)) {
    content.push(part.type === 'file' ? filePart(part) : takeOptions<TextPart>({ type: 'text', text: part.text }, part));
  }
  return content;
}

function assistantContent(message: Extract<SpecMessage, { role: 'assistant' }>): Extract<MiniMaxMessage, { role: 'assistant' }>['content'] {
  const content: Extract<MiniMaxMessage, { role: 'assistant' }>['content'] = [];
  for (const part of elements(message.content)) {
    switch (part.type) {
      case 'text':
      case 'reasoning':
        content.push(takeOptions<TextPart | ReasoningPart>({ type: part.type, text: part.text }, part));
        break;
      case 'file':
      case 'reasoning-file':
        content.push(filePart(part));
        break;
      case 'tool-call':
        content.push(takeOptions<ToolCallPart>({ type: 'tool-call', toolCallId: part.toolCallId, toolName: part.toolName, input: part.input }, part));
        break;
      case 'tool-result':
        content.push(toolResult(part));
        break;
      // `custom` parts belong to other providers: nothing MiniMax can read.
    }
  }
  return content;
}

/** Converts a V2, V3 or V4 prompt to the neutral prompt. */
export function convertSpecPrompt(prompt: ReadonlyArray<SpecMessage>): MiniMaxPrompt {
  const out: MiniMaxMessage[] = [];
  for (const message of prompt) {
    switch (message.role) {
      case 'system':
        out.push(takeOptions<MiniMaxMessage>({ role: 'system', content: message.content }, message));
        break;
      case 'user':
        out.push(takeOptions<MiniMaxMessage>({ role: 'user', content: userContent(message) }, message));
        break;
      case 'tool': {
        // Approval responses are the SDK's business; only results go to MiniMax.
        const content: ToolResultPart[] = [];
        for (const part of elements(message.content)) if (part.type === 'tool-result') content.push(toolResult(part));
        out.push(takeOptions<MiniMaxMessage>({ role: 'tool', content }, message));
        break;
      }
      case 'assistant':
        out.push(takeOptions<MiniMaxMessage>({ role: 'assistant', content: assistantContent(message) }, message));
        break;
    }
  }
  return out;
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
    ...optionsOf(tool),
  };
}

/** Call options of V2, V3 and V4 → neutral: the same fields (V4 adds `reasoning`), a prompt whose file data may be tagged. */
export function fromSpecCallOptions(options: SpecCallOptions): MiniMaxCallOptions {
  return {
    prompt: convertSpecPrompt(options.prompt),
    ...sharedCallSettings(options),
    maxOutputTokens: options.maxOutputTokens,
    responseFormat: options.responseFormat,
    tools: options.tools?.map(toNeutralTool),
    toolChoice: options.toolChoice,
    ...('reasoning' in options ? { reasoning: options.reasoning } : {}),
    providerOptions: options.providerOptions,
    includeRawChunks: options.includeRawChunks,
  };
}
