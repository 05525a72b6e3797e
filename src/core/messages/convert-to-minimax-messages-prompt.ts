import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { readMiniMaxImageInput } from '../language-model/minimax-image-input';
import type { CacheBreakpoints, MiniMaxCacheControl } from './minimax-cache-breakpoints';
import type { FilePart, MiniMaxPrompt, ProviderOptions, ReasoningPart, ToolResultPart } from '../shared/minimax-neutral-types';
import { readMiniMaxThinkingMetadata } from '../shared/minimax-provider-metadata';
import { toolResultOutputText } from '../language-model/tool-result-output-text';

type Cache = { cache_control?: MiniMaxCacheControl };

export type MiniMaxMessagesBlock =
  | ({ type: 'text'; text: string } & Cache)
  | ({ type: 'image'; source: { type: 'base64'; media_type: string; data: string } | { type: 'url'; url: string } } & Cache)
  | { type: 'thinking'; thinking: string; signature?: string }
  | { type: 'redacted_thinking'; data: string }
  | ({ type: 'tool_use'; id: string; name: string; input: unknown } & Cache)
  | ({ type: 'tool_result'; tool_use_id: string; content: string; is_error?: boolean } & Cache);

export interface MiniMaxMessagesMessage {
  role: 'user' | 'assistant';
  content: MiniMaxMessagesBlock[];
}

export interface ConvertToMiniMaxMessagesOptions {
  imageInput: boolean;
  breakpoints: CacheBreakpoints;
  extraSystemText?: string;
}

/**
 * A reasoning part as a thinking block, sent back unchanged: its signature, or
 * a redacted block's data. ai@4 carries them on the part; ai@5+ hand back the
 * reasoning part's provider metadata as its provider options.
 */
function thinkingBlock(part: ReasoningPart): MiniMaxMessagesBlock {
  const fromOptions = readMiniMaxThinkingMetadata(part.providerOptions);
  const redactedData = fromOptions.redactedData ?? (part.redacted ? part.text : undefined);
  if (redactedData !== undefined) return { type: 'redacted_thinking', data: redactedData };
  const signature = part.signature ?? fromOptions.signature;
  return { type: 'thinking', thinking: part.text, ...(signature ? { signature } : {}) };
}

/** An image as a messages `image` block: a URL source, or a base64 source. */
function imageBlock(part: FilePart, options: ConvertToMiniMaxMessagesOptions): MiniMaxMessagesBlock {
  const image = readMiniMaxImageInput(part, options.imageInput);
  return {
    type: 'image',
    source: image.type === 'url' ? { type: 'url', url: image.url } : { type: 'base64', media_type: image.mediaType, data: image.data },
  };
}

function toolResultBlock(part: ToolResultPart, breakpoints: CacheBreakpoints): MiniMaxMessagesBlock {
  const { content, isError } = toolResultOutputText(part.output);
  return {
    type: 'tool_result',
    tool_use_id: part.toolCallId,
    content,
    ...(isError ? { is_error: true } : {}),
    ...breakpoints.take(part.providerOptions),
  };
}

/**
 * Converts the neutral prompt to MiniMax's Anthropic-compatible messages:
 * system text goes to the top-level `system`; consecutive turns of the same
 * role are merged (tool results join the user turn that follows their call);
 * thinking goes back with its signature, unchanged; `cacheControl` provider
 * options become `cache_control` on the matching block (a message's applies
 * to its last block).
 */
export function convertToMiniMaxMessages(
  prompt: MiniMaxPrompt,
  options: ConvertToMiniMaxMessagesOptions,
): { system?: Array<{ type: 'text'; text: string } & Cache>; messages: MiniMaxMessagesMessage[] } {
  const { breakpoints } = options;
  const system: Array<{ type: 'text'; text: string } & Cache> = [];
  const messages: MiniMaxMessagesMessage[] = [];

  const append = (role: 'user' | 'assistant', blocks: MiniMaxMessagesBlock[], messageOptions?: ProviderOptions) => {
    if (blocks.length === 0) return;
    // A message's breakpoint goes on its last block (thinking blocks take none).
    const last = blocks[blocks.length - 1];
    if (last.type !== 'thinking' && last.type !== 'redacted_thinking' && !last.cache_control) {
      Object.assign(last, breakpoints.take(messageOptions));
    }
    const previous = messages[messages.length - 1];
    if (previous && previous.role === role) previous.content.push(...blocks);
    else messages.push({ role, content: blocks });
  };

  for (const message of prompt) {
    switch (message.role) {
      case 'system':
        if (message.content.trim().length > 0) {
          system.push({ type: 'text', text: message.content, ...breakpoints.take(message.providerOptions) });
        }
        break;
      case 'user':
        append(
          'user',
          message.content.map((part) =>
            part.type === 'text'
              ? { type: 'text' as const, text: part.text, ...breakpoints.take(part.providerOptions) }
              : { ...imageBlock(part, options), ...breakpoints.take(part.providerOptions) },
          ),
          message.providerOptions,
        );
        break;
      case 'assistant': {
        const blocks: MiniMaxMessagesBlock[] = [];
        const results: MiniMaxMessagesBlock[] = [];
        for (const part of message.content) {
          switch (part.type) {
            case 'text':
              if (part.text.length > 0) blocks.push({ type: 'text', text: part.text, ...breakpoints.take(part.providerOptions) });
              break;
            case 'reasoning':
              blocks.push(thinkingBlock(part));
              break;
            case 'tool-call':
              blocks.push({
                type: 'tool_use',
                id: part.toolCallId,
                name: part.toolName,
                input: typeof part.input === 'string' ? safeParse(part.input) : (part.input ?? {}),
                ...breakpoints.take(part.providerOptions),
              });
              break;
            case 'tool-result':
              results.push(toolResultBlock(part, breakpoints));
              break;
            case 'file':
              throw new UnsupportedFunctionalityError({ functionality: 'file parts in assistant messages (MiniMax)' });
          }
        }
        append('assistant', blocks, message.providerOptions);
        append('user', results);
        break;
      }
      case 'tool':
        append('user', message.content.map((part) => toolResultBlock(part, breakpoints)), message.providerOptions);
        break;
    }
  }

  if (options.extraSystemText) system.push({ type: 'text', text: options.extraSystemText });
  return { ...(system.length > 0 ? { system } : {}), messages };
}

function safeParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return {};
  }
}
