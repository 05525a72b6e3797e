/**
 * The request rejections of MiniMax's Anthropic-compatible messages endpoint, all answered as HTTP 400
 * `{"type":"error","error":{"type":"invalid_request_error","message":"invalid params, … (2013)"}}`.
 */
import { buildMessagesInvalidParamsBody } from './emulator-messages-responses.js';
import { countCacheBreakpoints } from './emulator-prompt-cache.js';
import { MINIMAX_WIRE_FACTS } from '../../core/shared/minimax-facts.js';
import { isM3Model, temperatureProblem, type EmulatorRejection } from '../shared/emulator-model-rules.js';

/** MiniMax (like Anthropic) honours at most four `cache_control` breakpoints per request. */
export const MAX_CACHE_BREAKPOINTS = MINIMAX_WIRE_FACTS.messages.maxCacheBreakpoints;

/** Block types M2.x models refuse (only MiniMax-M3 takes images; documents are treated alike). */
const MEDIA_BLOCK_TYPES = new Set(['image', 'document']);

function reject(detail: string): EmulatorRejection {
  return { status: 400, body: buildMessagesInvalidParamsBody(detail) };
}

function blocksOf(content: unknown): any[] {
  return Array.isArray(content) ? content : [];
}

/** The first image/document block in a message's content, looking inside `tool_result` contents too. */
function findMediaBlock(content: unknown): any | undefined {
  for (const block of blocksOf(content)) {
    if (MEDIA_BLOCK_TYPES.has(block?.type)) return block;
    if (block?.type === 'tool_result') {
      const nested = findMediaBlock(block.content);
      if (nested) return nested;
    }
  }
  return undefined;
}

/**
 * Checks a parsed messages body the way MiniMax does; returns the rejection, or `undefined` if the request is
 * acceptable. Rules: body must be an object with a `model`, a positive integer `max_tokens` and non-empty
 * `messages`; `tools` (if any) an array of tools with a name; roles only `user` / `assistant` (a `system` role must be the top-level `system` field); no two
 * consecutive messages with the same role; every `tool_result` block's `tool_use_id` must match a `tool_use`
 * block of the immediately preceding assistant message, and every `tool_use` block must get its `tool_result`
 * in the user message right after it; a `tool_use` block's `input` must be an object; an assistant message
 * must have a block with something in it (text, tool_use); `temperature` in (0, 1] (M3: [0, 2]); no `image` /
 * `document` blocks unless the model is MiniMax-M3; at most 4 `cache_control` breakpoints in total.
 */
export function validateMessagesRequest(body: unknown): EmulatorRejection | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return reject('request body must be a JSON object');
  const request = body as Record<string, any>;

  if (typeof request.model !== 'string' || request.model === '') return reject('model is required');
  if (request.max_tokens === undefined || request.max_tokens === null) return reject('max_tokens is required');
  if (!Number.isInteger(request.max_tokens) || request.max_tokens < 1) {
    return reject(`max_tokens must be a positive integer, got ${JSON.stringify(request.max_tokens)}`);
  }
  if (!Array.isArray(request.messages) || request.messages.length === 0) return reject('messages is empty');

  const temperature = temperatureProblem(request.model, request.temperature);
  if (temperature) return reject(temperature);

  if (request.tools !== undefined && request.tools !== null) {
    if (!Array.isArray(request.tools)) return reject('tools must be an array');
    for (const tool of request.tools) {
      if (!tool || typeof tool.name !== 'string' || tool.name === '') return reject('tool name is empty');
    }
  }

  const m3 = isM3Model(request.model);
  let previous: any;
  /** `tool_use` ids of the previous assistant message that the next user message must answer. */
  let unanswered = new Set<string>();
  // Reported once the whole history is read, so that a misplaced tool_result is reported first.
  let unansweredProblem: string | undefined;
  for (const [i, message] of request.messages.entries()) {
    if (!message || typeof message !== 'object') return reject(`messages[${i}] is not an object`);
    const role = message.role;
    if (role === 'system') {
      return reject(`messages[${i}]: role system is not allowed in messages, use the top-level system field`);
    }
    if (role !== 'user' && role !== 'assistant') return reject(`messages[${i}] has invalid role: ${role ?? ''}`);
    if (typeof message.content !== 'string' && !Array.isArray(message.content)) {
      return reject(`messages[${i}].content must be a string or an array of blocks`);
    }
    if (previous && previous.role === role) {
      return reject(`messages[${i - 1}] and messages[${i}] have the same role ${role}; roles must alternate`);
    }

    const toolUseIds = new Set(
      previous?.role === 'assistant'
        ? blocksOf(previous.content)
            .filter((block) => block?.type === 'tool_use')
            .map((block) => block.id)
        : [],
    );
    for (const block of blocksOf(message.content)) {
      if (block?.type === 'tool_result' && !toolUseIds.has(block.tool_use_id)) {
        return reject(
          `tool_result block (tool_use_id ${JSON.stringify(block.tool_use_id ?? null)}) in messages[${i}] does not follow a matching tool_use in the previous assistant message`,
        );
      }
      if (block?.type === 'tool_result') unanswered.delete(block.tool_use_id);
    }
    if (unanswered.size > 0) {
      unansweredProblem ??= `tool_use ${[...unanswered][0]} in messages[${i - 1}] has no tool_result in messages[${i}]`;
      unanswered = new Set();
    }
    if (role === 'assistant') {
      const blocks = typeof message.content === 'string' ? [{ type: 'text', text: message.content }] : blocksOf(message.content);
      const substantive = blocks.some(
        (block) => (block?.type === 'text' && typeof block.text === 'string' && block.text.trim() !== '') || block?.type === 'tool_use',
      );
      if (!substantive) return reject(`messages[${i}]: assistant message content is empty`);
      for (const block of blocks) {
        if (block?.type !== 'tool_use') continue;
        if (!block.input || typeof block.input !== 'object' || Array.isArray(block.input)) {
          return reject(`messages[${i}]: tool_use ${block.id ?? ''} input must be an object`);
        }
        unanswered.add(block.id);
      }
    }

    if (!m3) {
      const media = findMediaBlock(message.content);
      if (media) return reject(`${media.type} blocks are not supported by ${request.model}`);
    }
    previous = message;
  }

  if (unanswered.size > 0) unansweredProblem ??= `tool_use ${[...unanswered][0]} has no tool_result`;
  if (unansweredProblem !== undefined) return reject(unansweredProblem);

  const breakpoints = countCacheBreakpoints(request);
  if (breakpoints > MAX_CACHE_BREAKPOINTS) {
    return reject(`at most ${MAX_CACHE_BREAKPOINTS} blocks may have cache_control, got ${breakpoints}`);
  }
  return undefined;
}
