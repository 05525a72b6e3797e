/**
 * The default responder of the messages wire: the request is restated as a chat-completions request and
 * answered by the chat wire's default responder (`createDefaultReply`), so both wires decide alike.
 */
import { createDefaultReply } from '../chat/emulator-chat-default-reply.js';
import { messageContentText } from '../shared/emulator-reply-parts.js';
import type { EmulatorReply } from '../shared/emulator-types.js';

function blocksOf(content: unknown): any[] {
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  return Array.isArray(content) ? content : [];
}

function chatToolChoice(choice: any): unknown {
  switch (choice?.type) {
    case 'none':
      return 'none';
    case 'any':
      return 'required';
    case 'tool':
      return { type: 'function', function: { name: choice.name } };
    case 'auto':
      return 'auto';
    default:
      return undefined;
  }
}

/**
 * Restates a messages request as the chat-completions request it corresponds to (only what the default
 * responder looks at): assistant `tool_use` blocks become `tool_calls`; a user turn's `tool_result` blocks
 * become `tool` messages placed after the turn's other blocks; tools become function tools with their
 * `input_schema` as `parameters`; `tool_choice` is mapped; `model` and `thinking` are kept.
 */
export function messagesRequestAsChat(body: any): Record<string, unknown> {
  const messages: Array<Record<string, unknown>> = [];
  for (const message of Array.isArray(body?.messages) ? body.messages : []) {
    const blocks = blocksOf(message?.content);
    if (message?.role === 'assistant') {
      const toolCalls = blocks
        .filter((block) => block?.type === 'tool_use')
        .map((block) => ({
          id: block.id,
          type: 'function',
          function: { name: block.name, arguments: JSON.stringify(block.input ?? {}) },
        }));
      messages.push({
        role: 'assistant',
        content: messageContentText(blocks.filter((block) => block?.type === 'text')),
        ...(toolCalls.length > 0 ? { tool_calls: toolCalls } : {}),
      });
      continue;
    }
    const others = blocks.filter((block) => block?.type !== 'tool_result');
    if (others.length > 0) messages.push({ role: 'user', content: others });
    for (const result of blocks.filter((block) => block?.type === 'tool_result')) {
      messages.push({ role: 'tool', tool_call_id: result.tool_use_id, content: messageContentText(result.content) });
    }
  }
  const tools = Array.isArray(body?.tools)
    ? body.tools.map((tool: any) => ({
        type: 'function',
        function: { name: tool?.name, description: tool?.description, parameters: tool?.input_schema ?? {} },
      }))
    : undefined;
  return {
    model: body?.model,
    messages,
    ...(tools ? { tools } : {}),
    ...(body?.tool_choice !== undefined ? { tool_choice: chatToolChoice(body.tool_choice) } : {}),
    ...(body?.thinking !== undefined ? { thinking: body.thinking } : {}),
  };
}

/**
 * The default reply for a messages request (same decisions as the chat wire): tools present and the last turn
 * from the user → thinking + a `tool_use` of the first tool (or the one `tool_choice` names) with input
 * synthesised from its `input_schema`; last user turn holding `tool_result` blocks → thinking + a text quoting
 * the results; otherwise thinking + a deterministic answer to the last user text.
 */
export function createMessagesDefaultReply(body: any): EmulatorReply {
  return createDefaultReply(messagesRequestAsChat(body));
}
