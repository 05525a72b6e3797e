/**
 * The request rejections MiniMax's chat-completions endpoint is documented (or reported by clients) to make,
 * all answered as HTTP 400 `{"type":"error","error":{"type":"bad_request_error","message":"invalid params, … (2013)",…}}`.
 */
import { MINIMAX_WIRE_FACTS } from '../../core/shared/minimax-facts.js';
import { isM3Model, temperatureProblem, type EmulatorRejection } from '../shared/emulator-model-rules.js';
import { buildInvalidParamsBody } from './emulator-chat-responses.js';

const KNOWN_ROLES = new Set(['system', 'user', 'assistant', 'tool']);

function reject(detail: string): EmulatorRejection {
  return { status: 400, body: buildInvalidParamsBody(detail) };
}

/**
 * Checks a parsed chat-completions body the way MiniMax does; returns the rejection, or `undefined` if the
 * request is acceptable. Rules: body must be an object with a `model` and non-empty `messages`; `n` only 1;
 * `temperature` in (0, 1] (M3: [0, 2]); M3 `thinking.type` adaptive|disabled; tools must be functions with a
 * name, `parameters`, and `strict` not null; one system message at most; known roles; no `content: null`;
 * every `tool` message must directly follow (after sibling tool results) the assistant message whose
 * `tool_calls` contain its `tool_call_id`, and every tool call must get its result there; tool-call
 * `arguments` must be a JSON object's text; an assistant message must have content or tool calls.
 */
export function validateChatRequest(body: unknown): EmulatorRejection | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return reject('request body must be a JSON object');
  const request = body as Record<string, any>;

  if (typeof request.model !== 'string' || request.model === '') return reject('model is required');
  if (!Array.isArray(request.messages) || request.messages.length === 0) return reject('messages is empty');

  if (request.n !== undefined && request.n !== null && request.n !== 1) return reject('n only supports 1');

  const m3 = isM3Model(request.model);
  const temperature = temperatureProblem(request.model, request.temperature);
  if (temperature) return reject(temperature);

  if (m3 && request.thinking && typeof request.thinking === 'object') {
    const type = request.thinking.type;
    const allowed: readonly string[] = MINIMAX_WIRE_FACTS.chat.thinkingTypes;
    if (!allowed.includes(type)) {
      return reject(`invalid thinking.type: ${JSON.stringify(type ?? '')} (allowed: ${allowed.join(', ')})`);
    }
  }

  if (request.tools !== undefined && request.tools !== null) {
    if (!Array.isArray(request.tools)) return reject('tools must be an array');
    for (const tool of request.tools) {
      if (!tool || tool.type !== 'function') return reject(`invalid tool type: ${tool?.type ?? ''}`);
      const fn = tool.function;
      if (!fn || typeof fn.name !== 'string' || fn.name === '') return reject('function name or parameters is empty');
      if (fn.parameters === undefined || fn.parameters === null) return reject('function parameters is empty');
      if ('strict' in fn && fn.strict === null) return reject(`function strict of ${fn.name} must be a boolean, got null`);
    }
  }

  let systemCount = 0;
  // Ids of the tool calls of the assistant message the current run of `tool` messages answers, and those of
  // them still without a result.
  let openToolCallIds: Set<string> | undefined;
  let unanswered = new Set<string>();
  // A call left without a result is reported after the whole history is read, so that a misplaced result
  // (the documented message) is reported first.
  let unansweredCall: string | undefined;
  for (const message of request.messages) {
    if (!message || typeof message !== 'object') return reject('chat content is not an object');
    const role = message.role;
    if (!KNOWN_ROLES.has(role)) return reject(`chat content has invalid message role: ${role ?? ''}`);
    if (message.content === null) return reject(`chat content is null (role: ${role})`);
    if (role === 'system') {
      systemCount++;
      continue;
    }

    if (role === 'tool') {
      if (!openToolCallIds || !openToolCallIds.has(message.tool_call_id)) {
        return reject('tool call result does not follow tool call');
      }
      unanswered.delete(message.tool_call_id);
      continue;
    }
    if (unanswered.size > 0) unansweredCall ??= [...unanswered][0];
    openToolCallIds = undefined;
    if (role === 'assistant') {
      const calls: any[] = Array.isArray(message.tool_calls) ? message.tool_calls : [];
      const text = typeof message.content === 'string' ? message.content : JSON.stringify(message.content ?? '');
      if (calls.length === 0 && text.trim() === '') return reject('assistant message content is empty');
      for (const call of calls) {
        if (!isJsonObjectText(call?.function?.arguments)) {
          return reject(`invalid function arguments json string, tool_call_id: ${call?.id ?? ''}`);
        }
      }
      if (calls.length > 0) {
        openToolCallIds = new Set(calls.map((call: any) => call?.id));
        unanswered = new Set(openToolCallIds);
      }
    }
  }
  if (unanswered.size > 0) unansweredCall ??= [...unanswered][0];
  if (unansweredCall !== undefined) return reject(`tool call result does not follow tool call: ${unansweredCall} has no result`);
  if (systemCount > 1) return reject('invalid chat setting');

  return undefined;
}

/** Tool-call `arguments`: the text of a JSON object. */
function isJsonObjectText(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const parsed = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed);
  } catch {
    return false;
  }
}
