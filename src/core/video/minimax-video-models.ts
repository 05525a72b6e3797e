/**
 * MiniMax's video models, which of its two video APIs each is on, what each accepts and what it costs. Prices are
 * USD from MiniMax's pay-as-you-go price list: per video on the v1 (Hailuo) API, per second of output on the v2 (H3)
 * API. A model without a published price reports no cost.
 */

export type MiniMaxVideoModelId =
  | 'MiniMax-Hailuo-2.3'
  | 'MiniMax-Hailuo-2.3-Fast'
  | 'MiniMax-Hailuo-02'
  | 'T2V-01-Director'
  | 'T2V-01'
  | 'I2V-01-Director'
  | 'I2V-01-live'
  | 'I2V-01'
  | 'S2V-01'
  | 'MiniMax-H3'
  | 'MiniMax-H3-Max'
  | (string & {});

export type MiniMaxVideoResolution = '480P' | '512P' | '720P' | '768P' | '1080P' | '2K';

export const MINIMAX_VIDEO_RESOLUTIONS: readonly MiniMaxVideoResolution[] = ['480P', '512P', '720P', '768P', '1080P', '2K'];

/** `ratio` values of the v2 API. */
export const MINIMAX_VIDEO_RATIOS = ['adaptive', '21:9', '16:9', '4:3', '1:1', '3:4', '9:16'] as const;
export type MiniMaxVideoRatio = (typeof MINIMAX_VIDEO_RATIOS)[number];

/** What a video model of the v1 API (`/v1/video_generation`) accepts. */
export interface MiniMaxVideoV1ModelInfo {
  id: string;
  api: 'v1';
  /** Text-to-video (a prompt alone), image-to-video (`first_frame_image`), a last frame, a subject reference (S2V). */
  modes: { text: boolean; image: boolean; lastFrame: boolean; subject: boolean };
  resolutions: readonly MiniMaxVideoResolution[];
  defaultResolution: MiniMaxVideoResolution;
  /** Resolutions accepted only with a first frame (Hailuo-02's 512P). */
  imageOnlyResolutions?: readonly MiniMaxVideoResolution[];
  /** Resolutions limited to a maximum duration (1080P: 6 s). */
  maxDurationAt?: Partial<Record<MiniMaxVideoResolution, number>>;
  durations: readonly number[];
  defaultDuration: number;
  /** `fast_pretreatment` is accepted (Hailuo models). */
  fastPretreatment: boolean;
  /** USD per video, keyed `${resolution}@${seconds}`. */
  pricePerVideo?: Readonly<Record<string, number>>;
}

/** What a video model of the v2 API (`/v2/video_generation`) accepts. */
export interface MiniMaxVideoV2ModelInfo {
  id: string;
  api: 'v2';
  /** Reference images, videos and audio (`reference_*` roles). */
  references: boolean;
  resolutions: readonly MiniMaxVideoResolution[];
  defaultResolution: MiniMaxVideoResolution;
  duration: { min: number; max: number };
  defaultDuration: number;
  /** USD per second of output, per resolution; reference video seconds are billed at the same rate (H3). */
  pricePerSecond?: Readonly<Partial<Record<MiniMaxVideoResolution, number>>>;
  /** Input images free of charge per task, and the price of each further one. */
  images?: { free: number; price: number };
}

export type MiniMaxVideoModelInfo = MiniMaxVideoV1ModelInfo | MiniMaxVideoV2ModelInfo;

const HAILUO_PRICES_23 = { '768P@6': 0.28, '768P@10': 0.56, '1080P@6': 0.49 };

const hailuo = (
  id: string,
  modes: MiniMaxVideoV1ModelInfo['modes'],
  pricePerVideo: Record<string, number>,
  extra: Partial<MiniMaxVideoV1ModelInfo> = {},
): MiniMaxVideoV1ModelInfo => ({
  id,
  api: 'v1',
  modes,
  resolutions: ['768P', '1080P'],
  defaultResolution: '768P',
  maxDurationAt: { '1080P': 6 },
  durations: [6, 10],
  defaultDuration: 6,
  fastPretreatment: true,
  pricePerVideo,
  ...extra,
});

const legacy = (id: string, modes: MiniMaxVideoV1ModelInfo['modes']): MiniMaxVideoV1ModelInfo => ({
  id,
  api: 'v1',
  modes,
  resolutions: ['720P'],
  defaultResolution: '720P',
  durations: [6],
  defaultDuration: 6,
  fastPretreatment: false,
});

const TEXT = { text: true, image: false, lastFrame: false, subject: false };
const IMAGE = { text: false, image: true, lastFrame: false, subject: false };

export const MINIMAX_VIDEO_MODELS: readonly MiniMaxVideoModelInfo[] = [
  hailuo('MiniMax-Hailuo-2.3', { ...TEXT, image: true }, HAILUO_PRICES_23),
  hailuo('MiniMax-Hailuo-2.3-Fast', IMAGE, { '768P@6': 0.19, '768P@10': 0.32, '1080P@6': 0.33 }),
  hailuo(
    'MiniMax-Hailuo-02',
    { text: true, image: true, lastFrame: true, subject: false },
    { ...HAILUO_PRICES_23, '512P@6': 0.1, '512P@10': 0.15 },
    { resolutions: ['512P', '768P', '1080P'], imageOnlyResolutions: ['512P'] },
  ),
  legacy('T2V-01-Director', TEXT),
  legacy('T2V-01', TEXT),
  legacy('I2V-01-Director', IMAGE),
  legacy('I2V-01-live', IMAGE),
  legacy('I2V-01', IMAGE),
  legacy('S2V-01', { text: true, image: false, lastFrame: false, subject: true }),
  {
    id: 'MiniMax-H3',
    api: 'v2',
    references: true,
    resolutions: ['768P', '2K'],
    defaultResolution: '2K',
    duration: { min: 4, max: 15 },
    defaultDuration: 5,
    pricePerSecond: { '768P': 0.08, '2K': 0.13 },
    images: { free: 5, price: 0.04 },
  },
  {
    id: 'MiniMax-H3-Max',
    api: 'v2',
    references: false,
    resolutions: ['480P', '768P'],
    defaultResolution: '768P',
    duration: { min: 5, max: 15 },
    defaultDuration: 5,
    pricePerSecond: { '480P': 0.05, '768P': 0.08 },
    images: { free: 2, price: 0.074 },
  },
];

/** The table entry of a video model id (case-insensitive), or `undefined` for an unknown id. */
export function getMiniMaxVideoModelInfo(modelId: string): MiniMaxVideoModelInfo | undefined {
  const id = modelId.toLowerCase();
  return MINIMAX_VIDEO_MODELS.find((model) => model.id.toLowerCase() === id);
}

/**
 * The model's table entry; an unknown id is routed by its name (`MiniMax-H3…` → v2, anything else → v1) with
 * permissive limits, so a model MiniMax adds later works before it is in the table (and reports no cost).
 */
export function resolveMiniMaxVideoModel(modelId: string): MiniMaxVideoModelInfo {
  const known = getMiniMaxVideoModelInfo(modelId);
  if (known) return known;
  if (/^minimax-h\d/i.test(modelId)) {
    return {
      id: modelId,
      api: 'v2',
      references: true,
      resolutions: ['480P', '768P', '2K'],
      defaultResolution: '768P',
      duration: { min: 4, max: 15 },
      defaultDuration: 5,
    };
  }
  return {
    id: modelId,
    api: 'v1',
    modes: { text: true, image: true, lastFrame: true, subject: true },
    resolutions: MINIMAX_VIDEO_RESOLUTIONS.filter((r) => r !== '2K' && r !== '480P'),
    defaultResolution: '768P',
    durations: [6, 10],
    defaultDuration: 6,
    fastPretreatment: true,
  };
}
