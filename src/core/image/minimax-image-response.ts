import { z } from 'zod/v4';

/** A count MiniMax may send as a number or as a string (`"success_count":"1"` in its own example). */
const count = z
  .union([z.number(), z.string()])
  .nullish()
  .transform((value) => {
    const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : undefined;
  });

/** The `/v1/image_generation` answer (its `base_resp` is checked before this schema). */
export const minimaxImageResponseSchema = z.object({
  id: z.string().nullish(),
  data: z
    .object({
      image_urls: z.array(z.string()).nullish(),
      image_base64: z.array(z.string()).nullish(),
    })
    .nullish(),
  metadata: z.object({ success_count: count, failed_count: count }).nullish(),
});

export type MiniMaxImageResponse = z.infer<typeof minimaxImageResponseSchema>;
