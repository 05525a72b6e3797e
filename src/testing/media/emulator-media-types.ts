/**
 * Public types of the emulator's media APIs: image generation (`/v1/image_generation`), the two video APIs
 * (`/v1/video_generation` + `/v1/query/video_generation` + `/v1/files/retrieve`, and `/v2/video_generation` +
 * `/v2/query/video_generation/{id}`), their `callback_url` notifications and the `/cdn/…` file downloads.
 */
import type { EmulatorDownloadBehaviour } from './emulator-files.js';

export type { EmulatorDownloadBehaviour };

/** One scripted answer to an image generation request (FIFO; a request with none queued gets plain success). */
export interface ScriptedImageGeneration {
  /** Of the `n` images asked for, how many MiniMax's "safety review" blocks: fewer are returned, `failed_count` says so. */
  failedCount?: number;
  /** Fail the request with this `base_resp` (in an HTTP 200, as MiniMax does). */
  baseResp?: { code: number; message: string };
  /** `response_format: "url"`: what downloading the images does. Default `ok`. */
  download?: EmulatorDownloadBehaviour;
  /** Send `success_count` / `failed_count` as numbers (MiniMax's own example sends strings, the default here). */
  numericCounts?: boolean;
}

/** How a scripted video task ends. */
export type EmulatorVideoOutcome = 'success' | 'failed' | 'sensitive-input' | 'sensitive-output' | 'cancelled' | 'expired' | 'never';

/** One scripted video task (FIFO over both video APIs; a create with none queued succeeds after two pending polls). */
export interface ScriptedVideoTask {
  /** Default `success`; `never` stays pending forever. On v1, `cancelled` and `expired` end as `Fail`. */
  outcome?: EmulatorVideoOutcome;
  /** Queries (or callback steps) answered as pending before the outcome. Default 2. */
  pendingPolls?: number;
  /** What downloading the finished video does. Default `ok`. */
  download?: EmulatorDownloadBehaviour;
  /** Reject the create request: v1 with this `base_resp` in an HTTP 200, v2 with an HTTP error carrying the code. */
  createError?: { code: number; message: string };
  /** Queries of this task never get an answer (a stalled API); the client's abort or timeout closes them. */
  hangQueries?: boolean;
}

/** A video task the emulator holds. */
export interface EmulatorVideoTask {
  api: 'v1' | 'v2';
  taskId: string;
  model: string;
  /** The create request's body. */
  body: any;
  outcome: EmulatorVideoOutcome;
  /** Queries (or callback steps) so far. */
  polls: number;
  /** The status word of the last answer (`Queueing`, `Processing`, `Success`, `queued`, `succeeded`, …). */
  status: string;
  /** v1: the video's file id (above 2^53, sent as a bare JSON integer like MiniMax's int64). */
  fileId?: string;
  /** The finished video's URL. */
  videoUrl?: string;
  callbackUrl?: string;
  /** The receiver echoed MiniMax's challenge; status notifications are sent only then. */
  callbackVerified?: boolean;
  /** Scripted: queries hang. */
  hangQueries?: boolean;
}

/** One notification the emulator POSTed to a `callback_url`. */
export interface EmulatorCallbackDelivery {
  taskId: string;
  url: string;
  body: unknown;
  /** The receiver's HTTP status (undefined when the request failed). */
  status?: number;
  responseBody?: string;
  error?: string;
}
