import type {
  MiniMaxFinishReason,
  MiniMaxStreamPart,
  MiniMaxUsage,
  MiniMaxWarning,
  ProviderMetadata,
} from '../../core/shared/minimax-neutral-types';
import { fromSpecCallOptions, type SpecCallOptions } from './convert-v2-v3-v4-prompt';
import { CoreModelAdapter } from './core-model-adapter';

/** The neutral stream parts that V2, V3 and V4 all take as they are (every part but stream-start and finish). */
export type PassThroughStreamPart = Exclude<MiniMaxStreamPart, { type: 'stream-start' | 'finish' }>;

/**
 * What one of LanguageModelV2, V3 and V4 makes of the neutral output, in its
 * own types: each spec writes these functions against its `@ai-sdk/provider`
 * major, so the compiler checks every field that crosses the boundary (the
 * pass-through functions are identities whose parameter and return types
 * differ: neutral in, spec out). Content and the other parts have one form in
 * all three.
 */
export interface SpecOutput<PART, FINISH, USAGE, WARNING> {
  warning(warning: MiniMaxWarning): WARNING;
  finishReason(reason: MiniMaxFinishReason): FINISH;
  usage(usage: MiniMaxUsage): USAGE;
  streamPart(part: PassThroughStreamPart): PART;
  streamStart(warnings: WARNING[]): PART;
  finish(finishReason: FINISH, usage: USAGE, providerMetadata: ProviderMetadata): PART;
}

/**
 * The identity from a neutral value to a spec's own type: assigned to a
 * `SpecOutput` function, it makes the compiler check that the neutral type is
 * assignable to the spec's.
 */
const same = <T>(value: T): T => value;

/**
 * The `SpecOutput` functions whose neutral form every one of V2, V3 and V4
 * takes unchanged (usage: V3 and V4). Spread into a spec's `SpecOutput`, each
 * is checked against that spec's types there.
 */
export const SHARED_SPEC_OUTPUT = {
  usage: same,
  streamPart: same,
  streamStart: <WARNING>(warnings: WARNING[]) => ({ type: 'stream-start' as const, warnings }),
  finish: <FINISH, USAGE>(finishReason: FINISH, usage: USAGE, providerMetadata: ProviderMetadata) => ({
    type: 'finish' as const,
    finishReason,
    usage,
    providerMetadata,
  }),
  finishReason: same,
};

const IMAGE_URLS = { 'image/*': [/^https?:\/\/.+/i] };

/**
 * The shared body of the V2, V3 and V4 adapters; each passes its `SpecOutput`
 * and declares `implements LanguageModelVx`, which makes the compiler check
 * `doGenerate` and `doStream` against that spec.
 */
export abstract class LanguageModelV2V3V4<PART, FINISH, USAGE, WARNING> extends CoreModelAdapter {
  protected abstract readonly output: SpecOutput<PART, FINISH, USAGE, WARNING>;

  /** URLs MiniMax fetches itself: images on models that accept them. */
  get supportedUrls(): Record<string, RegExp[]> {
    return this.core.supportsImageInput ? IMAGE_URLS : {};
  }

  async doGenerate(options: SpecCallOptions) {
    const { output } = this;
    const result = await this.core.doGenerate(fromSpecCallOptions(options));
    return {
      content: result.content,
      finishReason: output.finishReason(result.finishReason),
      usage: output.usage(result.usage),
      providerMetadata: result.providerMetadata,
      warnings: result.warnings.map((warning) => output.warning(warning)),
      request: result.request,
      response: result.response,
    };
  }

  async doStream(options: SpecCallOptions) {
    const { output } = this;
    // The translation runs inside the core's single stream stage: no extra stage per spec.
    const { stream, request, response } = await this.core.doStream(fromSpecCallOptions(options), (part): PART => {
      switch (part.type) {
        case 'stream-start':
          return output.streamStart(part.warnings.map((warning) => output.warning(warning)));
        case 'finish':
          return output.finish(output.finishReason(part.finishReason), output.usage(part.usage), part.providerMetadata);
        default:
          return output.streamPart(part);
      }
    });
    return { stream, request, response };
  }
}
