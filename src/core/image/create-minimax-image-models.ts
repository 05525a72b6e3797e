import { createMiniMaxMediaModelFactory } from '../media/minimax-media-config';
import type { MiniMaxProviderSettings } from '../shared/minimax-provider-settings';
import { MiniMaxImageModel } from './minimax-image-model';
import type { MiniMaxImageModelId } from './minimax-image-models';

/** The image part of a provider instance; `IMAGE` is the entry's spec (ImageModelV1..V4). */
export interface MiniMaxImageProvider<IMAGE> {
  /** A MiniMax image model (`POST /v1/image_generation`): `image-01`, `image-01-live`. */
  image(modelId: MiniMaxImageModelId): IMAGE;
  /** The same as `image(modelId)`. */
  imageModel(modelId: MiniMaxImageModelId): IMAGE;
}

/** `image` / `imageModel` of a provider instance: `wrap` is the entry's ImageModelV1..V4 adapter. */
export function createMiniMaxImageModels<IMAGE>(
  settings: MiniMaxProviderSettings,
  wrap: (core: MiniMaxImageModel) => IMAGE,
): MiniMaxImageProvider<IMAGE> {
  const create = createMiniMaxMediaModelFactory(settings, 'minimax.image', MiniMaxImageModel, wrap);
  return { image: create, imageModel: create };
}
