/**
 * MiniMax's image models (`POST /v1/image_generation`): what each accepts and what it costs. Prices are USD per
 * generated image, from MiniMax's pay-as-you-go price list; a model without a published price reports no cost.
 */

export type MiniMaxImageModelId = 'image-01' | 'image-01-live' | (string & {});

/** Width × height MiniMax renders for each `aspect_ratio` preset. */
export const MINIMAX_IMAGE_ASPECT_RATIOS: Readonly<Record<string, { width: number; height: number }>> = {
  '1:1': { width: 1024, height: 1024 },
  '16:9': { width: 1280, height: 720 },
  '4:3': { width: 1152, height: 864 },
  '3:2': { width: 1248, height: 832 },
  '2:3': { width: 832, height: 1248 },
  '3:4': { width: 864, height: 1152 },
  '9:16': { width: 720, height: 1280 },
  '21:9': { width: 1344, height: 576 },
};

export interface MiniMaxImageModelInfo {
  id: string;
  /** The `aspect_ratio` presets the model accepts. */
  aspectRatios: readonly string[];
  /** `width` + `height` (512–2048, multiples of 8) are accepted. */
  customSize: boolean;
  /** `style` (comic, lively, medieval, watercolour) is accepted. */
  style: boolean;
  /** USD per generated image; absent when MiniMax publishes no price. */
  pricePerImage?: number;
}

const ALL_RATIOS = Object.keys(MINIMAX_IMAGE_ASPECT_RATIOS);

export const MINIMAX_IMAGE_MODELS: readonly MiniMaxImageModelInfo[] = [
  { id: 'image-01', aspectRatios: ALL_RATIOS, customSize: true, style: false, pricePerImage: 0.0035 },
  { id: 'image-01-live', aspectRatios: ALL_RATIOS.filter((r) => r !== '21:9'), customSize: false, style: true },
];

/** MiniMax's `n` limit per request; `generateImage` splits larger batches into several calls. */
export const MINIMAX_MAX_IMAGES_PER_CALL = 9;

/** Custom sizes: each side in [512, 2048] and a multiple of 8. */
export const MINIMAX_IMAGE_SIZE_LIMITS = { min: 512, max: 2048, multipleOf: 8 } as const;

/** The table entry of an image model id (case-insensitive), or `undefined` for an unknown id. */
export function getMiniMaxImageModelInfo(modelId: string): MiniMaxImageModelInfo | undefined {
  const id = modelId.toLowerCase();
  return MINIMAX_IMAGE_MODELS.find((model) => model.id === id);
}

/** USD for `images` generated images of `modelId`; `undefined` when the model has no published price. */
export function calculateMiniMaxImageCost(modelId: string, images: number): number | undefined {
  const price = getMiniMaxImageModelInfo(modelId)?.pricePerImage;
  return price === undefined ? undefined : Math.round(price * images * 1e10) / 1e10;
}
