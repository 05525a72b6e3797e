import { z } from 'zod/v4';

/**
 * Zod schemas for the parts of MiniMax's chat-completions responses that the
 * provider reads, shared by the JSON and the stream parsers. Only what is read
 * is described; everything else passes through untouched.
 */

export const reasoningDetailSchema = z.looseObject({
  type: z.string(),
  text: z.string().nullish(),
  id: z.string().nullish(),
  index: z.number().nullish(),
});

export const chatUsageSchema = z.object({
  prompt_tokens: z.number().nullish(),
  completion_tokens: z.number().nullish(),
  total_tokens: z.number().nullish(),
  prompt_tokens_details: z.object({ cached_tokens: z.number().nullish() }).nullish(),
  completion_tokens_details: z.object({ reasoning_tokens: z.number().nullish() }).nullish(),
});

export const baseRespSchema = z.object({
  status_code: z.union([z.number(), z.string()]).nullish(),
  status_msg: z.string().nullish(),
});

/** The message (JSON) or delta (stream) of a choice: the same fields, all optional in a delta. */
export const chatMessageSchema = z.object({
  role: z.string().nullish(),
  content: z.string().nullish(),
  reasoning_content: z.string().nullish(),
  reasoning_details: z.array(reasoningDetailSchema).nullish(),
  tool_calls: z
    .array(
      z.object({
        index: z.number().nullish(),
        id: z.string().nullish(),
        type: z.string().nullish(),
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
  id: z.string().nullish(),
  created: z.number().nullish(),
  model: z.string().nullish(),
  choices: z
    .array(
      z.object({
        index: z.number().nullish(),
        message: chatMessageSchema.nullish(),
        delta: chatMessageSchema.nullish(),
        finish_reason: z.string().nullish(),
      }),
    )
    .nullish(),
  usage: chatUsageSchema.nullish(),
  base_resp: baseRespSchema.nullish(),
});

export type MiniMaxChatCompletion = z.infer<typeof chatCompletionSchema>;
