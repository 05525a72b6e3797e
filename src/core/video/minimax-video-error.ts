import { AISDKError } from '@ai-sdk/provider';

const name = 'AI_MiniMaxVideoGenerationError';
const marker = `vercel.ai.error.${name}`;
const symbol = Symbol.for(marker);

/** Why a MiniMax video task produced no video. */
export type MiniMaxVideoFailureReason =
  | 'failed'
  | 'sensitive-input'
  | 'sensitive-output'
  | 'cancelled'
  | 'expired'
  | 'timeout'
  | 'no-video'
  | 'download-failed';

/**
 * A video task that was created but produced no video: it failed at MiniMax (sensitive content 1026/1027 among
 * others), was cancelled or expired, finished without a file, did not finish within `pollTimeoutMs`, or finished but
 * its video could not be downloaded (the message names its URL). Not an
 * `APICallError`, so the SDK does not retry it: each retry would be a new paid task. `taskId` names the task, which
 * after a timeout may still finish at MiniMax.
 */
export class MiniMaxVideoGenerationError extends AISDKError {
  private readonly [symbol] = true;
  readonly taskId: string;
  readonly reason: MiniMaxVideoFailureReason;
  /** MiniMax's error code (e.g. `1026`), when it gave one. */
  readonly code: string | undefined;

  constructor(options: { message: string; taskId: string; reason: MiniMaxVideoFailureReason; code?: string; cause?: unknown }) {
    super({ name, message: options.message, cause: options.cause });
    this.taskId = options.taskId;
    this.reason = options.reason;
    this.code = options.code;
  }

  static isInstance(error: unknown): error is MiniMaxVideoGenerationError {
    return AISDKError.hasMarker(error, marker);
  }
}
