import { InvalidArgumentError } from '@ai-sdk/provider';
import { z } from 'zod/v4';

/**
 * `providerOptions.minimax` of a call (ai@5+), or `providerMetadata.minimax`
 * of a call (ai@4): one object for both wires. Each wire reads the fields that
 * apply to it and warns about the others.
 */
export const minimaxProviderOptionsSchema = z
  .object({
    /**
     * Chat only. Ask MiniMax to return thinking in `reasoning_details` instead
     * of inline `<think>` tags. Default `true`.
     */
    reasoningSplit: z.boolean().optional(),
    /**
     * MiniMax's `thinking` setting. M3 accepts `adaptive` and `disabled`;
     * M2.x always thinks (the messages wire also takes `enabled` with a budget).
     */
    thinking: z
      .object({
        type: z.enum(['adaptive', 'disabled', 'enabled']),
        budgetTokens: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    /** Chat only. `priority` is faster and billed at 1.5x. */
    serviceTier: z.enum(['default', 'priority']).optional(),
    /** End-user id forwarded as `user` (chat) or `metadata.user_id` (messages). */
    user: z.string().optional(),
  })
  .strict();

export type MiniMaxProviderOptions = z.infer<typeof minimaxProviderOptionsSchema>;

/**
 * Reads and validates `providerOptions.minimax`. Invalid options throw an
 * `InvalidArgumentError` that names the offending field.
 */
export function parseMiniMaxProviderOptions(
  providerOptions: Record<string, Record<string, unknown>> | undefined,
): MiniMaxProviderOptions {
  return parseMiniMaxOptions(minimaxProviderOptionsSchema, providerOptions, 'provider');
}

/**
 * Reads and validates `providerOptions.minimax` against `schema` (a language
 * model's, an image's, a video's): absent options are read as `{}`, and
 * invalid ones throw an `InvalidArgumentError` that names the offending field
 * ("Invalid MiniMax <what> options: …"), before any request is sent.
 */
export function parseMiniMaxOptions<T>(
  schema: z.ZodType<T>,
  providerOptions: Record<string, Record<string, unknown>> | undefined,
  what: string,
): T {
  const result = schema.safeParse(providerOptions?.minimax ?? {});
  if (result.success) return result.data;
  const issues = result.error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
  throw new InvalidArgumentError({
    argument: 'providerOptions.minimax',
    message: `Invalid MiniMax ${what} options: ${issues}`,
    cause: result.error,
  });
}
