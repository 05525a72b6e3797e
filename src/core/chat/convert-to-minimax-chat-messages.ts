import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { readMiniMaxImageInput } from '../language-model/minimax-image-input';
import {
  mergeReasoningDetails,
  readReasoningDetails,
  rebuildReasoningDetail,
} from './minimax-reasoning-details';
import type { MiniMaxReasoningDetail } from '../shared/minimax-provider-metadata';
import type { FilePart, MiniMaxPrompt, ToolResultPart } from '../shared/minimax-neutral-types';
import { toolResultOutputText } from '../language-model/tool-result-output-text';

export interface MiniMaxChatToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

export type MiniMaxChatUserContent =
  | string
  | Array<{ type: 'text'; text: string } | { type: 'image_url'; image_url: { url: string } }>;

export type MiniMaxChatMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: MiniMaxChatUserContent }
  | {
      role: 'assistant';
      content: string;
      tool_calls?: MiniMaxChatToolCall[];
      reasoning_details?: MiniMaxReasoningDetail[];
    }
  | { role: 'tool'; tool_call_id: string; content: string };

export interface ConvertToMiniMaxChatMessagesOptions {
  /** The model accepts `image_url` parts (M3). */
  imageInput: boolean;
  /**
   * Thinking is exchanged as `reasoning_details` (reasoning_split on). When
   * off, MiniMax expects it back inline as `<think>…</think>` in `content`.
   */
  reasoningSplit: boolean;
  /** Extra system text (e.g. the JSON instruction for models without `response_format`). */
  extraSystemText?: string;
}

/**
 * Converts the neutral prompt to MiniMax chat messages, following MiniMax's
 * rules: one system message first; assistant content never `null`; tool
 * results as `tool` messages right after their call, in call order;
 * reasoning sent back for interleaved thinking.
 */
export function convertToMiniMaxChatMessages(
  prompt: MiniMaxPrompt,
  options: ConvertToMiniMaxChatMessagesOptions,
): MiniMaxChatMessage[] {
  const systemTexts: string[] = [];
  const messages: MiniMaxChatMessage[] = [];

  for (const message of prompt) {
    switch (message.role) {
      case 'system':
        if (message.content.trim().length > 0) systemTexts.push(message.content);
        break;
      case 'user':
        messages.push({ role: 'user', content: convertUserContent(message.content, options) });
        break;
      case 'assistant': {
        const { assistant, toolResults } = convertAssistant(message, options);
        messages.push(assistant);
        for (const result of toolResults) messages.push(convertToolResult(result));
        break;
      }
      case 'tool':
        for (const part of message.content) messages.push(convertToolResult(part));
        break;
    }
  }

  if (options.extraSystemText) systemTexts.push(options.extraSystemText);
  const ordered = orderToolResults(messages);
  return systemTexts.length > 0 ? [{ role: 'system', content: systemTexts.join('\n\n') }, ...ordered] : ordered;
}

function convertUserContent(
  parts: Array<{ type: 'text'; text: string } | FilePart>,
  options: ConvertToMiniMaxChatMessagesOptions,
): MiniMaxChatUserContent {
  if (parts.every((part): part is { type: 'text'; text: string } => part.type === 'text')) {
    return parts.map((part) => part.text).join('\n');
  }
  return parts.map((part) => {
    if (part.type === 'text') return { type: 'text' as const, text: part.text };
    return { type: 'image_url' as const, image_url: { url: imageUrl(part, options) } };
  });
}

/** An image as chat's `image_url`: a URL, or base64 data as a `data:` URL. */
function imageUrl(part: FilePart, options: ConvertToMiniMaxChatMessagesOptions): string {
  const image = readMiniMaxImageInput(part, options.imageInput);
  return image.type === 'url' ? image.url : `data:${image.mediaType};base64,${image.data}`;
}

function toArgumentsJson(input: unknown): string {
  if (typeof input === 'string') {
    try {
      JSON.parse(input);
      return input;
    } catch {
      return JSON.stringify(input);
    }
  }
  return JSON.stringify(input ?? {});
}

function convertAssistant(
  message: Extract<MiniMaxPrompt[number], { role: 'assistant' }>,
  options: ConvertToMiniMaxChatMessagesOptions,
): { assistant: MiniMaxChatMessage; toolResults: ToolResultPart[] } {
  let text = '';
  const reasoningTexts: string[] = [];
  const fromReasoningParts: MiniMaxReasoningDetail[] = [];
  const fromToolCalls: MiniMaxReasoningDetail[] = [];
  const toolCalls: MiniMaxChatToolCall[] = [];
  const toolResults: ToolResultPart[] = [];

  for (const part of message.content) {
    switch (part.type) {
      case 'text':
        text += part.text;
        break;
      case 'reasoning': {
        if (part.redacted) break; // opaque data from another provider: nothing MiniMax can read
        reasoningTexts.push(part.text);
        const details = readReasoningDetails(part.providerOptions);
        if (details) mergeReasoningDetails(fromReasoningParts, details);
        break;
      }
      case 'tool-call': {
        toolCalls.push({
          id: part.toolCallId,
          type: 'function',
          function: { name: part.toolName, arguments: toArgumentsJson(part.input) },
        });
        const details = readReasoningDetails(part.providerOptions);
        if (details) mergeReasoningDetails(fromToolCalls, details);
        break;
      }
      case 'tool-result':
        toolResults.push(part);
        break;
      case 'file':
        throw new UnsupportedFunctionalityError({
          functionality: 'file parts in assistant messages (MiniMax chat)',
        });
    }
  }

  // Exact details from provider metadata win; plain reasoning text is rebuilt (ai@4 path).
  let details = fromReasoningParts.length > 0 ? fromReasoningParts : fromToolCalls;
  if (details.length === 0) details = readReasoningDetails(message.providerOptions) ?? [];
  if (details.length === 0) details = reasoningTexts.filter((t) => t.length > 0).map(rebuildReasoningDetail);

  const assistant: Extract<MiniMaxChatMessage, { role: 'assistant' }> = { role: 'assistant', content: text };
  if (details.length > 0) {
    if (options.reasoningSplit) {
      assistant.reasoning_details = details;
    } else {
      const thinking = details.map((d) => d.text ?? '').join('\n');
      assistant.content = `<think>\n${thinking}\n</think>\n\n${text}`;
    }
  }
  if (toolCalls.length > 0) assistant.tool_calls = toolCalls;
  return { assistant, toolResults };
}

function convertToolResult(part: ToolResultPart): MiniMaxChatMessage {
  return { role: 'tool', tool_call_id: part.toolCallId, content: toolResultOutputText(part.output).content };
}

/**
 * MiniMax rejects tool results that do not follow their calls in order
 * (2013). Puts each run of tool messages in the order of the assistant
 * message's tool calls just before it.
 */
function orderToolResults(messages: MiniMaxChatMessage[]): MiniMaxChatMessage[] {
  for (let i = 0; i < messages.length; i++) {
    const message = messages[i];
    if (message.role !== 'assistant' || !message.tool_calls) continue;
    let end = i + 1;
    while (end < messages.length && messages[end].role === 'tool') end++;
    const order = new Map(message.tool_calls.map((call, index) => [call.id, index]));
    const run = messages.slice(i + 1, end).filter((m): m is Extract<MiniMaxChatMessage, { role: 'tool' }> => m.role === 'tool');
    run.sort((a, b) => (order.get(a.tool_call_id) ?? Infinity) - (order.get(b.tool_call_id) ?? Infinity));
    messages.splice(i + 1, run.length, ...run);
  }
  return messages;
}
