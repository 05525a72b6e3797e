/**
 * The emulator's default responder (used when no scripted response is queued): a deterministic, plausible
 * MiniMax reply derived from the request.
 */
import { messageContentText } from '../shared/emulator-reply-parts.js';
import { isM3Model } from '../shared/emulator-model-rules.js';
import type { EmulatorReply } from '../shared/emulator-types.js';

const LOCATION_LIKE = /location|city|place|address|region|country|town|destination/i;

function summarize(text: string, max = 80): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}

/**
 * Example arguments for a JSON schema: required properties only; location-like strings → "Tokyo", other
 * strings "example" (or the first enum value), numbers/integers 1, booleans true, nested objects recursed,
 * arrays `[]`.
 */
export function synthesizeArguments(schema: any, propertyName = ''): unknown {
  if (!schema || typeof schema !== 'object') return {};
  if (Array.isArray(schema.enum) && schema.enum.length > 0) return schema.enum[0];
  if ('const' in schema) return schema.const;
  const variants = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(variants) && variants.length > 0) {
    const nonNull = variants.find((v: any) => v?.type !== 'null') ?? variants[0];
    return synthesizeArguments(nonNull, propertyName);
  }
  let type = schema.type;
  if (Array.isArray(type)) type = type.find((t: string) => t !== 'null') ?? type[0];
  if (type === undefined && schema.properties) type = 'object';
  switch (type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      const required: string[] = Array.isArray(schema.required) ? schema.required : [];
      for (const key of required) result[key] = synthesizeArguments(schema.properties?.[key] ?? {}, key);
      return result;
    }
    case 'string':
      return LOCATION_LIKE.test(propertyName) ? 'Tokyo' : 'example';
    case 'number':
    case 'integer':
      return 1;
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'null':
      return null;
    default:
      return LOCATION_LIKE.test(propertyName) ? 'Tokyo' : 'example';
  }
}

/** Deterministic arithmetic answer for texts like "2+2" or "What is 6 * 7?", else undefined. */
function arithmeticAnswer(text: string): string | undefined {
  if (text.length > 80) return undefined;
  const match = /(-?\d+(?:\.\d+)?)\s*([+\-*/×])\s*(-?\d+(?:\.\d+)?)/.exec(text);
  if (!match) return undefined;
  const a = Number(match[1]);
  const b = Number(match[3]);
  const op = match[2];
  let result: number;
  if (op === '+') result = a + b;
  else if (op === '-') result = a - b;
  else if (op === '*' || op === '×') result = a * b;
  else if (b === 0) return undefined;
  else result = a / b;
  const shown = Number.isInteger(result) ? String(result) : String(Number(result.toFixed(6)));
  return `${match[1]} ${op} ${match[3]} = ${shown}.`;
}

function chooseTool(request: any): any | undefined {
  const tools: any[] = Array.isArray(request.tools) ? request.tools.filter((t: any) => t?.function?.name) : [];
  if (tools.length === 0) return undefined;
  const choice = request.tool_choice;
  if (choice === 'none') return undefined;
  const named = choice && typeof choice === 'object' ? choice.function?.name : undefined;
  return (named && tools.find((t) => t.function.name === named)) ?? tools[0];
}

/**
 * The default reply for a chat request:
 * - tools present and last message from the user → reasoning + one call to the first tool (or the one named
 *   by `tool_choice`) with arguments synthesised from its schema, finish_reason `tool_calls`;
 * - last message a tool result → reasoning + a text quoting the trailing tool result(s);
 * - otherwise → short reasoning + a deterministic answer to the last user text
 *   (`2 + 2 = 4.`, else `You said: "<text>". Here is my answer.`).
 * MiniMax-M3 with `thinking: {type: 'disabled'}` gets no reasoning.
 */
export function createDefaultReply(request: any): EmulatorReply {
  const messages: any[] = Array.isArray(request?.messages) ? request.messages : [];
  const last = messages[messages.length - 1];
  const noThinking = isM3Model(request?.model) && request?.thinking?.type === 'disabled';
  const withReasoning = (reply: EmulatorReply): EmulatorReply =>
    noThinking ? { ...reply, reasoning: undefined } : reply;

  if (last?.role === 'tool') {
    const results: Array<{ name: string; content: string }> = [];
    for (let i = messages.length - 1; i >= 0 && messages[i]?.role === 'tool'; i--) {
      const message = messages[i];
      let name = 'the tool';
      for (let j = i - 1; j >= 0; j--) {
        const call = (messages[j]?.tool_calls ?? []).find((c: any) => c?.id === message.tool_call_id);
        if (call) {
          name = call.function?.name ?? name;
          break;
        }
      }
      results.unshift({ name, content: messageContentText(message.content) });
    }
    const names = [...new Set(results.map((r) => r.name))].join(', ');
    return withReasoning({
      reasoning: `The tool results from ${names} are in; I can answer the user now.`,
      text: results.map((r) => `According to ${r.name}: "${r.content}".`).join(' '),
      finishReason: 'stop',
    });
  }

  const lastUser = [...messages].reverse().find((m) => m?.role === 'user');
  const userText = lastUser ? messageContentText(lastUser.content) : '';

  const tool = last?.role === 'user' ? chooseTool(request) : undefined;
  if (tool) {
    return withReasoning({
      reasoning: `The user asks about "${summarize(userText)}"; I should call ${tool.function.name}.`,
      toolCalls: [{ name: tool.function.name, arguments: synthesizeArguments(tool.function.parameters ?? {}) }],
      finishReason: 'tool_calls',
    });
  }

  if (!userText) {
    return withReasoning({
      reasoning: 'There is no user question yet; I will greet the user.',
      text: 'Hello! How can I help you today?',
      finishReason: 'stop',
    });
  }
  const arithmetic = arithmeticAnswer(userText);
  return withReasoning({
    reasoning: arithmetic
      ? `The user asks for a calculation: ${summarize(userText).replace(/[\s?.!]+$/, '')}. Simple arithmetic.`
      : `The user said "${summarize(userText)}". A short, direct answer is best.`,
    text: arithmetic ?? `You said: "${userText}". Here is my answer.`,
    finishReason: 'stop',
  });
}
