import { z } from 'zod/v4';
import { MINIMAX_VIDEO_RATIOS, MINIMAX_VIDEO_RESOLUTIONS } from './minimax-video-models';

/**
 * `providerOptions.minimax` of a video call. The polling names, `resolution`, `ratio`, `referenceAudioUrls` and
 * `aigcWatermark` are the official `@ai-sdk/minimax` package's, so code moves between the two unchanged. Unknown
 * fields are refused, so a typo fails the call instead of being ignored.
 */
export const minimaxVideoProviderOptionsSchema = z
  .object({
    /** Milliseconds between task queries while `generateVideo` waits (default 10,000, MiniMax's advice). */
    pollIntervalMs: z.number().int().positive().optional(),
    /** Give up waiting after this many milliseconds (default 600,000); the task may still finish at MiniMax. */
    pollTimeoutMs: z.number().int().positive().optional(),
    /** MiniMax's resolution tier; wins over the SDK's `resolution` (`{width}x{height}`). */
    resolution: z.enum(MINIMAX_VIDEO_RESOLUTIONS as [string, ...string[]]).optional(),
    /** v2 (H3) only: the `ratio`; wins over the SDK's `aspectRatio`. */
    ratio: z.enum(MINIMAX_VIDEO_RATIOS).optional(),
    /** v2 (H3) only: reference audio URLs (public, `mm_file://…` or data URIs), sent as they are. */
    referenceAudioUrls: z.array(z.string().min(1)).optional(),
    /** v2 (H3) only: MiniMax's AIGC watermark (`aigc_watermark`). */
    aigcWatermark: z.boolean().optional(),
    /** v1 (Hailuo) only: MiniMax rewrites the prompt first (`prompt_optimizer`, MiniMax's default true). */
    promptOptimizer: z.boolean().optional(),
    /** v1 Hailuo models only: shorter optimisation of the prompt (`fast_pretreatment`). */
    fastPretreatment: z.boolean().optional(),
    /**
     * Return the video's bytes, downloaded through the provider's `fetch` (default `true`), or only MiniMax's URL
     * (`false`: `generateVideo` then downloads it itself; `getVideoStatus` hands the URL back). The URL is in
     * `providerMetadata.minimax.videoUrl` either way.
     */
    downloadVideo: z.boolean().optional(),
  })
  .strict();

export type MiniMaxVideoProviderOptions = z.infer<typeof minimaxVideoProviderOptionsSchema>;
