import { InvalidArgumentError } from '@ai-sdk/provider';
import { mediaFileKind, toMiniMaxFileURL, type MiniMaxMediaFile } from '../media/minimax-media-file';
import type { MiniMaxWarning } from '../shared/minimax-neutral-types';
import { chooseVideoDuration, chooseVideoResolution, frameInputs, unsupportedVideoSettings } from './minimax-video-inputs';
import type { MiniMaxVideoV1ModelInfo } from './minimax-video-models';
import type { MiniMaxVideoProviderOptions } from './minimax-video-options';
import type { MiniMaxVideoCallOptions, MiniMaxVideoResolvedInputs } from './minimax-video-types';

/** MiniMax documents v1 prompts of up to 2000 characters. */
const MAX_PROMPT_CHARACTERS = 2000;

export interface MiniMaxVideoRequest {
  body: Record<string, unknown>;
  warnings: MiniMaxWarning[];
  resolution: string;
  duration: number;
  resolvedInputs: MiniMaxVideoResolvedInputs;
}

/** The subject of an S2V request: the first image reference, else the first frame (with a warning). */
function subjectImage(
  modelId: string,
  options: MiniMaxVideoCallOptions,
  first: MiniMaxMediaFile | undefined,
  warnings: MiniMaxWarning[],
): MiniMaxMediaFile | undefined {
  const references = options.inputReferences ?? [];
  const image = references.find((file) => (mediaFileKind(file) ?? 'image') === 'image');
  if (references.length > (image ? 1 : 0)) {
    warnings.push({ type: 'unsupported-setting', setting: 'inputReferences', details: `${modelId} takes one subject image; the other references were ignored.` });
  }
  if (image) return image;
  if (first) {
    warnings.push({ type: 'compatibility', feature: 'image', details: `${modelId} has no first frame; the image was sent as the subject reference.` });
  }
  return first;
}

/** Neutral call options → the `/v1/video_generation` body (Hailuo, T2V/I2V/S2V-01). */
export function buildMiniMaxVideoV1Request(
  info: MiniMaxVideoV1ModelInfo,
  options: MiniMaxVideoCallOptions,
  minimaxOptions: MiniMaxVideoProviderOptions,
): MiniMaxVideoRequest {
  const modelId = info.id;
  const warnings = unsupportedVideoSettings(modelId, options);
  const { modes } = info;
  const { first, last } = frameInputs(modelId, options, warnings);
  const body: Record<string, unknown> = { model: modelId };

  const prompt = options.prompt?.trim() ? options.prompt : undefined;
  if (prompt) body.prompt = prompt;
  if (prompt && prompt.length > MAX_PROMPT_CHARACTERS) {
    warnings.push({ type: 'other', message: `The prompt has ${prompt.length} characters; MiniMax documents at most ${MAX_PROMPT_CHARACTERS} and may reject it.` });
  }

  let imageCount = 0;
  if (modes.subject) {
    const subject = subjectImage(modelId, options, first, warnings);
    if (!subject) {
      throw new InvalidArgumentError({ argument: 'inputReferences', message: `${modelId} needs a subject image: pass it in inputReferences.` });
    }
    body.subject_reference = [{ type: 'character', image: [toMiniMaxFileURL(subject)] }];
    imageCount++;
  } else {
    if (options.inputReferences?.length) {
      warnings.push({
        type: 'unsupported-setting',
        setting: 'inputReferences',
        details: `${modelId} takes no references (S2V-01 takes a subject image, MiniMax-H3 reference images and videos); they were ignored.`,
      });
    }
    if (first && !modes.image) {
      warnings.push({ type: 'unsupported-setting', setting: 'image', details: `${modelId} is text-to-video only; the image was ignored.` });
    } else if (first) {
      body.first_frame_image = toMiniMaxFileURL(first);
      imageCount++;
    }
    if (!first && !modes.text) {
      throw new InvalidArgumentError({ argument: 'image', message: `${modelId} is image-to-video only: pass the first frame as prompt.image or frameImages.` });
    }
    if (last && !modes.lastFrame) {
      warnings.push({ type: 'unsupported-setting', setting: 'frameImages', details: `${modelId} takes no last frame (MiniMax-Hailuo-02 does); it was ignored.` });
    } else if (last && body.first_frame_image) {
      body.last_frame_image = toMiniMaxFileURL(last);
      imageCount++;
    }
  }
  if (!prompt && !body.first_frame_image) {
    throw new InvalidArgumentError({ argument: 'prompt', message: `${modelId} needs a text prompt for text-to-video.` });
  }

  if (options.aspectRatio !== undefined && !(body.first_frame_image ? options.aspectRatio === 'adaptive' : options.aspectRatio === '16:9')) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'aspectRatio',
      details: body.first_frame_image
        ? `${modelId} takes the aspect ratio of the first frame; ${options.aspectRatio} was ignored.`
        : `${modelId} makes 16:9 videos from text; ${options.aspectRatio} was ignored (MiniMax-H3 has ratios).`,
    });
  }

  const duration = chooseVideoDuration(modelId, options.duration, info.defaultDuration, { values: info.durations }, warnings);
  const allowed = info.resolutions.filter((r) => body.first_frame_image || !info.imageOnlyResolutions?.includes(r));
  let resolution = chooseVideoResolution(modelId, allowed, info.defaultResolution, minimaxOptions.resolution, options.resolution, warnings);
  const maxDuration = info.maxDurationAt?.[resolution];
  if (maxDuration !== undefined && duration > maxDuration) {
    warnings.push({
      type: 'unsupported-setting',
      setting: 'resolution',
      details: `${modelId} renders ${resolution} only up to ${maxDuration} s; the ${duration} s video was made at ${info.defaultResolution}.`,
    });
    resolution = info.defaultResolution;
  }
  body.duration = duration;
  body.resolution = resolution;

  if (minimaxOptions.promptOptimizer !== undefined) body.prompt_optimizer = minimaxOptions.promptOptimizer;
  if (minimaxOptions.fastPretreatment !== undefined) {
    if (info.fastPretreatment) body.fast_pretreatment = minimaxOptions.fastPretreatment;
    else warnings.push({ type: 'other', message: `providerOptions.minimax.fastPretreatment is for Hailuo models only; it was not sent for ${modelId}.` });
  }
  for (const name of ['ratio', 'referenceAudioUrls', 'aigcWatermark'] as const) {
    if (minimaxOptions[name] !== undefined) {
      warnings.push({ type: 'other', message: `providerOptions.minimax.${name} is for MiniMax-H3 (the v2 API) only; it was not sent for ${modelId}.` });
    }
  }
  if (options.webhookUrl) body.callback_url = options.webhookUrl;

  return { body, warnings, resolution, duration, resolvedInputs: { imageCount, referenceVideoUrls: [], referenceAudioCount: 0 } };
}
