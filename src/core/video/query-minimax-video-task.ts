import { APICallError } from '@ai-sdk/provider';
import { getMiniMaxMediaJson, type MiniMaxMediaConfig } from '../media/minimax-media-http';
import { classifyMiniMaxVideoStatus } from './minimax-video-callback';
import type { MiniMaxVideoFailureReason } from './minimax-video-error';
import {
  VIDEO_ID_FIELDS,
  minimaxFileRetrieveResponseSchema,
  minimaxVideoV1QueryResponseSchema,
  minimaxVideoV2QueryResponseSchema,
  type MiniMaxVideoV2Task,
} from './minimax-video-responses';
import type { MiniMaxVideoOperation } from './minimax-video-types';

/** Where a task is, read from MiniMax (one query; on v1 success also the file's download URL). */
export type MiniMaxVideoTaskState = { responseHeaders: Record<string, string>; rawStatus: string } & (
  | { state: 'pending' }
  | { state: 'succeeded'; url: string; fileId?: string; width?: number; height?: number; task?: MiniMaxVideoV2Task }
  | { state: 'failed'; reason: MiniMaxVideoFailureReason; code?: string; message: string }
);

const SENSITIVE: Record<string, { reason: MiniMaxVideoFailureReason; what: string }> = {
  '1026': { reason: 'sensitive-input', what: 'sensitive content in the input' },
  '1027': { reason: 'sensitive-output', what: 'sensitive content in the generated video' },
};

function failure(taskId: string, rawStatus: string, code: string | undefined, detail: string | undefined) {
  const sensitive = code ? SENSITIVE[code] : undefined;
  const status = rawStatus.toLowerCase();
  const reason: MiniMaxVideoFailureReason = sensitive?.reason ?? (status === 'cancelled' || status === 'canceled' ? 'cancelled' : status === 'expired' ? 'expired' : 'failed');
  const what = sensitive ? `was rejected: ${sensitive.what}` : reason === 'failed' ? 'failed' : `was ${reason}`;
  const message = `MiniMax video task ${taskId} ${what}${detail ? `: ${detail}` : ''}${code && !detail?.includes(`(${code})`) ? ` (${code})` : ''}.`;
  return { state: 'failed' as const, reason, message, ...(code ? { code } : {}) };
}

async function queryV1(
  config: MiniMaxMediaConfig,
  taskId: string,
  request: { abortSignal?: AbortSignal; headers?: Record<string, string | undefined> },
): Promise<MiniMaxVideoTaskState> {
  let query;
  try {
    query = await getMiniMaxMediaJson({
      config,
      path: `/v1/query/video_generation?task_id=${encodeURIComponent(taskId)}`,
      schema: minimaxVideoV1QueryResponseSchema,
      integerFields: VIDEO_ID_FIELDS,
      ...request,
    });
  } catch (error) {
    // The query's own base_resp carries a task's sensitive-content failure (1026/1027): that is the task's outcome.
    const code = APICallError.isInstance(error) ? (error.data as { code?: number } | undefined)?.code : undefined;
    if (code !== 1026 && code !== 1027) throw error;
    const { message, responseHeaders } = error as APICallError;
    return { ...failure(taskId, 'Fail', String(code), message.replace(/^MiniMax API error: /, '')), rawStatus: 'Fail', responseHeaders: responseHeaders ?? {} };
  }
  const { value, responseHeaders } = query;
  const rawStatus = value.status ?? '';
  const status = classifyMiniMaxVideoStatus(rawStatus);
  if (status === 'pending') return { state: 'pending', rawStatus, responseHeaders };
  if (status === 'error') return { ...failure(taskId, rawStatus, undefined, undefined), rawStatus, responseHeaders };
  if (!value.file_id) return { ...failure(taskId, rawStatus, undefined, 'it succeeded without a file_id'), reason: 'no-video', rawStatus, responseHeaders };

  const file = await getMiniMaxMediaJson({
    config,
    path: `/v1/files/retrieve?file_id=${encodeURIComponent(value.file_id)}`,
    schema: minimaxFileRetrieveResponseSchema,
    integerFields: VIDEO_ID_FIELDS,
    ...request,
  });
  const url = file.value.file?.download_url;
  if (!url) return { ...failure(taskId, rawStatus, undefined, `file ${value.file_id} has no download_url`), reason: 'no-video', rawStatus, responseHeaders };
  return {
    state: 'succeeded',
    url,
    fileId: value.file_id,
    ...(value.video_width ? { width: value.video_width } : {}),
    ...(value.video_height ? { height: value.video_height } : {}),
    rawStatus,
    responseHeaders: file.responseHeaders,
  };
}

async function queryV2(
  config: MiniMaxMediaConfig,
  taskId: string,
  request: { abortSignal?: AbortSignal; headers?: Record<string, string | undefined> },
): Promise<MiniMaxVideoTaskState> {
  const { value, responseHeaders } = await getMiniMaxMediaJson({
    config,
    path: `/v2/query/video_generation/${encodeURIComponent(taskId)}`,
    schema: minimaxVideoV2QueryResponseSchema,
    integerFields: VIDEO_ID_FIELDS,
    ...request,
  });
  const { task } = value;
  const rawStatus = task.status ?? '';
  const status = classifyMiniMaxVideoStatus(rawStatus);
  if (status === 'pending') return { state: 'pending', rawStatus, responseHeaders };
  if (status === 'error') {
    const code = task.error?.code != null ? String(task.error.code) : undefined;
    return { ...failure(taskId, rawStatus, code, task.error?.message ?? undefined), rawStatus, responseHeaders };
  }
  const url = task.content?.url;
  if (!url) return { ...failure(taskId, rawStatus, undefined, 'it succeeded without a video URL'), reason: 'no-video', rawStatus, responseHeaders };
  return { state: 'succeeded', url, task, rawStatus, responseHeaders };
}

/** Queries a task once on the API it was created on. */
export function queryMiniMaxVideoTask(
  config: MiniMaxMediaConfig,
  operation: MiniMaxVideoOperation,
  request: { abortSignal?: AbortSignal; headers?: Record<string, string | undefined> },
): Promise<MiniMaxVideoTaskState> {
  return operation.api === 'v1' ? queryV1(config, operation.taskId, request) : queryV2(config, operation.taskId, request);
}
