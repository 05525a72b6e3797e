import type { ImageModelV1, ImageModelV1CallOptions, ImageModelV1CallWarning } from '@ai-sdk/provider-v1';
import { ImageModelAdapter, toImageSettingWarning } from './image-model-adapter';

type V1Result = Awaited<ReturnType<ImageModelV1['doGenerate']>>;

/** ImageModelV1 (ai@4 `experimental_generateImage`): images, warnings and response only (V1 has no metadata). */
export class MiniMaxImageModelV1 extends ImageModelAdapter<ImageModelV1CallWarning> implements ImageModelV1 {
  readonly specificationVersion = 'v1' as const;
  protected readonly warning = toImageSettingWarning;

  async doGenerate(options: ImageModelV1CallOptions): Promise<V1Result> {
    const { images, warnings, response } = await this.generate(options);
    return { images, warnings, response };
  }
}
