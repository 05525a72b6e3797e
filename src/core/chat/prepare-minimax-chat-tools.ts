import type { JSONSchema7 } from '@ai-sdk/provider';
import type { MiniMaxModelInfo } from '../shared/minimax-facts';
import type { ForeignTool, FunctionTool, MiniMaxWarning, ToolChoice } from '../shared/minimax-neutral-types';

export interface MiniMaxChatTool {
  type: 'function';
  function: {
    name: string;
    description?: string;
    parameters: JSONSchema7;
    strict?: boolean;
  };
}

export type MiniMaxChatToolChoice =
  | 'auto'
  | 'none'
  | 'required'
  | { type: 'function'; function: { name: string } };

/**
 * Maps AI SDK function tools and tool choice to MiniMax's function tools.
 * Tools of other providers are dropped with a warning; a tool choice that
 * MiniMax may not honour (M2.x) is sent with a warning.
 */
export function prepareMiniMaxChatTools(
  tools: Array<FunctionTool | ForeignTool> | undefined,
  toolChoice: ToolChoice | undefined,
  capabilities: MiniMaxModelInfo['capabilities'],
): { tools?: MiniMaxChatTool[]; toolChoice?: MiniMaxChatToolChoice; warnings: MiniMaxWarning[] } {
  const warnings: MiniMaxWarning[] = [];
  const wireTools: MiniMaxChatTool[] = [];

  for (const tool of tools ?? []) {
    if (tool.type !== 'function') {
      warnings.push({
        type: 'unsupported-tool',
        tool,
        details: `MiniMax has no provider-defined tools; ${tool.id} was not sent.`,
      });
      continue;
    }
    wireTools.push({
      type: 'function',
      function: {
        name: tool.name,
        ...(tool.description ? { description: tool.description } : {}),
        parameters: tool.inputSchema,
        // MiniMax rejects `strict: null`: send it only when the caller set it.
        ...(typeof tool.strict === 'boolean' ? { strict: tool.strict } : {}),
      },
    });
  }

  if (wireTools.length === 0) {
    if (toolChoice && toolChoice.type !== 'auto' && toolChoice.type !== 'none') {
      warnings.push({ type: 'unsupported-setting', setting: 'toolChoice', details: 'No tools were sent.' });
    }
    return { warnings };
  }

  let choice: MiniMaxChatToolChoice | undefined;
  switch (toolChoice?.type) {
    case undefined:
      break;
    case 'auto':
    case 'none':
    case 'required':
      choice = toolChoice.type;
      break;
    case 'tool':
      choice = { type: 'function', function: { name: toolChoice.toolName } };
      break;
  }
  if (choice !== undefined && choice !== 'auto' && !capabilities.toolChoice) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'toolChoice',
      details: 'MiniMax M2.x may not honour tool_choice other than "auto"; it was sent, but check the result.',
    });
  }
  return { tools: wireTools, ...(choice !== undefined ? { toolChoice: choice } : {}), warnings };
}
