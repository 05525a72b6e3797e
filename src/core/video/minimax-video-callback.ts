import { quoteIntegerFields } from '../media/minimax-media-http';
import { VIDEO_ID_FIELDS } from './minimax-video-responses';

/**
 * MiniMax's `callback_url` notifications. MiniMax first POSTs `{"challenge": "…"}`, which the receiver must answer
 * with the same JSON within 3 seconds; then it POSTs the task's status as it changes (v1: `processing`, `success`,
 * `failed`; v2: `queued`, `running`, `succeeded`, `failed`, `cancelled`), in the shape of a task query.
 */

export type MiniMaxVideoCallback =
  | {
      type: 'challenge';
      challenge: string;
      /** The body to answer with (as JSON, status 200). */
      response: { challenge: string };
    }
  | {
      type: 'status';
      taskId: string | undefined;
      /** `pending`, `completed` or `error`, like `getVideoStatus`. */
      status: 'pending' | 'completed' | 'error';
      /** MiniMax's own status word. */
      rawStatus: string;
      /** No further status will follow (`completed` or `error`). */
      terminal: boolean;
      /** v1: the video's file id (a string: int64). */
      fileId?: string;
      /** v2: the video's URL. */
      videoUrl?: string;
      error?: { code?: string; message?: string };
    };

const COMPLETED = new Set(['success', 'succeeded']);
const FAILED = new Set(['fail', 'failed', 'cancelled', 'canceled', 'expired']);

/** The status a task is in, from MiniMax's status word of either API (case-insensitive). */
export function classifyMiniMaxVideoStatus(rawStatus: string): 'pending' | 'completed' | 'error' {
  const status = rawStatus.toLowerCase();
  return COMPLETED.has(status) ? 'completed' : FAILED.has(status) ? 'error' : 'pending';
}

const asRecord = (value: unknown): Record<string, unknown> | undefined =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
const asString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'bigint' ? String(value) : undefined;

/**
 * Reads a notification MiniMax POSTed to a `callback_url` (the parsed JSON body, or its text; a text body keeps
 * int64 ids exact; a result of this function is returned as it is). Returns `undefined` for a body that is neither
 * a challenge nor a task status.
 *
 * ```ts
 * const callback = parseMiniMaxVideoCallback(await request.text());
 * if (callback?.type === 'challenge') return Response.json(callback.response);
 * if (callback?.terminal) resolveReceived({ headers, body: callback }); // then experimental_getVideoStatus
 * ```
 */
export function parseMiniMaxVideoCallback(body: unknown): MiniMaxVideoCallback | undefined {
  let value = body;
  if (typeof body === 'string') {
    try {
      value = JSON.parse(quoteIntegerFields(body, VIDEO_ID_FIELDS));
    } catch {
      return undefined;
    }
  }
  const record = asRecord(value);
  if (!record) return undefined;
  // Already parsed (a receiver that hands this function's result on as the notification's body).
  if ((record.type === 'status' && typeof record.terminal === 'boolean') || (record.type === 'challenge' && asRecord(record.response))) {
    return record as MiniMaxVideoCallback;
  }
  if (typeof record.challenge === 'string') return { type: 'challenge', challenge: record.challenge, response: { challenge: record.challenge } };

  const task = asRecord(record.task) ?? record;
  const rawStatus = asString(task.status);
  if (rawStatus === undefined) return undefined;
  const status = classifyMiniMaxVideoStatus(rawStatus);
  const error = asRecord(task.error);
  const baseResp = asRecord(record.base_resp);
  const baseCode = asString(baseResp?.status_code);
  const url = asString(asRecord(task.content)?.url);
  const fileId = asString(task.file_id);
  return {
    type: 'status',
    taskId: asString(task.task_id ?? task.id),
    status,
    rawStatus,
    terminal: status !== 'pending',
    ...(fileId ? { fileId } : {}),
    ...(url ? { videoUrl: url } : {}),
    ...(error
      ? { error: { code: asString(error.code), message: asString(error.message) } }
      : baseCode && baseCode !== '0'
        ? { error: { code: baseCode, message: asString(baseResp?.status_msg) } }
        : {}),
  };
}
