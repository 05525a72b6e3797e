import { z } from 'zod/v4';
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
