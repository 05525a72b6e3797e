import type { ImageModelV2, ImageModelV2CallOptions, ImageModelV2CallWarning } from '@ai-sdk/provider-v2';
import { ImageModelAdapter, toImageSettingWarning } from './image-model-adapter';

type V2Result = Awaited<ReturnType<ImageModelV2['doGenerate']>>;

/** ImageModelV2 (ai@5 `experimental_generateImage`). */
export class MiniMaxImageModelV2 extends ImageModelAdapter<ImageModelV2CallWarning> implements ImageModelV2 {
  readonly specificationVersion = 'v2' as const;
  protected readonly warning = toImageSettingWarning;

  doGenerate(options: ImageModelV2CallOptions): Promise<V2Result> {
    return this.generate(options);
  }
}
