import type { MiniMaxVideoModel } from '../../core/video/minimax-video-model';
import type { MiniMaxVideoCallOptions } from '../../core/video/minimax-video-types';
import { CoreModelAdapter } from '../language-model/core-model-adapter';
import { toFeatureWarning } from '../language-model/map-warnings';

/**
 * The neutral options of a video call, field by field. Experimental_VideoModelV3 and VideoModelV4 name and type
 * their call options like the neutral ones (`webhookUrl` is V4's `doStart` only), so one mapping serves both; the
 * compiler checks each spec's options against it where an adapter passes them, and `test/media-spec-boundaries`
 * checks that the names are the same on both sides.
 */
export function fromVideoCallOptions(options: MiniMaxVideoCallOptions): MiniMaxVideoCallOptions {
  return {
    prompt: options.prompt,
    n: options.n,
    aspectRatio: options.aspectRatio,
    resolution: options.resolution,
    duration: options.duration,
    fps: options.fps,
    seed: options.seed,
    image: options.image,
    frameImages: options.frameImages,
    inputReferences: options.inputReferences,
    generateAudio: options.generateAudio,
    providerOptions: options.providerOptions,
    abortSignal: options.abortSignal,
    headers: options.headers,
    webhookUrl: options.webhookUrl,
  };
}

/**
 * What the Experimental_VideoModelV3 and VideoModelV4 adapters share: the core model, its identity, and `doGenerate`'s
 * result in the shape both specs have (V3/V4 warnings); each adapter returns it as its spec's result type, so the
 * compiler checks every field.
 */
export abstract class VideoModelAdapter extends CoreModelAdapter<MiniMaxVideoModel> {
  /** One video per MiniMax task. */
  get maxVideosPerCall(): number {
    return this.core.maxVideosPerCall;
  }

  /** Starts a task and polls it to the end. */
  protected async generate(options: MiniMaxVideoCallOptions) {
    const result = await this.core.generate(fromVideoCallOptions(options));
    return {
      videos: result.videos,
      warnings: result.warnings.map(toFeatureWarning),
      providerMetadata: result.providerMetadata,
      response: result.response,
    };
  }
}
