import { z } from 'zod/v4';

/** `style.styleType` values MiniMax takes (image-01-live), with English names for each. */
export const MINIMAX_IMAGE_STYLES = {
  comic: '漫画',
  lively: '元气',
  medieval: '中世纪',
  watercolor: '水彩',
} as const;

/**
 * `providerOptions.minimax` of an image call (on ai@4 too: `experimental_generateImage` passes `providerOptions`).
 * Unknown fields are refused, so a typo fails the call instead of being ignored.
 */
export const minimaxImageProviderOptionsSchema = z
  .object({
    /**
     * How MiniMax returns the images: `base64` (default: one request, nothing to download) or `url` (MiniMax's
     * URLs, valid 24 hours, then downloaded through the provider's `fetch`; each URL is in the image's metadata).
     */
    responseFormat: z.enum(['base64', 'url']).optional(),
    /** MiniMax rewrites the prompt before generating (`prompt_optimizer`, default false). */
    promptOptimizer: z.boolean().optional(),
    /** Adds MiniMax's AIGC watermark (`aigc_watermark`, default false). */
    aigcWatermark: z.boolean().optional(),
    /** image-01-live only: a style (Chinese or English name) and its weight in (0, 1] (MiniMax's default 0.8). */
    style: z
      .object({
        styleType: z.enum(['漫画', '元气', '中世纪', '水彩', 'comic', 'lively', 'medieval', 'watercolor']),
        styleWeight: z.number().gt(0).lte(1).optional(),
      })
      .strict()
      .optional(),
    /**
     * A character reference image (URL or data URL; JPG/PNG under 10 MB) for image-to-image on ai@4/5, which have
     * no image inputs. On ai@6/7 pass the image in `prompt.images` instead.
     */
    subjectReference: z.string().min(1).optional(),
  })
  .strict();

export type MiniMaxImageProviderOptions = z.infer<typeof minimaxImageProviderOptionsSchema>;
