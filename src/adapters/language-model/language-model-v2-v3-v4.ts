import type {
  MiniMaxCallOptions,
  MiniMaxFinishReason,
  MiniMaxGenerateResult,
  MiniMaxUsage,
  MiniMaxWarning,
} from '../../core/shared/minimax-neutral-types';
import { convertSpecPrompt } from './convert-v2-v3-v4-prompt';
import { CoreModelAdapter } from './core-model-adapter';

/**
 * What differs between LanguageModelV2, V3 and V4 on the way out: warnings,
 * finish reason and usage shapes. Everything else (content, stream parts,
 * call options) has the same form in all three.
 */
export interface ModernSpecMapping {
  warnings(warnings: MiniMaxWarning[]): unknown[];
  finishReason(reason: MiniMaxFinishReason): unknown;
  usage(usage: MiniMaxUsage): unknown;
}

/** Call options of V2, V3 and V4 → neutral: the same fields, a prompt whose file data may be tagged. */
export function fromModernCallOptions(options: object): MiniMaxCallOptions {
  const o = options as MiniMaxCallOptions;
  return { ...o, prompt: convertSpecPrompt(o.prompt as never) };
}

const IMAGE_URLS = { 'image/*': [/^https?:\/\/.+/i] };

/** The shared body of the V2, V3 and V4 adapters; each passes its mapping. */
export abstract class ModernLanguageModel extends CoreModelAdapter {
  protected abstract readonly mapping: ModernSpecMapping;

  /** URLs MiniMax fetches itself: images on models that accept them. */
  get supportedUrls(): Record<string, RegExp[]> {
    return this.core.supportsImageInput ? IMAGE_URLS : {};
  }

  protected async generate(options: object) {
    const result: MiniMaxGenerateResult = await this.core.doGenerate(fromModernCallOptions(options));
    return {
      ...result,
      finishReason: this.mapping.finishReason(result.finishReason),
      usage: this.mapping.usage(result.usage),
      warnings: this.mapping.warnings(result.warnings),
    };
  }

  protected async stream(options: object) {
    const mapping = this.mapping;
    // The translation runs inside the core's single stream stage: no extra stage per spec.
    return this.core.doStream(fromModernCallOptions(options), (part) => {
      switch (part.type) {
        case 'stream-start':
          return { type: 'stream-start', warnings: mapping.warnings(part.warnings) };
        case 'finish':
          return { ...part, finishReason: mapping.finishReason(part.finishReason), usage: mapping.usage(part.usage) };
        default:
          return part;
      }
    });
  }
}
