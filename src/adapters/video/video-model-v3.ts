import type { Experimental_VideoModelV3, Experimental_VideoModelV3CallOptions } from '@ai-sdk/provider-v3';
import { VideoModelAdapter } from './video-model-adapter';

type V3Result = Awaited<ReturnType<Experimental_VideoModelV3['doGenerate']>>;

/** Experimental_VideoModelV3 (ai@6 `experimental_generateVideo`): `doGenerate` starts the task and polls it to the end. */
export class MiniMaxVideoModelV3 extends VideoModelAdapter implements Experimental_VideoModelV3 {
  readonly specificationVersion = 'v3' as const;

  doGenerate(options: Experimental_VideoModelV3CallOptions): Promise<V3Result> {
    return this.generate(options);
  }
}
