import type { MiniMaxImageModel } from '../../core/image/minimax-image-model';
import type { MiniMaxImageCallOptions, MiniMaxImageGenerateResult } from '../../core/image/minimax-image-types';
import type { MiniMaxWarning } from '../../core/shared/minimax-neutral-types';
import { toFeatureWarning, toSettingWarning } from '../language-model/map-warnings';
import { MediaModelAdapter } from '../media-model-adapter';

/** What the ImageModelV1..V4 adapters share: the core image model, its identity and its per-call limit. */
export abstract class ImageModelAdapter extends MediaModelAdapter<MiniMaxImageModel> {
  get maxImagesPerCall(): number {
    return this.core.maxImagesPerCall;
  }

  /**
   * Runs the core and hands back its result with the warnings in this spec's shape (`RESULT` is the spec's result
   * type: every spec takes the neutral result's fields as they are, V1 ignores the metadata).
   */
  protected async generate<RESULT>(options: object, mapWarnings: (warnings: MiniMaxWarning[]) => unknown[]): Promise<RESULT> {
    const result: MiniMaxImageGenerateResult = await this.core.doGenerate(options as MiniMaxImageCallOptions);
    return { ...result, warnings: mapWarnings(result.warnings) } as RESULT;
  }
}

/** V1/V2 warnings (`unsupported-setting` / `other`); image calls have no tools. */
export const imageSettingWarnings = (warnings: MiniMaxWarning[]) =>
  warnings.map((w) => toSettingWarning(w, { setting: (setting) => setting, tool: () => undefined }));

/** V3/V4 warnings (`unsupported` / `compatibility` / `other`). */
export const imageFeatureWarnings = (warnings: MiniMaxWarning[]) => warnings.map(toFeatureWarning);
