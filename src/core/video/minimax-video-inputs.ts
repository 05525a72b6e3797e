/**
 * What the v1 and v2 request builders share: the warnings for settings MiniMax has no field for, the first and
 * last frame, the resolution tier a `{width}x{height}` means, and a duration MiniMax accepts.
 */
import { mediaFileKind, type MiniMaxMediaFile } from '../media/minimax-media-file';
import type { MiniMaxWarning } from '../shared/minimax-neutral-types';
import { MINIMAX_VIDEO_RESOLUTIONS, type MiniMaxVideoResolution } from './minimax-video-models';
import type { MiniMaxVideoCallOptions } from './minimax-video-types';

/** `fps`, `seed`, `n > 1` and `generateAudio`: neither MiniMax video API has them. */
export function unsupportedVideoSettings(modelId: string, options: MiniMaxVideoCallOptions): MiniMaxWarning[] {
  const warnings: MiniMaxWarning[] = [];
  const unsupported = (setting: string, details: string) => warnings.push({ type: 'unsupported-setting', setting, details });
  if (options.fps !== undefined) unsupported('fps', `${modelId} has no frame-rate setting; fps was ignored.`);
  if (options.seed !== undefined) unsupported('seed', `${modelId} has no seed; it was ignored.`);
  if (options.n > 1) unsupported('n', `MiniMax makes one video per task; ${options.n} were asked for, 1 will be generated.`);
  if (options.generateAudio !== undefined) unsupported('generateAudio', `MiniMax's video API has no audio switch; generateAudio was ignored.`);
  return warnings;
}

/** The first frame (`frameImages` first_frame, else `image`) and the last frame; non-images are dropped with a warning. */
export function frameInputs(
  modelId: string,
  options: MiniMaxVideoCallOptions,
  warnings: MiniMaxWarning[],
): { first?: MiniMaxMediaFile; last?: MiniMaxMediaFile } {
  const frameOf = (type: 'first_frame' | 'last_frame') => options.frameImages?.find((frame) => frame.frameType === type)?.image;
  const usable = (file: MiniMaxMediaFile | undefined, setting: string, which: string) => {
    if (!file) return undefined;
    const kind = mediaFileKind(file);
    if (kind === undefined || kind === 'image') return file;
    warnings.push({ type: 'unsupported-setting', setting, details: `${modelId} takes only an image as the ${which}; the ${file.mediaType} file was ignored.` });
    return undefined;
  };
  const firstFromFrames = frameOf('first_frame');
  const first = usable(firstFromFrames ?? options.image, firstFromFrames ? 'frameImages' : 'image', 'first frame');
  let last = usable(frameOf('last_frame'), 'frameImages', 'last frame');
  if (last && !first) {
    warnings.push({ type: 'unsupported-setting', setting: 'frameImages', details: `${modelId} needs a first frame for a last frame; the last frame was ignored.` });
    last = undefined;
  }
  return { first, last };
}

/** The official package's fixed sizes per v2 tier, for `resolution` given as `{width}x{height}`. */
const V2_SIZES: Record<string, MiniMaxVideoResolution> = Object.fromEntries(
  (
    [
      ['480P', ['480x480', '854x480', '640x480', '1120x480', '480x854', '480x640']],
      ['768P', ['768x768', '1366x768', '1024x768', '1792x768', '768x1366', '768x1024']],
      ['2K', ['2048x2048', '2560x1440', '2560x1080', '2048x1536', '1440x2560', '1536x2048']],
    ] as const
  ).flatMap(([tier, sizes]) => sizes.map((size) => [size, tier])),
);

/**
 * The tier a resolution names: a tier itself (any case: `768p`, `2k`), one of the v2 sizes above, or else the tier
 * of the short side (1920x1080 → 1080P, 1280x720 → 720P; 1440 and more → 2K).
 */
export function videoResolutionTier(resolution: string): MiniMaxVideoResolution | undefined {
  const value = resolution.trim();
  const named = MINIMAX_VIDEO_RESOLUTIONS.find((tier) => tier === value.toUpperCase());
  if (named) return named;
  const size = value.toLowerCase().replace(/\s+/g, '');
  if (V2_SIZES[size]) return V2_SIZES[size];
  const match = /^(\d+)x(\d+)$/.exec(size);
  if (!match) return undefined;
  const short = Math.min(Number(match[1]), Number(match[2]));
  if (short >= 1440) return '2K';
  return MINIMAX_VIDEO_RESOLUTIONS.find((tier) => tier === `${short}P`);
}

/**
 * The resolution to send: the `resolution` option (a tier) wins over the SDK's `resolution`; a value the model does
 * not take falls back to the model's default, with a warning.
 */
export function chooseVideoResolution(
  modelId: string,
  allowed: readonly MiniMaxVideoResolution[],
  fallback: MiniMaxVideoResolution,
  optionTier: string | undefined,
  sdkResolution: string | undefined,
  warnings: MiniMaxWarning[],
): MiniMaxVideoResolution {
  const requested = optionTier ?? sdkResolution;
  if (requested === undefined) return fallback;
  const tier = optionTier ? (optionTier as MiniMaxVideoResolution) : videoResolutionTier(requested);
  if (tier && allowed.includes(tier)) {
    if (optionTier && sdkResolution !== undefined && videoResolutionTier(sdkResolution) !== tier) {
      warnings.push({
        type: 'unsupported-setting',
        setting: 'resolution',
        details: `providerOptions.minimax.resolution (${optionTier}) was used instead of resolution ${sdkResolution}.`,
      });
    }
    return tier;
  }
  warnings.push({
    type: 'unsupported-setting',
    setting: 'resolution',
    details: `${modelId} renders ${allowed.join(' or ')}; ${requested}${tier && tier !== requested ? ` (${tier})` : ''} is not available, so ${fallback} was used.`,
  });
  return fallback;
}

/** A whole number of seconds MiniMax accepts: `allowed` values (v1) or a range (v2), the nearest one otherwise. */
export function chooseVideoDuration(
  modelId: string,
  requested: number | undefined,
  fallback: number,
  allowed: { values: readonly number[] } | { min: number; max: number },
  warnings: MiniMaxWarning[],
): number {
  if (requested === undefined) return fallback;
  const duration =
    'values' in allowed
      ? allowed.values.reduce((best, value) => (Math.abs(value - requested) < Math.abs(best - requested) ? value : best))
      : Math.min(allowed.max, Math.max(allowed.min, Math.round(requested)));
  if (duration !== requested) {
    const accepted = 'values' in allowed ? allowed.values.join(' or ') : `${allowed.min}–${allowed.max}`;
    warnings.push({
      type: 'unsupported-setting',
      setting: 'duration',
      details: `${modelId} makes videos of ${accepted} seconds; ${requested} s was sent as ${duration} s.`,
    });
  }
  return duration;
}
