import { z } from 'zod/v4';

/**
 * Lenient readers for the values of an answer that the provider does not need to deliver it (metadata, usage,
 * indexes): a number sent as a numeric string reads as the number, a numeric id as its text, and any other odd
 * value reads as absent rather than failing a call whose answer arrived. A well-formed value takes the plain
 * schema's path; only an odd one reaches the fallback (`catch`), so the common case costs nothing extra.
 */

function readNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : undefined;
  return n !== undefined && Number.isFinite(n) ? n : undefined;
}

/** A finite number, or a numeric string read as one; anything else is absent. */
export const wireNumber = z
  .number()
  .nullish()
  .catch((ctx) => readNumber(ctx.input));

/**
 * A token count: a finite number of at least 0 (or such a numeric string). A negative or non-finite count is absent,
 * so it is never reported or priced.
 */
export const wireCount = z
  .number()
  .min(0)
  .nullish()
  .catch((ctx) => {
    const n = readNumber(ctx.input);
    return n !== undefined && n >= 0 ? n : undefined;
  });

/** An id: a string, or a number read as its decimal text; anything else is absent. */
export const wireId = z
  .string()
  .nullish()
  .catch((ctx) => (typeof ctx.input === 'number' && Number.isFinite(ctx.input) ? String(ctx.input) : undefined));

/** A string read as metadata only (a model name, a finish reason): anything else is absent. */
export const wireText = z.string().nullish().catch(undefined);
