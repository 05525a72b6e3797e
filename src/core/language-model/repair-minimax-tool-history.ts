import { InvalidPromptError } from '@ai-sdk/provider';
import type { MiniMaxMessage, MiniMaxPrompt, MiniMaxWarning, ToolResultPart } from '../shared/minimax-neutral-types';

type AssistantMessage = Extract<MiniMaxMessage, { role: 'assistant' }>;
type AssistantPart = AssistantMessage['content'][number];

/** What a call that was never answered gets as its result, so the history stays one MiniMax accepts. */
export const UNANSWERED_TOOL_CALL_RESULT = 'No result: this tool call was not answered.';

/**
 * Agent histories MiniMax rejects with 2013, checked on both wires before any request:
 *
 * - a tool result whose call is not in the assistant turn before it: before the first assistant turn (the
 *   history was trimmed from the front and took the call with it) it is dropped; anywhere else, or a second
 *   result for the same call, is an `InvalidPromptError`;
 * - a tool call without a result (before the next user or assistant turn, or at the end): an error result
 *   saying it was not answered is added after it;
 * - tool-call arguments that are not a JSON object (e.g. the unparseable text of a call the SDK reported as
 *   invalid): sent as `{}`, its result says what happened;
 * - an assistant turn with nothing in it (no text, no tool call): dropped, with any reasoning it carried.
 *
 * Every repair keeps what the history means and is reported in a warning that says what was done.
 */
export function repairMiniMaxToolHistory(prompt: MiniMaxPrompt): { prompt: MiniMaxPrompt; warnings: MiniMaxWarning[] } {
  const warnings: MiniMaxWarning[] = [];
  const warn = (message: string) => warnings.push({ type: 'other', message });
  const out: MiniMaxMessage[] = [];
  /** Calls of the latest assistant turn that have no result yet (id → tool name), in call order. */
  let open = new Map<string, string>();
  /** Ids of every call made so far, and of every call the history itself answered so far. */
  const called = new Set<string>();
  const answered = new Set<string>();
  let seenAssistant = false;

  const closeOpenCalls = () => {
    if (open.size === 0) return;
    const results: ToolResultPart[] = [...open].map(([toolCallId, toolName]) => ({
      type: 'tool-result',
      toolCallId,
      toolName,
      output: { type: 'error-text', value: UNANSWERED_TOOL_CALL_RESULT },
    }));
    warn(
      `MiniMax needs a result for every tool call; ${[...open].map(([id, name]) => `${name} (${id})`).join(', ')} had none, ` +
        `so an error result "${UNANSWERED_TOOL_CALL_RESULT}" was added after ${open.size === 1 ? 'it' : 'them'}.`,
    );
    out.push({ role: 'tool', content: results });
    open = new Map();
  };

  /** Whether a result may stay: it answers an open call; before any assistant turn it is dropped; else it fails. */
  const keepResult = (part: ToolResultPart): boolean => {
    if (open.has(part.toolCallId)) {
      open.delete(part.toolCallId);
      answered.add(part.toolCallId);
      return true;
    }
    if (!seenAssistant) {
      warn(
        `The tool result for ${part.toolName} (${part.toolCallId}) comes before any assistant turn, so its call is not in ` +
          'the history (trimmed from the front?); MiniMax rejects a result without its call, so the result was left out.',
      );
      return false;
    }
    const why = answered.has(part.toolCallId)
      ? 'a second result for a call that already has one'
      : called.has(part.toolCallId)
        ? 'its call is in an earlier assistant turn, not in the one right before it'
        : 'no assistant turn in the history made that call';
    throw new InvalidPromptError({
      prompt,
      message: `MiniMax rejects this history (2013): the tool result for ${part.toolName} (${part.toolCallId}) does not follow its call: ${why}.`,
    });
  };

  for (const message of prompt) {
    switch (message.role) {
      case 'system':
        out.push(message); // sent apart from the turns (top-level system on both wires): it separates nothing
        break;
      case 'user':
        closeOpenCalls();
        out.push(message);
        break;
      case 'tool': {
        const content = keptParts(message.content, keepResult);
        // (a message that keeps all its parts goes on as it is: most do, and `out` is used only if something was repaired)
        if (content === message.content) out.push(message);
        else if (content.length > 0) out.push({ ...message, content });
        break;
      }
      case 'assistant': {
        closeOpenCalls();
        const repaired = repairAssistant(message, warn);
        if (!repaired) break;
        seenAssistant = true;
        for (const part of repaired.content) {
          if (part.type === 'tool-call') {
            open.set(part.toolCallId, part.toolName);
            called.add(part.toolCallId);
          }
        }
        // Results of provider-executed tools travel in the assistant turn itself.
        const content = keptParts(repaired.content, (part) => part.type !== 'tool-result' || keepResult(part));
        out.push(content === repaired.content ? repaired : { ...repaired, content });
        break;
      }
    }
  }
  closeOpenCalls();
  return { prompt: warnings.length > 0 ? out : prompt, warnings };
}

/** An assistant turn with its tool-call arguments made JSON objects, or `undefined` when it has nothing in it. */
function repairAssistant(message: AssistantMessage, warn: (message: string) => void): AssistantMessage | undefined {
  const hasContent = message.content.some(
    (part) => (part.type === 'text' && part.text.trim() !== '') || part.type === 'tool-call' || part.type === 'file',
  );
  if (!hasContent) {
    const reasoning = message.content.some((part) => part.type === 'reasoning');
    warn(`MiniMax rejects an assistant turn with nothing in it; an empty one was left out${reasoning ? ' (with its reasoning)' : ''}.`);
    return undefined;
  }
  if (message.content.every((part) => part.type !== 'tool-call' || isArgumentsObject(part.input))) return message;
  const content = message.content.map((part): AssistantPart => {
    if (part.type !== 'tool-call' || isArgumentsObject(part.input)) return part;
    const shown = typeof part.input === 'string' ? part.input : JSON.stringify(part.input);
    warn(
      `The arguments of tool call ${part.toolName} (${part.toolCallId}) are not a JSON object (${JSON.stringify((shown ?? '').slice(0, 80))}); ` +
        'MiniMax rejects such a history, so they were sent as {}.',
    );
    return { ...part, input: {} };
  });
  return { ...message, content };
}

/** The parts `keep` keeps, in order: the same array when it keeps them all (most histories need no repair). */
function keptParts<PART>(parts: PART[], keep: (part: PART) => boolean): PART[] {
  let kept: PART[] | undefined;
  for (let i = 0; i < parts.length; i++) {
    if (keep(parts[i])) kept?.push(parts[i]);
    else kept ??= parts.slice(0, i);
  }
  return kept ?? parts;
}

/** Tool-call arguments MiniMax takes: an object, or JSON text of one (absent arguments count as `{}`). */
function isArgumentsObject(input: unknown): boolean {
  if (input === undefined || input === null) return true;
  let value = input;
  if (typeof input === 'string') {
    if (input.trim() === '') return true;
    try {
      value = JSON.parse(input);
    } catch {
      return false;
    }
  }
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
