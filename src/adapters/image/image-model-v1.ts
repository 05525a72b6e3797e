import type { ImageModelV1, ImageModelV1CallOptions } from '@ai-sdk/provider-v1';
import { ImageModelAdapter, imageSettingWarnings } from './image-model-adapter';

type V1Result = Awaited<ReturnType<ImageModelV1['doGenerate']>>;

/** ImageModelV1 (ai@4 `experimental_generateImage`): images, warnings and response only (V1 has no metadata). */
export class MiniMaxImageModelV1 extends ImageModelAdapter implements ImageModelV1 {
  readonly specificationVersion = 'v1' as const;

  async doGenerate(options: ImageModelV1CallOptions): Promise<V1Result> {
    const { images, response, warnings } = await this.generate<V1Result>(options, imageSettingWarnings);
    return { images, response, warnings };
  }
}
