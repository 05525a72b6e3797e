import type { MiniMaxImageModel } from '../../core/image/minimax-image-model';
import type { MiniMaxImageCallOptions, MiniMaxImageWarning } from '../../core/image/minimax-image-types';
import { CoreModelAdapter } from '../language-model/core-model-adapter';

/**
 * The neutral options of an image call, field by field. Every spec, V1 to V4, names and types its call options like
 * the neutral ones (V1/V2 have no `files` or `mask`: they are read as absent), so one mapping serves the four; the
 * compiler checks each spec's options against it where an adapter passes them, and `test/media-spec-boundaries`
 * checks that the names are the same on both sides.
 */
export function fromImageCallOptions(options: MiniMaxImageCallOptions): MiniMaxImageCallOptions {
  return {
    prompt: options.prompt,
    n: options.n,
    size: options.size,
    aspectRatio: options.aspectRatio,
    seed: options.seed,
    files: options.files,
    mask: options.mask,
    providerOptions: options.providerOptions,
    abortSignal: options.abortSignal,
    headers: options.headers,
  };
}

/**
 * A neutral image warning in the V1/V2 shape (`unsupported-setting` / `other`): V1/V2 calls have no `files` or
 * `mask`, so a warning about one (which their calls cannot cause) is `other`; every other setting keeps its name,
 * which the compiler checks against the spec's option names where an adapter returns it.
 */
export function toImageSettingWarning(warning: MiniMaxImageWarning) {
  switch (warning.type) {
    case 'unsupported-setting': {
      const { setting, details } = warning;
      if (setting === 'files' || setting === 'mask') return { type: 'other' as const, message: `${setting}: ${details ?? 'not supported'}` };
      return { type: 'unsupported-setting' as const, setting, ...(details ? { details } : {}) };
    }
    case 'compatibility':
      return { type: 'other' as const, message: `${warning.feature}${warning.details ? `: ${warning.details}` : ''}` };
    case 'other':
      return { type: 'other' as const, message: warning.message };
  }
}

/**
 * What the ImageModelV1..V4 adapters share: the core image model, its identity and its per-call limit, and the
 * result of a call with the warnings in the spec's shape (`WARNING`, the spec's warning type: the subclass's
 * `warning` function is checked against it). Each adapter's `doGenerate` returns that result as its spec's result
 * type, so the compiler checks every field.
 */
export abstract class ImageModelAdapter<WARNING> extends CoreModelAdapter<MiniMaxImageModel> {
  protected abstract readonly warning: (warning: MiniMaxImageWarning) => WARNING;

  get maxImagesPerCall(): number {
    return this.core.maxImagesPerCall;
  }

  protected async generate(options: MiniMaxImageCallOptions) {
    const result = await this.core.doGenerate(fromImageCallOptions(options));
    return {
      images: result.images,
      warnings: result.warnings.map(this.warning),
      providerMetadata: result.providerMetadata,
      response: result.response,
    };
  }
}
