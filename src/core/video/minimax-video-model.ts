import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { z } from 'zod/v4';
import { downloadMiniMaxFile } from '../media/download-minimax-file';
import { minimaxMediaURL, postMiniMaxMediaJson, type MiniMaxMediaConfig } from '../media/minimax-media-http';
import type { ReadonlyJsonValue } from '../shared/minimax-neutral-types';
import { parseMiniMaxOptions } from '../shared/minimax-provider-options';
import { withMiniMaxSecretsRedacted } from '../shared/minimax-request';
import { buildMiniMaxVideoV1Request, type MiniMaxVideoRequest } from './build-minimax-video-v1-request';
import { buildMiniMaxVideoV2Request } from './build-minimax-video-v2-request';
import { parseMiniMaxVideoCallback } from './minimax-video-callback';
import { MiniMaxVideoGenerationError } from './minimax-video-error';
import { resolveMiniMaxVideoModel, type MiniMaxVideoModelInfo } from './minimax-video-models';
import { minimaxVideoProviderOptionsSchema, type MiniMaxVideoProviderOptions } from './minimax-video-options';
import { calculateMiniMaxVideoCost, getMiniMaxVideoPricePerSecond } from './minimax-video-pricing';
import { VIDEO_ID_FIELDS, minimaxVideoCreateResponseSchema, type MiniMaxVideoV2Task } from './minimax-video-responses';
import type {
  MiniMaxVideoCallOptions,
  MiniMaxVideoData,
  MiniMaxVideoGenerateResult,
  MiniMaxVideoMetadata,
  MiniMaxVideoOperation,
  MiniMaxVideoResponse,
  MiniMaxVideoStartResult,
  MiniMaxVideoStatusResult,
} from './minimax-video-types';
import { pollMiniMaxVideoTask, type MiniMaxVideoPollOptions } from './poll-minimax-video-task';
import { queryMiniMaxVideoTask, type MiniMaxVideoTaskState } from './query-minimax-video-task';

/** MiniMax's advice: query about every 10 s; the official package's timeout: 10 minutes. */
const DEFAULT_POLL_INTERVAL_MS = 10_000;
const DEFAULT_POLL_TIMEOUT_MS = 600_000;
/** Webhook URLs handed out but not yet used by a start; bounded so abandoned ones cannot pile up. */
const MAX_PENDING_WEBHOOKS = 100;

const operationSchema = z.object({
  api: z.enum(['v1', 'v2']),
  taskId: z.string().min(1),
  modelId: z.string(),
  downloadVideo: z.boolean(),
  resolution: z.string(),
  duration: z.number(),
  imageCount: z.number(),
});

interface RequestOptions {
  abortSignal?: AbortSignal;
  headers?: Record<string, string | undefined>;
}

/** What a webhook-driven wait needs once the task exists. */
interface WebhookTask {
  operation: MiniMaxVideoOperation;
  poll: Omit<MiniMaxVideoPollOptions, 'taskId'>;
  headers?: Record<string, string | undefined>;
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve(value: T): void;
}

/** MiniMax's v2 usage report in the metadata's names, without the fields it left out. */
function usageMetadata(usage: NonNullable<MiniMaxVideoV2Task['usage']>): NonNullable<MiniMaxVideoMetadata['usage']> {
  const fields = {
    totalSeconds: usage.total_seconds,
    inputSeconds: usage.input_seconds,
    outputSeconds: usage.output_seconds,
    inputImageCount: usage.input_image_count,
    totalTokens: usage.total_tokens,
  };
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => typeof value === 'number'));
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/**
 * The spec-neutral MiniMax video model. The model id picks the API: MiniMax-H3 and H3-Max the v2 API
 * (`content` items with roles, resolution tiers, ratios), everything else the v1 API (Hailuo and the 01 models:
 * create, query, then the file's download URL). `start` and `status` are the two halves of a task (ai@7's
 * `doStart` / `doStatus`); `generate` starts a task and polls it to the end (`doGenerate`).
 */
export class MiniMaxVideoModel {
  readonly maxVideosPerCall = 1;
  private readonly info: MiniMaxVideoModelInfo;
  private readonly pendingWebhooks = new Map<string, Deferred<WebhookTask>>();

  constructor(
    readonly modelId: string,
    private readonly config: MiniMaxMediaConfig,
    /** For tests: how to wait between polls and the clock. */
    private readonly timing: Pick<MiniMaxVideoPollOptions, 'delay' | 'now'> = {},
  ) {
    this.info = resolveMiniMaxVideoModel(modelId);
  }

  get provider(): string {
    return this.config.provider;
  }

  /** The API the model is on. */
  get api(): 'v1' | 'v2' {
    return this.info.api;
  }

  private response(headers: Record<string, string> | undefined): MiniMaxVideoResponse {
    return { timestamp: this.config.currentDate?.() ?? new Date(), modelId: this.modelId, headers };
  }

  /** The body for the model's API; a known id is sent in the table's spelling, an unknown one as given. */
  private buildRequest(options: MiniMaxVideoCallOptions, minimaxOptions: MiniMaxVideoProviderOptions): MiniMaxVideoRequest {
    const info = this.info;
    return info.api === 'v1' ? buildMiniMaxVideoV1Request(info, options, minimaxOptions) : buildMiniMaxVideoV2Request(info, options, minimaxOptions);
  }

  private async create(options: MiniMaxVideoCallOptions) {
    const minimaxOptions = parseMiniMaxOptions(minimaxVideoProviderOptionsSchema, options.providerOptions, 'video');
    const request = this.buildRequest(options, minimaxOptions);
    const path = `/${this.info.api}/video_generation`;
    const { value, raw, responseHeaders } = await postMiniMaxMediaJson({
      config: this.config,
      path,
      body: request.body,
      schema: minimaxVideoCreateResponseSchema,
      headers: options.headers,
      abortSignal: options.abortSignal,
      integerFields: VIDEO_ID_FIELDS,
    });
    if (!value.task_id) {
      throw new APICallError({
        message: 'MiniMax accepted the video request but returned no task_id.',
        url: minimaxMediaURL(this.config, path),
        requestBodyValues: request.body,
        statusCode: 200,
        responseHeaders,
        responseBody: JSON.stringify(raw),
        isRetryable: false,
      });
    }
    const operation: MiniMaxVideoOperation = {
      api: this.info.api,
      taskId: value.task_id,
      modelId: this.modelId,
      downloadVideo: minimaxOptions.downloadVideo ?? true,
      resolution: request.resolution,
      duration: request.duration,
      imageCount: request.resolvedInputs.imageCount,
    };
    const metadata: MiniMaxVideoMetadata = {
      taskId: operation.taskId,
      api: operation.api,
      resolvedInputs: request.resolvedInputs,
      resolution: request.resolution,
      duration: request.duration,
      ...(typeof request.body.ratio === 'string' ? { ratio: request.body.ratio } : {}),
    };
    const poll = {
      intervalMs: minimaxOptions.pollIntervalMs ?? DEFAULT_POLL_INTERVAL_MS,
      timeoutMs: minimaxOptions.pollTimeoutMs ?? DEFAULT_POLL_TIMEOUT_MS,
      abortSignal: options.abortSignal,
      ...this.timing,
    };
    return { operation, metadata, warnings: request.warnings, poll, responseHeaders };
  }

  /** Creates the task (ai@7 `doStart`); `webhookUrl` becomes MiniMax's `callback_url`. Errors have the key cut out. */
  start(options: MiniMaxVideoCallOptions): Promise<MiniMaxVideoStartResult> {
    return withMiniMaxSecretsRedacted(this.config, options.headers, () => this.startTask(options));
  }

  /** Queries the task once (ai@7 `doStatus`); errors have the key cut out. */
  status(operation: ReadonlyJsonValue, request: RequestOptions = {}): Promise<MiniMaxVideoStatusResult> {
    return withMiniMaxSecretsRedacted(this.config, request.headers, () => this.queryTask(operation, request));
  }

  /** Creates the task and polls it to the end (`doGenerate`); errors have the key cut out. */
  generate(options: MiniMaxVideoCallOptions): Promise<MiniMaxVideoGenerateResult> {
    return withMiniMaxSecretsRedacted(this.config, options.headers, () => this.generateVideo(options));
  }

  private async startTask(options: MiniMaxVideoCallOptions): Promise<MiniMaxVideoStartResult> {
    const created = await this.create(options);
    if (options.webhookUrl) {
      this.pendingWebhooks.get(options.webhookUrl)?.resolve({ operation: created.operation, poll: created.poll, headers: options.headers });
      this.pendingWebhooks.delete(options.webhookUrl);
    }
    return {
      operation: created.operation,
      warnings: created.warnings,
      providerMetadata: { minimax: created.metadata },
      response: this.response(created.responseHeaders),
    };
  }

  /** Queries the task once: pending, completed with the video, or error with MiniMax's reason. */
  private async queryTask(operation: ReadonlyJsonValue, request: RequestOptions): Promise<MiniMaxVideoStatusResult> {
    const op = this.parseOperation(operation);
    const state = await queryMiniMaxVideoTask(this.config, op, request);
    const base = { taskId: op.taskId, api: op.api, status: state.rawStatus };
    switch (state.state) {
      case 'pending':
        return { status: 'pending', providerMetadata: { minimax: base }, response: this.response(state.responseHeaders) };
      case 'failed':
        return { status: 'error', error: state.message, providerMetadata: { minimax: base }, response: this.response(state.responseHeaders) };
      case 'succeeded': {
        const { videos, metadata, headers } = await this.deliver(op, state, request.abortSignal);
        return { status: 'completed', videos, warnings: [], providerMetadata: { minimax: metadata }, response: this.response(headers) };
      }
    }
  }

  /** Creates the task and polls it to the end; a task that ends without a video throws. */
  private async generateVideo(options: MiniMaxVideoCallOptions): Promise<MiniMaxVideoGenerateResult> {
    const created = await this.create(options);
    const state = await pollMiniMaxVideoTask(
      (abortSignal) => queryMiniMaxVideoTask(this.config, created.operation, { abortSignal, headers: options.headers }),
      { taskId: created.operation.taskId, ...created.poll },
    );
    if (state.state === 'failed') {
      throw new MiniMaxVideoGenerationError({ message: state.message, taskId: created.operation.taskId, reason: state.reason, code: state.code });
    }
    if (state.state !== 'succeeded') throw new Error('unreachable: the poll ends on a final state');
    const { videos, metadata, headers } = await this.deliverFinished(created.operation, state, options.abortSignal);
    return {
      videos,
      warnings: created.warnings,
      providerMetadata: { minimax: { ...created.metadata, ...metadata } },
      response: this.response(headers),
    };
  }

  /**
   * ai@7's webhook flow: hands out the caller's webhook URL (sent as `callback_url`) and a `received` that settles
   * once the task is final. MiniMax's first callback is a challenge and later ones may be intermediate statuses: if
   * the caller's receiver resolves on one of those, the task is polled to its end before `received` settles, so
   * the SDK's single status check afterwards finds it finished.
   */
  async handleWebhookOption<NOTIFICATION extends { body: unknown }>(options: {
    webhook: () => PromiseLike<{ url: string; received: PromiseLike<NOTIFICATION> }>;
  }): Promise<{ webhookUrl: string; received: Promise<NOTIFICATION> }> {
    const { url, received } = await options.webhook();
    const task = deferred<WebhookTask>();
    this.pendingWebhooks.set(url, task);
    if (this.pendingWebhooks.size > MAX_PENDING_WEBHOOKS) this.pendingWebhooks.delete(this.pendingWebhooks.keys().next().value!);
    return { webhookUrl: url, received: this.settleWebhook(received, task.promise) };
  }

  private async settleWebhook<T extends { body: unknown }>(received: PromiseLike<T>, task: Promise<WebhookTask>): Promise<T> {
    const notification = await received;
    const callback = parseMiniMaxVideoCallback(notification.body);
    if (callback?.type === 'status' && callback.terminal) return notification;
    const { operation, poll, headers } = await task;
    await pollMiniMaxVideoTask((abortSignal) => queryMiniMaxVideoTask(this.config, operation, { abortSignal, headers }), {
      taskId: operation.taskId,
      ...poll,
    });
    return notification;
  }

  /**
   * `deliver` for `generate`: a download that fails in a retryable way is tried once more, then reported as
   * `MiniMaxVideoGenerationError` (reason `download-failed`, naming the URL) rather than as a retryable
   * `APICallError`, because the SDK's retry of `doGenerate` would start a new, paid task for a video that exists.
   */
  private async deliverFinished(
    operation: MiniMaxVideoOperation,
    state: Extract<MiniMaxVideoTaskState, { state: 'succeeded' }>,
    abortSignal: AbortSignal | undefined,
  ): ReturnType<MiniMaxVideoModel['deliver']> {
    const retryable = (error: unknown) => APICallError.isInstance(error) && error.isRetryable && !abortSignal?.aborted;
    try {
      return await this.deliver(operation, state, abortSignal);
    } catch (first) {
      if (!retryable(first)) throw first;
      try {
        return await this.deliver(operation, state, abortSignal);
      } catch (error) {
        if (!retryable(error)) throw error;
        throw new MiniMaxVideoGenerationError({
          message:
            `MiniMax video task ${operation.taskId} finished, but downloading its video failed twice (${(error as Error).message}). ` +
            `The video is at ${state.url} (time-limited); providerOptions.minimax.downloadVideo: false hands back the URL instead.`,
          taskId: operation.taskId,
          reason: 'download-failed',
          cause: error,
        });
      }
    }
  }

  /** The finished video: its bytes through the provider's fetch (default) or MiniMax's URL, and its metadata. */
  private async deliver(
    operation: MiniMaxVideoOperation,
    state: Extract<MiniMaxVideoTaskState, { state: 'succeeded' }>,
    abortSignal: AbortSignal | undefined,
  ): Promise<{ videos: MiniMaxVideoData[]; metadata: MiniMaxVideoMetadata; headers: Record<string, string> }> {
    const task = state.task;
    const resolution = task?.resolution ?? operation.resolution;
    const duration = task?.usage?.output_seconds ?? task?.duration ?? operation.duration;
    const usage = task?.usage ? usageMetadata(task.usage) : undefined;
    const cost = calculateMiniMaxVideoCost(operation.modelId, {
      resolution,
      seconds: duration,
      inputImages: task?.usage?.input_image_count ?? operation.imageCount,
      inputVideoSeconds: task?.usage?.input_seconds ?? 0,
    });
    const usdPerSecond = getMiniMaxVideoPricePerSecond(operation.modelId, resolution, duration);
    const metadata: MiniMaxVideoMetadata = {
      taskId: operation.taskId,
      api: operation.api,
      status: state.rawStatus,
      videoUrl: state.url,
      ...(state.fileId ? { fileId: state.fileId } : {}),
      resolution,
      duration,
      ...(task?.ratio ? { ratio: task.ratio } : {}),
      ...(state.width ? { width: state.width } : {}),
      ...(state.height ? { height: state.height } : {}),
      ...(usage ? { usage } : {}),
      ...(usdPerSecond !== undefined ? { usdPerSecond } : {}),
      ...(cost ? { cost } : {}),
    };
    if (!operation.downloadVideo) {
      return { videos: [{ type: 'url', url: state.url, mediaType: 'video/mp4' }], metadata, headers: state.responseHeaders };
    }
    const file = await downloadMiniMaxFile({ url: state.url, fetch: this.config.fetch, abortSignal });
    const mediaType = file.mediaType?.startsWith('video/') ? file.mediaType : 'video/mp4';
    return { videos: [{ type: 'binary', data: file.data, mediaType }], metadata, headers: state.responseHeaders };
  }

  private parseOperation(operation: unknown): MiniMaxVideoOperation {
    const parsed = operationSchema.safeParse(operation);
    if (!parsed.success) {
      throw new InvalidArgumentError({
        argument: 'operation',
        message: `Not a MiniMax video operation (the \`operation\` a MiniMax video start returned): ${parsed.error.message}`,
        cause: parsed.error,
      });
    }
    return parsed.data;
  }
}
