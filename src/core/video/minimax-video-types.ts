/**
 * The spec-neutral form of a video call (close to VideoModelV4), of the operation a started task is tracked by,
 * and of the results the Experimental_VideoModelV3 and VideoModelV4 adapters hand back.
 */
import type { MiniMaxMediaCost } from '../media/minimax-media-cost';
import type { MiniMaxMediaFile } from '../media/minimax-media-file';
import type { MiniMaxWarning, ProviderOptions } from '../shared/minimax-neutral-types';

export interface MiniMaxVideoCallOptions {
  prompt: string | undefined;
  n: number;
  /** `{width}:{height}` or `adaptive` */
  aspectRatio: string | undefined;
  /** `{width}x{height}` (a tier name such as `768P` is accepted too) */
  resolution: string | undefined;
  duration: number | undefined;
  fps: number | undefined;
  seed: number | undefined;
  image: MiniMaxMediaFile | undefined;
  frameImages?: Array<{ image: MiniMaxMediaFile; frameType: 'first_frame' | 'last_frame' }>;
  inputReferences?: MiniMaxMediaFile[];
  generateAudio: boolean | undefined;
  providerOptions?: ProviderOptions;
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
  /** ai@7's start/status flow: MiniMax's `callback_url`. */
  webhookUrl?: string;
}

/**
 * What identifies a started task; JSON (an object type of JSON values, so it is a `JSONValue` of every spec), handed
 * back to `doStatus` by ai@7 (and storable by the caller).
 */
export type MiniMaxVideoOperation = {
  api: 'v1' | 'v2';
  taskId: string;
  modelId: string;
  /** Hand back bytes (downloaded through the provider's fetch) rather than the URL. */
  downloadVideo: boolean;
  /** What the task was created with, for its price (the v1 query does not repeat it). */
  resolution: string;
  duration: number;
  imageCount: number;
};

/** What a create request resolved the SDK's inputs to (the official package's `resolvedInputs`, plus audio). */
export type MiniMaxVideoResolvedInputs = {
  imageCount: number;
  referenceVideoUrls: string[];
  referenceAudioCount: number;
};

/** `providerMetadata.minimax` of a video call: an object type of JSON values, so it is a `JSONObject` of every spec. */
export type MiniMaxVideoMetadata = {
  taskId: string;
  api: 'v1' | 'v2';
  resolvedInputs?: MiniMaxVideoResolvedInputs;
  /** MiniMax's URL of the finished video (time-limited on v2). */
  videoUrl?: string;
  /** v1: the file the video is stored as (a string: MiniMax's int64 ids exceed JavaScript's safe integers). */
  fileId?: string;
  resolution?: string;
  duration?: number;
  ratio?: string;
  width?: number;
  height?: number;
  /** MiniMax's status word at the last query (`Processing`, `succeeded`, …). */
  status?: string;
  /** v2: MiniMax's usage report. */
  usage?: { totalSeconds?: number; inputSeconds?: number; outputSeconds?: number; inputImageCount?: number; totalTokens?: number };
  /** USD per second of output at this resolution (v1: the video's price ÷ its seconds). */
  usdPerSecond?: number;
  cost?: MiniMaxMediaCost;
};

export type MiniMaxVideoData =
  | { type: 'url'; url: string; mediaType: string }
  | { type: 'binary'; data: Uint8Array; mediaType: string };

export interface MiniMaxVideoResponse {
  timestamp: Date;
  modelId: string;
  headers: Record<string, string> | undefined;
}

export interface MiniMaxVideoStartResult {
  operation: MiniMaxVideoOperation;
  warnings: MiniMaxWarning[];
  providerMetadata: { minimax: MiniMaxVideoMetadata };
  response: MiniMaxVideoResponse;
}

export type MiniMaxVideoStatusResult =
  | { status: 'pending'; providerMetadata: { minimax: MiniMaxVideoMetadata }; response: MiniMaxVideoResponse }
  | {
      status: 'completed';
      videos: MiniMaxVideoData[];
      warnings: MiniMaxWarning[];
      providerMetadata: { minimax: MiniMaxVideoMetadata };
      response: MiniMaxVideoResponse;
    }
  | { status: 'error'; error: string; providerMetadata: { minimax: MiniMaxVideoMetadata }; response: MiniMaxVideoResponse };

export interface MiniMaxVideoGenerateResult {
  videos: MiniMaxVideoData[];
  warnings: MiniMaxWarning[];
  providerMetadata: { minimax: MiniMaxVideoMetadata };
  response: MiniMaxVideoResponse;
}
