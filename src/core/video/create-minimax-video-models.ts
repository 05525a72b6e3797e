import { createMiniMaxMediaModelFactory } from '../media/minimax-media-config';
import type { MiniMaxProviderSettings } from '../shared/minimax-provider-settings';
import { MiniMaxVideoModel } from './minimax-video-model';
import type { MiniMaxVideoModelId } from './minimax-video-models';

/**
 * The video part of a provider instance (ai@6 and ai@7 entries only: ai@4 and ai@5 have no video function);
 * `VIDEO` is the entry's spec (Experimental_VideoModelV3 or VideoModelV4).
 */
export interface MiniMaxVideoProvider<VIDEO> {
  /**
   * A MiniMax video model. The id picks the API: `MiniMax-H3` / `MiniMax-H3-Max` the v2 API, the Hailuo and 01
   * models (`MiniMax-Hailuo-2.3`, `-2.3-Fast`, `-02`, `T2V-01`, `I2V-01`, `S2V-01`, …) the v1 API.
   */
  video(modelId: MiniMaxVideoModelId): VIDEO;
  /** The same as `video(modelId)`. */
  videoModel(modelId: MiniMaxVideoModelId): VIDEO;
}

/** `video` / `videoModel` of a provider instance: `wrap` is the entry's video adapter. */
export function createMiniMaxVideoModels<VIDEO>(
  settings: MiniMaxProviderSettings,
  wrap: (core: MiniMaxVideoModel) => VIDEO,
): MiniMaxVideoProvider<VIDEO> {
  const create = createMiniMaxMediaModelFactory(settings, 'minimax.video', MiniMaxVideoModel, wrap);
  return { video: create, videoModel: create };
}
