import type { MiniMaxVideoModel } from '../../core/video/minimax-video-model';
import type { MiniMaxVideoCallOptions } from '../../core/video/minimax-video-types';
import { toFeatureWarning } from '../language-model/map-warnings';
import { MediaModelAdapter } from '../media-model-adapter';

/** What the Experimental_VideoModelV3 and VideoModelV4 adapters share: the core model, its identity, `doGenerate`. */
export abstract class VideoModelAdapter extends MediaModelAdapter<MiniMaxVideoModel> {
  /** One video per MiniMax task. */
  get maxVideosPerCall(): number {
    return this.core.maxVideosPerCall;
  }

  /** Starts a task and polls it to the end; `RESULT` is the spec's result type (the neutral result's fields as they are). */
  protected async generate<RESULT>(options: object): Promise<RESULT> {
    const result = await this.core.generate(options as MiniMaxVideoCallOptions);
    return { ...result, warnings: result.warnings.map(toFeatureWarning) } as RESULT;
  }
}
