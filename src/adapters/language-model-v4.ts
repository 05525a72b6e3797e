import type {
  LanguageModelV4,
  LanguageModelV4CallOptions,
  LanguageModelV4GenerateResult,
  LanguageModelV4StreamPart,
  LanguageModelV4StreamResult,
} from '@ai-sdk/provider';
import type { MiniMaxCallOptions, MiniMaxCoreModel, MiniMaxStreamPart } from '../core/minimax-types';
import { convertSpecPrompt } from './convert-spec-prompt';
import { CoreModelAdapter } from './core-model-adapter';
import { toFeatureWarnings } from './map-warnings';

/** Call options of V2, V3 and V4 → neutral: the same fields, a prompt whose file data may be tagged. */
export function fromModernCallOptions(options: LanguageModelV4CallOptions | Record<string, unknown>): MiniMaxCallOptions {
  const o = options as LanguageModelV4CallOptions;
  return {
    ...(o as unknown as MiniMaxCallOptions),
    prompt: convertSpecPrompt(o.prompt as never),
  };
}

const IMAGE_URLS = { 'image/*': [/^https?:\/\/.+/i] };

/** URLs MiniMax fetches itself: images on models that accept them. */
export function supportedUrlsFor(core: MiniMaxCoreModel): Record<string, RegExp[]> {
  return core.supportsImageInput ? IMAGE_URLS : {};
}

/** LanguageModelV4 (ai@7) over the spec-neutral core: only shapes change here. */
export class MiniMaxLanguageModelV4 extends CoreModelAdapter implements LanguageModelV4 {
  readonly specificationVersion = 'v4' as const;
  get supportedUrls(): Record<string, RegExp[]> {
    return supportedUrlsFor(this.core);
  }

  async doGenerate(options: LanguageModelV4CallOptions): Promise<LanguageModelV4GenerateResult> {
    const result = await this.core.doGenerate(fromModernCallOptions(options));
    return { ...result, warnings: toFeatureWarnings(result.warnings) } as LanguageModelV4GenerateResult;
  }

  async doStream(options: LanguageModelV4CallOptions): Promise<LanguageModelV4StreamResult> {
    const result = await this.core.doStream(fromModernCallOptions(options));
    const stream = result.stream.pipeThrough(
      new TransformStream<MiniMaxStreamPart, LanguageModelV4StreamPart>({
        transform(part, controller) {
          controller.enqueue(
            (part.type === 'stream-start'
              ? { type: 'stream-start', warnings: toFeatureWarnings(part.warnings) }
              : part) as LanguageModelV4StreamPart,
          );
        },
      }),
    );
    return { stream, request: result.request, response: result.response };
  }
}
