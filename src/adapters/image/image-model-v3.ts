import type { ImageModelV3, ImageModelV3CallOptions } from '@ai-sdk/provider-v3';
import { ImageModelAdapter, imageFeatureWarnings } from './image-model-adapter';

type V3Result = Awaited<ReturnType<ImageModelV3['doGenerate']>>;

/** ImageModelV3 (ai@6 `generateImage`): reference images in `files`, a mask (warned about). */
export class MiniMaxImageModelV3 extends ImageModelAdapter implements ImageModelV3 {
  readonly specificationVersion = 'v3' as const;

  doGenerate(options: ImageModelV3CallOptions): Promise<V3Result> {
    return this.generate<V3Result>(options, imageFeatureWarnings);
  }
}
