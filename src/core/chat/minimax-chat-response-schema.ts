import { z } from 'zod/v4';
import { hasStringsOrAbsent, isArrayOrAbsent, isJsonObject, isNumberOrAbsent, isStringOrAbsent } from '../shared/json-shape-checks';
import { wireCount, wireId, wireNumber, wireText } from '../shared/minimax-wire-values';

/**
 * Zod schemas for the parts of MiniMax's chat-completions responses that the
 * provider reads, shared by the JSON and the stream parsers. Only what is read
 * is described; everything else passes through untouched. What the answer
 * needs (text, reasoning, tool calls) is validated; metadata, usage and
 * indexes are read leniently (`minimax-wire-values.ts`): an odd value there
 * never costs the answer.
 */

export const reasoningDetailSchema = z.looseObject({
  type: z.string(),
  text: z.string().nullish(),
  id: wireId,
  index: wireNumber,
});

export const chatUsageSchema = z.object({
  prompt_tokens: wireCount,
  completion_tokens: wireCount,
  total_tokens: wireCount,
  prompt_tokens_details: z.object({ cached_tokens: wireCount }).nullish().catch(undefined),
  completion_tokens_details: z.object({ reasoning_tokens: wireCount }).nullish().catch(undefined),
});

export const baseRespSchema = z.object({
  status_code: z.union([z.number(), z.string()]).nullish(),
  status_msg: z.string().nullish(),
});

/** The message (JSON) or delta (stream) of a choice: the same fields, all optional in a delta. */
export const chatMessageSchema = z.object({
  role: wireText,
  content: z.string().nullish(),
  reasoning_content: z.string().nullish(),
  reasoning_details: z.array(reasoningDetailSchema).nullish(),
  tool_calls: z
    .array(
      z.object({
        index: wireNumber,
        id: wireId,
        type: wireText,
        function: z
          .object({
            name: z.string().nullish(),
            arguments: z.string().nullish(),
          })
          .nullish(),
      }),
    )
    .nullish(),
});

/** The chat-completions `usage` object, as far as it is read. */
export type MiniMaxChatWireUsage = z.infer<typeof chatUsageSchema>;
export type MiniMaxChatWireMessage = z.infer<typeof chatMessageSchema>;
export type MiniMaxWireReasoningDetail = z.infer<typeof reasoningDetailSchema>;

/**
 * A chat completion or a stream chunk. MiniMax answers a streamed request
 * with a plain JSON body on some errors, so the parsers accept `message` in
 * place of `delta` too.
 */
export const chatCompletionSchema = z.object({
  id: wireId,
  created: wireNumber,
  model: wireText,
  choices: z
    .array(
      z.object({
        index: wireNumber,
        message: chatMessageSchema.nullish(),
        delta: chatMessageSchema.nullish(),
        finish_reason: wireText,
      }),
    )
    .nullish(),
  usage: chatUsageSchema.nullish().catch(undefined),
  base_resp: baseRespSchema.nullish().catch(undefined),
});

export type MiniMaxChatCompletion = z.infer<typeof chatCompletionSchema>;

// ---------------------------------------------------------------------------
// The hot path: a chunk zod would return as it is
// ---------------------------------------------------------------------------

const isReasoningDetail = (v: unknown) =>
  isJsonObject(v) && typeof v.type === 'string' && isStringOrAbsent(v.text) && isStringOrAbsent(v.id) && isNumberOrAbsent(v.index);

const isToolCallDelta = (v: unknown) =>
  isJsonObject(v) &&
  isNumberOrAbsent(v.index) &&
  isStringOrAbsent(v.id) &&
  isStringOrAbsent(v.type) &&
  (v.function == null || (isJsonObject(v.function) && isStringOrAbsent(v.function.name) && isStringOrAbsent(v.function.arguments)));

const MESSAGE_STRINGS = ['content', 'reasoning_content', 'role'] as const;

const isChatMessage = (v: unknown) =>
  isJsonObject(v) &&
  hasStringsOrAbsent(v, MESSAGE_STRINGS) &&
  isArrayOrAbsent(v.reasoning_details, isReasoningDetail) &&
  isArrayOrAbsent(v.tool_calls, isToolCallDelta);

const isChoice = (v: unknown) =>
  isJsonObject(v) &&
  (v.delta == null || isChatMessage(v.delta)) &&
  (v.message == null || isChatMessage(v.message)) &&
  isNumberOrAbsent(v.index) &&
  isStringOrAbsent(v.finish_reason);

/**
 * Whether `chatCompletionSchema` would take `raw` as it is, checked by hand
 * field by field (a stream validates thousands of chunks, and zod costs more
 * than the `JSON.parse` before it). A chunk that passes is used as parsed:
 * the assembler reads only the schema's fields, and those have the schema's
 * types. Everything else goes through the schema: a chunk of another shape
 * (its typed error, or its lenient reading), and any chunk that carries
 * `usage` or `base_resp`, whose objects zod copies field by field (usage is
 * reported as `raw`: it must be zod's copy). Those come once per response.
 */
export function isPlainChatChunk(raw: unknown): raw is MiniMaxChatCompletion {
  return (
    isJsonObject(raw) &&
    raw.usage == null &&
    raw.base_resp == null &&
    isStringOrAbsent(raw.id) &&
    isNumberOrAbsent(raw.created) &&
    isStringOrAbsent(raw.model) &&
    isArrayOrAbsent(raw.choices, isChoice)
  );
}
