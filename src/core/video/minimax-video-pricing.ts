import { minimaxMediaCost } from '../media/minimax-media-cost';
import type { MiniMaxCost } from '../shared/minimax-pricing';
import { getMiniMaxVideoModelInfo } from './minimax-video-models';

/** What a video task is billed on. */
export interface MiniMaxVideoBilling {
  /** `768P`, `2K`, … */
  resolution: string;
  /** Seconds of generated video. */
  seconds: number;
  /** Input images sent (first/last frame, references); v2 bills those beyond the free ones. */
  inputImages?: number;
  /** Seconds of reference video (v2 bills them at the output rate). */
  inputVideoSeconds?: number;
}

/** The USD price per second of output for a model at a resolution (and duration: v1 prices whole videos). */
export function getMiniMaxVideoPricePerSecond(modelId: string, resolution: string, seconds: number): number | undefined {
  const info = getMiniMaxVideoModelInfo(modelId);
  if (!info) return undefined;
  if (info.api === 'v2') return info.pricePerSecond?.[resolution as keyof typeof info.pricePerSecond];
  const perVideo = info.pricePerVideo?.[`${resolution}@${seconds}`];
  return perVideo === undefined ? undefined : Math.round((perVideo / seconds) * 1e10) / 1e10;
}

/**
 * Prices a video task in USD from the bundled table: v1 per video (by resolution and duration), v2 per second of
 * output plus billed inputs. `undefined` when the model or that combination has no published price.
 */
export function calculateMiniMaxVideoCost(modelId: string, billing: MiniMaxVideoBilling): MiniMaxCost | undefined {
  const info = getMiniMaxVideoModelInfo(modelId);
  if (!info) return undefined;
  if (info.api === 'v1') {
    const perVideo = info.pricePerVideo?.[`${billing.resolution}@${billing.seconds}`];
    return perVideo === undefined ? undefined : minimaxMediaCost(perVideo);
  }
  const rate = info.pricePerSecond?.[billing.resolution as keyof typeof info.pricePerSecond];
  if (rate === undefined) return undefined;
  const extraImages = Math.max(0, (billing.inputImages ?? 0) - (info.images?.free ?? 0));
  const input = (billing.inputVideoSeconds ?? 0) * rate + extraImages * (info.images?.price ?? 0);
  return minimaxMediaCost(billing.seconds * rate, input);
}
