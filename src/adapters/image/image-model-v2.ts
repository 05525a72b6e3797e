import type { ImageModelV2, ImageModelV2CallOptions } from '@ai-sdk/provider-v2';
import { ImageModelAdapter, imageSettingWarnings } from './image-model-adapter';

type V2Result = Awaited<ReturnType<ImageModelV2['doGenerate']>>;

/** ImageModelV2 (ai@5 `experimental_generateImage`). */
export class MiniMaxImageModelV2 extends ImageModelAdapter implements ImageModelV2 {
  readonly specificationVersion = 'v2' as const;

  doGenerate(options: ImageModelV2CallOptions): Promise<V2Result> {
    return this.generate<V2Result>(options, imageSettingWarnings);
  }
}
