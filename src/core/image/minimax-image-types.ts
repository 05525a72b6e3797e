/**
 * The spec-neutral form of an image call: what every ImageModelV1..V4 adapter hands the core, and what the core
 * returns. Close to ImageModelV4; V1/V2 simply have no `files` or `mask`.
 */
import type { MiniMaxMediaCost } from '../media/minimax-media-cost';
import type { MiniMaxMediaFile } from '../media/minimax-media-file';
import type { ProviderOptions } from '../shared/minimax-neutral-types';

export interface MiniMaxImageCallOptions {
  prompt: string | undefined;
  n: number;
  /** `{width}x{height}` */
  size: string | undefined;
  /** `{width}:{height}` */
  aspectRatio: string | undefined;
  seed: number | undefined;
  /** Reference images (ai@6/7: `prompt.images`). */
  files?: MiniMaxMediaFile[];
  mask?: MiniMaxMediaFile;
  providerOptions?: ProviderOptions;
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
}

/** A call setting an image warning names: the neutral options' own names (V1/V2 calls have no `files` or `mask`). */
export type MiniMaxImageSetting = keyof MiniMaxImageCallOptions;

/** A warning of an image call: a `MiniMaxWarning` whose setting is one of the call's. */
export type MiniMaxImageWarning =
  | { type: 'unsupported-setting'; setting: MiniMaxImageSetting; details?: string }
  | { type: 'compatibility'; feature: MiniMaxImageSetting; details?: string }
  | { type: 'other'; message: string };

/**
 * `providerMetadata.minimax.images[i]`: what one generated image carries (ai@5/6 keep only this array). An object
 * type of JSON values, so it is a `JSONObject` of every spec.
 */
export type MiniMaxImageMetadata = {
  /** Position of the image in this call's result. */
  index: number;
  /** MiniMax's URL of the image (`responseFormat: 'url'`); valid for 24 hours. */
  url?: string;
  /** USD for this image (absent for a model without a published price). */
  cost?: MiniMaxMediaCost;
};

/** `providerMetadata.minimax` of one image call (JSON, like the images' metadata). */
export type MiniMaxImageCallMetadata = {
  images: MiniMaxImageMetadata[];
  /** MiniMax's id of the request (`id` of the response). */
  id?: string;
  /** `metadata.success_count` */
  successCount: number;
  /** `metadata.failed_count`: images MiniMax's safety review blocked. */
  failedCount: number;
  /** USD for the whole call (the sum of the images' costs). */
  cost?: MiniMaxMediaCost;
};

export interface MiniMaxImageGenerateResult {
  /** Base64 strings (`responseFormat: 'base64'`, the default) or downloaded bytes (`'url'`). */
  images: string[] | Uint8Array[];
  warnings: MiniMaxImageWarning[];
  providerMetadata: { minimax: MiniMaxImageCallMetadata };
  response: { timestamp: Date; modelId: string; headers: Record<string, string> | undefined };
}
