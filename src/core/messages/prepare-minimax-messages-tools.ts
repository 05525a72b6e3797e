import type { JSONSchema7 } from '@ai-sdk/provider';
import type { CacheBreakpoints, MiniMaxCacheControl } from './minimax-cache-breakpoints';
import type { ForeignTool, FunctionTool, MiniMaxWarning, ToolChoice } from '../shared/minimax-neutral-types';

export interface MiniMaxMessagesTool {
  name: string;
  description?: string;
  input_schema: JSONSchema7;
  cache_control?: MiniMaxCacheControl;
}

export type MiniMaxMessagesToolChoice =
  | { type: 'auto' }
  | { type: 'any' }
  | { type: 'none' }
  | { type: 'tool'; name: string };

/** AI SDK function tools → Anthropic-style tools with `input_schema`; tool choice → `tool_choice`. */
export function prepareMiniMaxMessagesTools(
  tools: Array<FunctionTool | ForeignTool> | undefined,
  toolChoice: ToolChoice | undefined,
  breakpoints: CacheBreakpoints,
): { tools?: MiniMaxMessagesTool[]; toolChoice?: MiniMaxMessagesToolChoice; warnings: MiniMaxWarning[] } {
  const warnings: MiniMaxWarning[] = [];
  const wireTools: MiniMaxMessagesTool[] = [];
  for (const tool of tools ?? []) {
    if (tool.type !== 'function') {
      warnings.push({ type: 'unsupported-tool', tool, details: `MiniMax has no provider-defined tools; ${tool.id} was not sent.` });
      continue;
    }
    wireTools.push({
      name: tool.name,
      ...(tool.description ? { description: tool.description } : {}),
      input_schema: tool.inputSchema,
      ...breakpoints.take(tool.providerOptions),
    });
  }
  if (wireTools.length === 0) return { warnings };
  const choice: MiniMaxMessagesToolChoice | undefined =
    toolChoice === undefined
      ? undefined
      : toolChoice.type === 'required'
        ? { type: 'any' }
        : toolChoice.type === 'tool'
          ? { type: 'tool', name: toolChoice.toolName }
          : { type: toolChoice.type };
  return { tools: wireTools, ...(choice ? { toolChoice: choice } : {}), warnings };
}
