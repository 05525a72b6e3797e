import type { ImageModelV4, ImageModelV4CallOptions, ImageModelV4Result, SharedV4Warning } from '@ai-sdk/provider';
import { toFeatureWarning } from '../language-model/map-warnings';
import { ImageModelAdapter } from './image-model-adapter';

/** ImageModelV4 (ai@7 `generateImage`): the neutral form is V4's own. */
export class MiniMaxImageModelV4 extends ImageModelAdapter<SharedV4Warning> implements ImageModelV4 {
  readonly specificationVersion = 'v4' as const;
  /** One reference image becomes MiniMax's subject reference. */
  readonly supportsFileInputs = true;
  /** MiniMax has no inpainting. */
  readonly supportsMaskInputs = false;
  protected readonly warning = toFeatureWarning;

  doGenerate(options: ImageModelV4CallOptions): Promise<ImageModelV4Result> {
    return this.generate(options);
  }
}
