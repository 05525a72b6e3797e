import { z } from 'zod/v4';
import { hasStringsOrAbsent, isJsonObject, isNumberOrAbsent, isStringOrAbsent } from '../shared/json-shape-checks';
import { wireCount, wireId, wireNumber, wireText } from '../shared/minimax-wire-values';

/**
 * Zod schemas for what the provider reads of MiniMax's Anthropic-compatible
 * responses: stream events, and the whole message of a non-streamed call.
 * What the answer needs (block types, text, thinking, tool names and input)
 * is validated; ids, metadata, usage and indexes are read leniently
 * (`minimax-wire-values.ts`): an odd value there never costs the answer.
 */

const messagesUsageSchema = z.object({
  input_tokens: wireCount,
  output_tokens: wireCount,
  cache_creation_input_tokens: wireCount,
  cache_read_input_tokens: wireCount,
});

export const messagesContentBlockSchema = z.looseObject({
  type: z.string(),
  text: z.string().nullish(),
  thinking: z.string().nullish(),
  signature: z.string().nullish(),
  data: z.string().nullish(),
  id: wireId,
  name: z.string().nullish(),
  input: z.unknown().optional(),
});

/** A message: the whole non-streamed response, or the `message` of `message_start`. */
const messageShape = {
  id: wireId,
  model: wireText,
  content: z.array(messagesContentBlockSchema).nullish(),
  stop_reason: wireText,
  usage: messagesUsageSchema.nullish().catch(undefined),
};

/** One stream event, or (type `message`) a whole non-streamed response. */
export const messagesEventSchema = z.object({
  type: z.string(),
  // type 'message' (JSON response); usage also on message_delta
  ...messageShape,
  // message_start
  message: z.object(messageShape).nullish(),
  // content_block_start / _delta / _stop
  index: wireNumber,
  content_block: messagesContentBlockSchema.nullish(),
  delta: z
    .object({
      type: z.string().nullish(),
      text: z.string().nullish(),
      thinking: z.string().nullish(),
      signature: z.string().nullish(),
      partial_json: z.string().nullish(),
      stop_reason: wireText,
    })
    .nullish(),
  // error
  error: z.object({ type: z.string().nullish(), message: z.string().nullish() }).nullish().catch(undefined),
});

/** The Anthropic-compatible `usage` object, as far as it is read. */
export type MiniMaxMessagesWireUsage = z.infer<typeof messagesUsageSchema>;
export type MiniMaxMessagesEvent = z.infer<typeof messagesEventSchema>;
export type MiniMaxMessagesContentBlock = z.infer<typeof messagesContentBlockSchema>;

// ---------------------------------------------------------------------------
// The hot path: an event zod would return as it is
// ---------------------------------------------------------------------------

/** The string fields (`z.string().nullish()`) of the event, of `content_block` and of `delta`. */
const EVENT_STRINGS = ['id', 'model', 'stop_reason'] as const;
const CONTENT_BLOCK_STRINGS = ['text', 'thinking', 'signature', 'data', 'id', 'name'] as const;
const BLOCK_DELTA_STRINGS = ['type', 'text', 'thinking', 'partial_json', 'signature', 'stop_reason'] as const;

const isContentBlock = (v: unknown) => isJsonObject(v) && typeof v.type === 'string' && hasStringsOrAbsent(v, CONTENT_BLOCK_STRINGS);
const isBlockDelta = (v: unknown) => isJsonObject(v) && hasStringsOrAbsent(v, BLOCK_DELTA_STRINGS);

/**
 * Whether `messagesEventSchema` would take `raw` as it is, checked by hand
 * field by field (a stream validates thousands of events, and zod costs more
 * than the `JSON.parse` before it). An event that passes is used as parsed:
 * the assembler reads only the schema's fields, and those have the schema's
 * types. Everything else goes through the schema: an event of another shape
 * (its typed error, or its lenient reading), and any event that carries a
 * `message`, `content`, `usage` or `error`, whose objects zod copies field by
 * field (usage is reported as `raw`: it must be zod's copy). Those are
 * `message_start`, `message_delta`, errors and whole messages: once per
 * response.
 */
export function isPlainMessagesEvent(raw: unknown): raw is MiniMaxMessagesEvent {
  return (
    isJsonObject(raw) &&
    typeof raw.type === 'string' &&
    raw.message == null &&
    raw.content == null &&
    raw.usage == null &&
    raw.error == null &&
    isNumberOrAbsent(raw.index) &&
    (raw.delta == null || isBlockDelta(raw.delta)) &&
    (raw.content_block == null || isContentBlock(raw.content_block)) &&
    hasStringsOrAbsent(raw, EVENT_STRINGS)
  );
}

/** A whole JSON response as the events a stream would have carried. */
export function messageToEvents(message: MiniMaxMessagesEvent): MiniMaxMessagesEvent[] {
  if (message.type !== 'message') return [message];
  const blocks = message.content ?? [];
  return [
    { type: 'message_start', message: { id: message.id, model: message.model, usage: message.usage } },
    ...blocks.flatMap((block, index): MiniMaxMessagesEvent[] => [
      { type: 'content_block_start', index, content_block: block },
      { type: 'content_block_stop', index },
    ]),
    { type: 'message_delta', delta: { stop_reason: message.stop_reason }, usage: message.usage },
    { type: 'message_stop' },
  ];
}
