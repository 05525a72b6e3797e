import { InvalidArgumentError } from '@ai-sdk/provider';
import type { z } from 'zod/v4';

/**
 * Reads and validates `providerOptions.minimax` of a media call against `schema`. A mistyped or unknown field
 * throws an `InvalidArgumentError` naming it, before any request is sent.
 */
export function parseMiniMaxMediaOptions<T>(
  schema: z.ZodType<T>,
  providerOptions: Record<string, Record<string, unknown>> | undefined,
  what: string,
): T {
  const parsed = schema.safeParse(providerOptions?.minimax ?? {});
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues
    .map((issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`)
    .join('; ');
  throw new InvalidArgumentError({
    argument: 'providerOptions.minimax',
    message: `Invalid MiniMax ${what} options: ${issues}`,
    cause: parsed.error,
  });
}
