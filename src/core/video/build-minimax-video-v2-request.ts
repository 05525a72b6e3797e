import { InvalidArgumentError } from '@ai-sdk/provider';
import { mediaFileKind, toMiniMaxFileURL, type MiniMaxMediaFile } from '../media/minimax-media-file';
import type { MiniMaxWarning } from '../shared/minimax-neutral-types';
import type { MiniMaxVideoRequest } from './build-minimax-video-v1-request';
import { chooseVideoDuration, chooseVideoResolution, frameInputs, unsupportedVideoSettings } from './minimax-video-inputs';
import { MINIMAX_VIDEO_RATIOS, type MiniMaxVideoV2ModelInfo } from './minimax-video-models';
import type { MiniMaxVideoProviderOptions } from './minimax-video-options';
import type { MiniMaxVideoCallOptions } from './minimax-video-types';

/** The v2 API's limits per task. */
const LIMITS = { prompt: 7000, images: 9, videos: 3, audios: 3 } as const;
const DEFAULT_RATIO = '16:9';

type ContentItem = Record<string, unknown>;

const imageItem = (file: MiniMaxMediaFile, role: string): ContentItem => ({ type: 'image_url', image_url: { url: toMiniMaxFileURL(file) }, role });

/** Reference images, videos and audio → `content` items, within MiniMax's limits. */
function referenceItems(
  info: MiniMaxVideoV2ModelInfo,
  options: MiniMaxVideoCallOptions,
  minimaxOptions: MiniMaxVideoProviderOptions,
  warnings: MiniMaxWarning[],
): { items: ContentItem[]; imageCount: number; referenceVideoUrls: string[]; referenceAudioCount: number } {
  const modelId = info.id;
  const images: MiniMaxMediaFile[] = [];
  const videos: MiniMaxMediaFile[] = [];
  const audios: string[] = [];
  const unsupported = (details: string) => warnings.push({ type: 'unsupported-setting', setting: 'inputReferences', details });

  for (const file of options.inputReferences ?? []) {
    const kind = mediaFileKind(file);
    if (kind === 'image') images.push(file);
    else if (kind === 'video') videos.push(file);
    else if (kind === 'audio') audios.push(toMiniMaxFileURL(file));
    else if (kind === undefined) {
      unsupported(
        `${modelId} needs to know whether a reference is an image, a video or audio; a reference without a media type or a known file extension was sent as an image (pass { data, mediaType: 'video/mp4' } for a video).`,
      );
      images.push(file);
    } else unsupported(`${modelId} takes image, video and audio references; the ${file.mediaType} reference was ignored.`);
  }
  audios.push(...(minimaxOptions.referenceAudioUrls ?? []));
  const empty = { items: [], imageCount: 0, referenceVideoUrls: [], referenceAudioCount: 0 };
  if (images.length + videos.length + audios.length === 0) return empty;
  if (!info.references) {
    unsupported(`${modelId} takes no references (MiniMax-H3 does); they were ignored.`);
    return empty;
  }

  const capped = <T>(list: T[], max: number, what: string) => {
    if (list.length > max) unsupported(`${modelId} takes at most ${max} reference ${what}; the first ${max} of ${list.length} were sent.`);
    return list.slice(0, max);
  };
  const sentImages = capped(images, LIMITS.images, 'images');
  const sentVideos = capped(videos, LIMITS.videos, 'videos');
  let sentAudios = capped(audios, LIMITS.audios, 'audio files');
  if (sentAudios.length > 0 && sentImages.length + sentVideos.length === 0) {
    warnings.push({ type: 'other', message: `${modelId} takes reference audio only together with a reference image or video; the audio was ignored.` });
    sentAudios = [];
  }
  return {
    items: [
      ...sentImages.map((file) => imageItem(file, 'reference_image')),
      ...sentVideos.map((file) => ({ type: 'video_url', video_url: { url: toMiniMaxFileURL(file) }, role: 'reference_video' })),
      ...sentAudios.map((url) => ({ type: 'audio_url', audio_url: { url }, role: 'reference_audio' })),
    ],
    imageCount: sentImages.length,
    referenceVideoUrls: sentVideos.flatMap((file) => (file.type === 'url' ? [file.url] : [])),
    referenceAudioCount: sentAudios.length,
  };
}

/** The `ratio` to send: required and not `adaptive` for text-to-video, ignored with frames, optional with references. */
function chooseRatio(
  modelId: string,
  mode: 'text' | 'frames' | 'references',
  requested: string | undefined,
  fromOption: boolean,
  warnings: MiniMaxWarning[],
): string | undefined {
  const unsupported = (details: string) => warnings.push({ type: 'unsupported-setting', setting: 'aspectRatio', details });
  let ratio = requested;
  if (ratio !== undefined && !(MINIMAX_VIDEO_RATIOS as readonly string[]).includes(ratio)) {
    unsupported(`${modelId} supports the ratios ${MINIMAX_VIDEO_RATIOS.join(', ')}; ${ratio} was ignored.`);
    ratio = undefined;
  }
  if (mode === 'frames') {
    if (ratio !== undefined && ratio !== 'adaptive') {
      unsupported(`${modelId} takes the aspect ratio of the first frame; ${ratio}${fromOption ? ' (providerOptions.minimax.ratio)' : ''} was ignored.`);
    }
    return undefined;
  }
  if (mode === 'text' && ratio === 'adaptive') {
    unsupported(`${modelId} needs a fixed ratio for text-to-video; adaptive was sent as ${DEFAULT_RATIO}.`);
    return DEFAULT_RATIO;
  }
  return ratio ?? (mode === 'text' ? DEFAULT_RATIO : undefined);
}

/** Neutral call options → the `/v2/video_generation` body (MiniMax-H3, H3-Max). */
export function buildMiniMaxVideoV2Request(
  info: MiniMaxVideoV2ModelInfo,
  options: MiniMaxVideoCallOptions,
  minimaxOptions: MiniMaxVideoProviderOptions,
): MiniMaxVideoRequest {
  const modelId = info.id;
  const warnings = unsupportedVideoSettings(modelId, options);

  const prompt = options.prompt;
  if (prompt === undefined || prompt.trim() === '') {
    throw new InvalidArgumentError({ argument: 'prompt', message: `${modelId} needs a non-empty text prompt, also with images (MiniMax answers 2013 otherwise).` });
  }
  if (prompt.length > LIMITS.prompt) {
    warnings.push({ type: 'other', message: `The prompt has ${prompt.length} characters; MiniMax documents at most ${LIMITS.prompt} and may reject it.` });
  }
  const content: ContentItem[] = [{ type: 'text', text: prompt }];

  const { first, last } = frameInputs(modelId, options, warnings);
  let mode: 'text' | 'frames' | 'references' = 'text';
  let imageCount = 0;
  let referenceVideoUrls: string[] = [];
  let referenceAudioCount = 0;
  if (first) {
    mode = 'frames';
    content.push(imageItem(first, 'first_frame'));
    if (last) content.push(imageItem(last, 'last_frame'));
    imageCount = last ? 2 : 1;
    if (options.inputReferences?.length || minimaxOptions.referenceAudioUrls?.length) {
      warnings.push({ type: 'unsupported-setting', setting: 'inputReferences', details: `${modelId} cannot combine frames with references; the references were ignored.` });
    }
  } else {
    const references = referenceItems(info, options, minimaxOptions, warnings);
    if (references.items.length > 0) mode = 'references';
    content.push(...references.items);
    ({ imageCount, referenceVideoUrls, referenceAudioCount } = references);
  }

  const resolution = chooseVideoResolution(modelId, info.resolutions, info.defaultResolution, minimaxOptions.resolution, options.resolution, warnings);
  const duration = chooseVideoDuration(modelId, options.duration, info.defaultDuration, info.duration, warnings);
  const ratio = chooseRatio(modelId, mode, minimaxOptions.ratio ?? options.aspectRatio, minimaxOptions.ratio !== undefined, warnings);

  const body: Record<string, unknown> = { model: modelId, content, resolution, duration };
  if (ratio !== undefined) body.ratio = ratio;
  if (minimaxOptions.aigcWatermark !== undefined) body.aigc_watermark = minimaxOptions.aigcWatermark;
  if (options.webhookUrl) body.callback_url = options.webhookUrl;
  for (const name of ['promptOptimizer', 'fastPretreatment'] as const) {
    if (minimaxOptions[name] !== undefined) {
      warnings.push({ type: 'other', message: `providerOptions.minimax.${name} is for the v1 (Hailuo) API only; it was not sent for ${modelId}.` });
    }
  }
  return { body, warnings, resolution, duration, resolvedInputs: { imageCount, referenceVideoUrls, referenceAudioCount } };
}
