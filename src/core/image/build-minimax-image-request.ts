import { InvalidArgumentError } from '@ai-sdk/provider';
import { mediaFileKind, toMiniMaxFileURL, type MiniMaxMediaFile } from '../media/minimax-media-file';
import {
  MINIMAX_IMAGE_ASPECT_RATIOS,
  MINIMAX_IMAGE_MODELS,
  MINIMAX_IMAGE_SIZE_LIMITS,
  MINIMAX_MAX_IMAGES_PER_CALL,
  getMiniMaxImageModelInfo,
  type MiniMaxImageModelInfo,
} from './minimax-image-models';
import { MINIMAX_IMAGE_STYLES, type MiniMaxImageProviderOptions } from './minimax-image-options';
import type { MiniMaxImageCallOptions, MiniMaxImageWarning } from './minimax-image-types';

/** MiniMax documents prompts of up to 1500 characters. */
const MAX_PROMPT_CHARACTERS = 1500;

/** An id missing from the table is sent as given and allowed everything, so a new model needs no release. */
const UNKNOWN_MODEL: Omit<MiniMaxImageModelInfo, 'id'> = { ...MINIMAX_IMAGE_MODELS[0], style: true, pricePerImage: undefined };

export interface MiniMaxImageRequest {
  body: Record<string, unknown>;
  warnings: MiniMaxImageWarning[];
  responseFormat: 'base64' | 'url';
}

type Dimensions = { aspect_ratio: string } | { width: number; height: number } | Record<string, never>;

const { min: MIN_SIDE, max: MAX_SIDE, multipleOf: STEP } = MINIMAX_IMAGE_SIZE_LIMITS;
const roundToStep = (value: number) => Math.round(value / STEP) * STEP;
const clampSide = (value: number) => Math.min(MAX_SIDE, Math.max(MIN_SIDE, value));

function parsePair(value: string, separator: 'x' | ':'): [number, number] | undefined {
  const [a, b, ...rest] = value.trim().split(separator);
  const first = Number(a);
  const second = Number(b);
  return rest.length === 0 && first > 0 && second > 0 && Number.isFinite(first) && Number.isFinite(second) ? [first, second] : undefined;
}

/** The preset of `ratios` closest to `ratio` (width ÷ height), compared on a log scale. */
function nearestPreset(ratios: readonly string[], ratio: number): string {
  const distance = (preset: string) => {
    const { width, height } = MINIMAX_IMAGE_ASPECT_RATIOS[preset];
    return Math.abs(Math.log(width / height) - Math.log(ratio));
  };
  return ratios.reduce((best, preset) => (distance(preset) < distance(best) ? preset : best));
}

/** The preset with exactly this ratio (`16:9` for 1920×1080), if any. */
function presetWithRatio(ratios: readonly string[], ratio: number): string | undefined {
  return ratios.find((preset) => {
    const [w, h] = preset.split(':').map(Number);
    return Math.abs(w / h - ratio) < 1e-9;
  });
}

function describePreset(preset: string): string {
  const { width, height } = MINIMAX_IMAGE_ASPECT_RATIOS[preset];
  return `aspect_ratio ${preset} (${width}×${height})`;
}

/** `size` → `width`/`height` (image-01) or the matching preset (image-01-live, which has no custom sizes). */
function dimensionsFromSize(info: Omit<MiniMaxImageModelInfo, 'id'>, modelId: string, size: string, warnings: MiniMaxImageWarning[]): Dimensions {
  const pair = parsePair(size, 'x');
  if (!pair || !Number.isInteger(pair[0]) || !Number.isInteger(pair[1])) {
    throw new InvalidArgumentError({ argument: 'size', message: `MiniMax image size ${JSON.stringify(size)} is not "{width}x{height}" in whole pixels.` });
  }
  const [width, height] = pair;
  if (!info.customSize) {
    const exact = info.aspectRatios.find((p) => MINIMAX_IMAGE_ASPECT_RATIOS[p].width === width && MINIMAX_IMAGE_ASPECT_RATIOS[p].height === height);
    if (exact) return { aspect_ratio: exact };
    const preset = presetWithRatio(info.aspectRatios, width / height) ?? nearestPreset(info.aspectRatios, width / height);
    warnings.push({
      type: 'unsupported-setting',
      setting: 'size',
      details: `${modelId} has no custom sizes; ${size} was sent as ${describePreset(preset)}.`,
    });
    return { aspect_ratio: preset };
  }
  if (width < MIN_SIDE || width > MAX_SIDE || height < MIN_SIDE || height > MAX_SIDE) {
    throw new InvalidArgumentError({
      argument: 'size',
      message: `MiniMax image size ${size} is out of range: width and height must each be ${MIN_SIDE}–${MAX_SIDE} pixels (multiples of ${STEP}).`,
    });
  }
  const rounded = { width: roundToStep(width), height: roundToStep(height) };
  if (rounded.width !== width || rounded.height !== height) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'size',
      details: `MiniMax needs sides that are multiples of ${STEP}; ${size} was sent as ${rounded.width}x${rounded.height}.`,
    });
  }
  return rounded;
}

/** `aspectRatio` → a preset, or (image-01) a custom size of about one megapixel with that ratio. */
function dimensionsFromAspectRatio(
  info: Omit<MiniMaxImageModelInfo, 'id'>,
  modelId: string,
  aspectRatio: string,
  warnings: MiniMaxImageWarning[],
): Dimensions {
  const pair = parsePair(aspectRatio, ':');
  if (!pair) {
    throw new InvalidArgumentError({ argument: 'aspectRatio', message: `MiniMax aspect ratio ${JSON.stringify(aspectRatio)} is not "{width}:{height}".` });
  }
  const ratio = pair[0] / pair[1];
  const preset = presetWithRatio(info.aspectRatios, ratio);
  if (preset) return { aspect_ratio: preset };
  if (info.customSize) {
    const bounded = Math.min(MAX_SIDE / MIN_SIDE, Math.max(MIN_SIDE / MAX_SIDE, ratio));
    const width = clampSide(roundToStep(Math.sqrt(1024 * 1024 * bounded)));
    const height = clampSide(roundToStep(width / bounded));
    warnings.push({
      type: 'compatibility',
      feature: 'aspectRatio',
      details:
        `${aspectRatio} is not one of MiniMax's aspect_ratio presets; it was sent as width ${width} × height ${height}` +
        (bounded === ratio ? '.' : ` (MiniMax's sides are limited to ${MIN_SIDE}–${MAX_SIDE} pixels).`),
    });
    return { width, height };
  }
  const nearest = nearestPreset(info.aspectRatios, ratio);
  warnings.push({
    type: 'unsupported-setting',
    setting: 'aspectRatio',
    details: `${modelId} supports the aspect ratios ${info.aspectRatios.join(', ')}; ${aspectRatio} was sent as the nearest, ${describePreset(nearest)}.`,
  });
  return { aspect_ratio: nearest };
}

function dimensions(info: Omit<MiniMaxImageModelInfo, 'id'>, modelId: string, options: MiniMaxImageCallOptions, warnings: MiniMaxImageWarning[]): Dimensions {
  const { size, aspectRatio } = options;
  if (size === undefined) return aspectRatio === undefined ? {} : dimensionsFromAspectRatio(info, modelId, aspectRatio, warnings);
  const fromSize = dimensionsFromSize(info, modelId, size, warnings);
  if (aspectRatio !== undefined) {
    const sizePair = parsePair(size, 'x')!;
    const ratioPair = parsePair(aspectRatio, ':');
    if (!ratioPair || Math.abs(sizePair[0] / sizePair[1] - ratioPair[0] / ratioPair[1]) > 0.01) {
      warnings.push({
        type: 'unsupported-setting',
        setting: 'aspectRatio',
        details: `Both size (${size}) and aspectRatio (${aspectRatio}) were given and disagree; the size was used.`,
      });
    }
  }
  return fromSize;
}

/** `files` (ai@6/7) or the `subjectReference` option → MiniMax's one character reference. */
function subjectReference(
  options: MiniMaxImageCallOptions,
  minimaxOptions: MiniMaxImageProviderOptions,
  warnings: MiniMaxImageWarning[],
): Array<{ type: 'character'; image_file: string }> | undefined {
  const files = options.files ?? [];
  if (files.length === 0) {
    return minimaxOptions.subjectReference ? [{ type: 'character', image_file: minimaxOptions.subjectReference }] : undefined;
  }
  const images: MiniMaxMediaFile[] = [];
  for (const file of files) {
    const kind = mediaFileKind(file);
    if (kind === undefined || kind === 'image') images.push(file);
    else warnings.push({ type: 'unsupported-setting', setting: 'files', details: `MiniMax takes only images as references; a ${file.mediaType} file was ignored.` });
  }
  if (images.length > 1) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'files',
      details: `MiniMax takes one subject reference image per request; the first of ${images.length} images was used.`,
    });
  }
  if (minimaxOptions.subjectReference) {
    warnings.push({ type: 'other', message: 'providerOptions.minimax.subjectReference was ignored: the prompt has images.' });
  }
  return images.length > 0 ? [{ type: 'character', image_file: toMiniMaxFileURL(images[0]) }] : undefined;
}

/** Neutral call options + validated provider options → the `/v1/image_generation` body and the call's warnings. */
export function buildMiniMaxImageRequest(
  modelId: string,
  options: MiniMaxImageCallOptions,
  minimaxOptions: MiniMaxImageProviderOptions,
): MiniMaxImageRequest {
  const info = getMiniMaxImageModelInfo(modelId) ?? UNKNOWN_MODEL;
  const warnings: MiniMaxImageWarning[] = [];

  const prompt = options.prompt;
  if (prompt === undefined || prompt.trim() === '') {
    throw new InvalidArgumentError({ argument: 'prompt', message: 'MiniMax image generation needs a text prompt (reference images alone are not enough).' });
  }
  if (prompt.length > MAX_PROMPT_CHARACTERS) {
    warnings.push({
      type: 'other',
      message: `The prompt has ${prompt.length} characters; MiniMax documents at most ${MAX_PROMPT_CHARACTERS} for image generation and may reject it.`,
    });
  }
  if (!Number.isInteger(options.n) || options.n < 1 || options.n > MINIMAX_MAX_IMAGES_PER_CALL) {
    throw new InvalidArgumentError({
      argument: 'n',
      message: `MiniMax generates 1–${MINIMAX_MAX_IMAGES_PER_CALL} images per request, not ${options.n} (generateImage splits larger n itself).`,
    });
  }

  const responseFormat = minimaxOptions.responseFormat ?? 'base64';
  const body: Record<string, unknown> = {
    model: modelId,
    prompt,
    n: options.n,
    response_format: responseFormat,
    ...dimensions(info, modelId, options, warnings),
  };

  if (options.seed !== undefined) {
    body.seed = Math.round(options.seed);
    if (body.seed !== options.seed) {
      warnings.push({ type: 'unsupported-setting', setting: 'seed', details: `MiniMax seeds are integers; ${options.seed} was sent as ${body.seed}.` });
    }
  }

  const reference = subjectReference(options, minimaxOptions, warnings);
  if (reference) body.subject_reference = reference;
  if (options.mask !== undefined) {
    warnings.push({ type: 'unsupported-setting', setting: 'mask', details: 'MiniMax image generation has no inpainting; the mask was ignored.' });
  }

  if (minimaxOptions.promptOptimizer !== undefined) body.prompt_optimizer = minimaxOptions.promptOptimizer;
  if (minimaxOptions.aigcWatermark !== undefined) body.aigc_watermark = minimaxOptions.aigcWatermark;
  if (minimaxOptions.style) {
    if (info.style) {
      const { styleType, styleWeight } = minimaxOptions.style;
      body.style = {
        style_type: MINIMAX_IMAGE_STYLES[styleType as keyof typeof MINIMAX_IMAGE_STYLES] ?? styleType,
        ...(styleWeight !== undefined ? { style_weight: styleWeight } : {}),
      };
    } else {
      warnings.push({ type: 'other', message: `providerOptions.minimax.style is for image-01-live only; it was not sent for ${modelId}.` });
    }
  }
  return { body, warnings, responseFormat };
}
