import type { ImageModelV3, ImageModelV3CallOptions, SharedV3Warning } from '@ai-sdk/provider-v3';
import { toFeatureWarning } from '../language-model/map-warnings';
import { ImageModelAdapter } from './image-model-adapter';

type V3Result = Awaited<ReturnType<ImageModelV3['doGenerate']>>;

/** ImageModelV3 (ai@6 `generateImage`): reference images in `files`, a mask (warned about). */
export class MiniMaxImageModelV3 extends ImageModelAdapter<SharedV3Warning> implements ImageModelV3 {
  readonly specificationVersion = 'v3' as const;
  protected readonly warning = toFeatureWarning;

  doGenerate(options: ImageModelV3CallOptions): Promise<V3Result> {
    return this.generate(options);
  }
}
