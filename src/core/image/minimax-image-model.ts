import { APICallError } from '@ai-sdk/provider';
import { downloadMiniMaxFiles } from '../media/download-minimax-files';
import { minimaxMediaCost } from '../media/minimax-media-cost';
import { minimaxMediaURL, postMiniMaxMediaJson, type MiniMaxMediaConfig } from '../media/minimax-media-http';
import { parseMiniMaxOptions } from '../shared/minimax-provider-options';
import { withMiniMaxSecretsRedacted } from '../shared/minimax-request';
import { buildMiniMaxImageRequest } from './build-minimax-image-request';
import { MINIMAX_MAX_IMAGES_PER_CALL, calculateMiniMaxImageCost } from './minimax-image-models';
import { minimaxImageProviderOptionsSchema } from './minimax-image-options';
import { minimaxImageResponseSchema } from './minimax-image-response';
import type { MiniMaxImageCallMetadata, MiniMaxImageCallOptions, MiniMaxImageGenerateResult } from './minimax-image-types';

const IMAGE_PATH = '/v1/image_generation';

/**
 * The spec-neutral MiniMax image model (`image-01`, `image-01-live`): one `/v1/image_generation` request per call,
 * base64 images returned as they are, URL results downloaded through the provider's `fetch`; each image's
 * metadata carries its own cost, because ai@5 and ai@6 keep only `providerMetadata.minimax.images`.
 */
export class MiniMaxImageModel {
  readonly maxImagesPerCall = MINIMAX_MAX_IMAGES_PER_CALL;

  constructor(
    readonly modelId: string,
    private readonly config: MiniMaxMediaConfig,
  ) {}

  get provider(): string {
    return this.config.provider;
  }

  /** Generates the images; any error, also one built from MiniMax's answer, has the key cut out. */
  doGenerate(options: MiniMaxImageCallOptions): Promise<MiniMaxImageGenerateResult> {
    return withMiniMaxSecretsRedacted(this.config, options.headers, () => this.generateImages(options));
  }

  private async generateImages(options: MiniMaxImageCallOptions): Promise<MiniMaxImageGenerateResult> {
    const minimaxOptions = parseMiniMaxOptions(minimaxImageProviderOptionsSchema, options.providerOptions, 'image');
    const { body, warnings, responseFormat } = buildMiniMaxImageRequest(this.modelId, options, minimaxOptions);
    const timestamp = this.config.currentDate?.() ?? new Date();
    const { value, raw, responseHeaders } = await postMiniMaxMediaJson({
      config: this.config,
      path: IMAGE_PATH,
      body,
      schema: minimaxImageResponseSchema,
      headers: options.headers,
      abortSignal: options.abortSignal,
    });

    const base64 = value.data?.image_base64 ?? [];
    const urls = value.data?.image_urls ?? [];
    const returned = base64.length > 0 ? base64.length : urls.length;
    const failedCount = value.metadata?.failed_count ?? Math.max(0, options.n - returned);
    const successCount = value.metadata?.success_count ?? returned;

    if (returned === 0) {
      const blocked = failedCount > 0;
      throw new APICallError({
        message: blocked
          ? `MiniMax's safety review blocked all ${failedCount} requested image${failedCount === 1 ? '' : 's'} (metadata.failed_count); none were returned.`
          : 'MiniMax returned no images.',
        url: minimaxMediaURL(this.config, IMAGE_PATH),
        requestBodyValues: body,
        statusCode: 200,
        responseHeaders,
        responseBody: JSON.stringify(raw),
        isRetryable: !blocked,
        data: { successCount, failedCount },
      });
    }
    if (failedCount > 0) {
      warnings.push({
        type: 'other',
        message: `MiniMax's safety review blocked ${failedCount} of the ${options.n} requested images (metadata.failed_count); ${returned} returned.`,
      });
    }

    const images =
      base64.length > 0
        ? base64
        : (await downloadMiniMaxFiles(urls, { fetch: this.config.fetch, abortSignal: options.abortSignal })).map((file) => file.data);

    const perImage = calculateMiniMaxImageCost(this.modelId, 1);
    const callCost = calculateMiniMaxImageCost(this.modelId, returned);
    const metadata: MiniMaxImageCallMetadata = {
      images: images.map((_, index) => ({
        index,
        ...(base64.length === 0 && urls[index] ? { url: urls[index] } : {}),
        ...(perImage !== undefined ? { cost: minimaxMediaCost(perImage) } : {}),
      })),
      ...(value.id ? { id: value.id } : {}),
      successCount,
      failedCount,
      ...(callCost !== undefined ? { cost: minimaxMediaCost(callCost) } : {}),
    };

    return {
      images,
      warnings,
      providerMetadata: { minimax: metadata },
      response: { timestamp, modelId: this.modelId, headers: responseHeaders },
    };
  }
}
