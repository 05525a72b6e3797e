/**
 * The emulator's video tasks on both APIs: state that advances with each query (or, for a task with a verified
 * `callback_url`, on the emulator's own timer, posting each status to the callback), scripted outcomes, and the
 * finished video: a real MP4 of the requested duration and ratio on the emulator's CDN.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { EmulatorFileStore } from '../media/emulator-files.js';
import type { EmulatorCallbackDelivery, EmulatorVideoTask, ScriptedVideoTask } from '../media/emulator-media-types.js';
import { createMp4, mp4SizeForRatio } from './emulator-mp4.js';

const DEFAULT_PENDING_POLLS = 2;
/** A `never` task stops notifying after this many steps. */
const MAX_CALLBACK_STEPS = 200;

interface TaskState extends EmulatorVideoTask {
  pendingPolls: number;
  download: NonNullable<ScriptedVideoTask['download']>;
  createdAt: number;
}

export interface VideoTaskTiming {
  /** Between the emulator's status notifications to a `callback_url`. */
  callbackIntervalMs: number;
  /** How long a receiver has to echo the challenge (MiniMax: 3 s). */
  challengeTimeoutMs: number;
}

const digits = (n: number) => Array.from({ length: n }, (_, i) => (i === 0 ? randomInt(1, 10) : randomInt(0, 10))).join('');

/** JSON text with the named fields' numeric-string values written as bare integers (MiniMax's int64 ids). */
function jsonWithBareIds(value: unknown, fields: string[]): string {
  let text = JSON.stringify(value);
  for (const field of fields) text = text.replace(new RegExp(`"${field}":"(\\d+)"`, 'g'), `"${field}":$1`);
  return text;
}

function sizeOf(resolution: string, ratio: string): { width: number; height: number } {
  const short = resolution === '2K' ? 1440 : Number.parseInt(resolution, 10) || 768;
  const [w, h] = ratio.split(':').map(Number);
  const r = w > 0 && h > 0 ? w / h : 16 / 9;
  const long = Math.round((short * Math.max(r, 1 / r)) / 2) * 2;
  return r >= 1 ? { width: long, height: short } : { width: short, height: long };
}

export class EmulatorVideoTasks {
  readonly tasks: TaskState[] = [];
  readonly callbacks: EmulatorCallbackDelivery[] = [];
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();
  private readonly requests = new Set<AbortController>();
  /** Bumped by `reset()` and `close()`: callback loops of an older epoch stop. */
  private epoch = 0;

  constructor(
    private readonly files: EmulatorFileStore,
    private readonly baseUrl: () => string,
    private readonly timing: VideoTaskTiming,
  ) {}

  create(api: 'v1' | 'v2', body: any, scripted: ScriptedVideoTask | undefined): TaskState {
    const task: TaskState = {
      api,
      taskId: digits(15),
      model: body.model,
      body,
      outcome: scripted?.outcome ?? 'success',
      polls: 0,
      status: api === 'v1' ? 'Preparing' : 'queued',
      pendingPolls: scripted?.pendingPolls ?? DEFAULT_PENDING_POLLS,
      download: scripted?.download ?? 'ok',
      createdAt: Math.floor(Date.now() / 1000),
      ...(body.callback_url ? { callbackUrl: body.callback_url } : {}),
      ...(scripted?.hangQueries ? { hangQueries: true } : {}),
    };
    this.tasks.push(task);
    if (task.callbackUrl) void this.notify(task, this.epoch);
    return task;
  }

  find(api: 'v1' | 'v2', taskId: string): TaskState | undefined {
    return this.tasks.find((task) => task.api === api && task.taskId === taskId);
  }

  /** A query of the task: advances it unless its callback receiver drives it. Returns the JSON text to send. */
  query(task: TaskState): string {
    if (!(task.callbackUrl && task.callbackVerified !== false)) this.advance(task);
    return task.api === 'v1' ? this.v1QueryBody(task) : JSON.stringify(this.v2QueryBody(task));
  }

  /** `/v1/files/retrieve` of a finished v1 task's file, or `undefined` for an unknown id. */
  retrieveFile(fileId: string): string | undefined {
    const task = this.tasks.find((t) => t.fileId === fileId);
    if (!task?.videoUrl) return undefined;
    return jsonWithBareIds(
      {
        file: {
          file_id: fileId,
          bytes: 0,
          created_at: task.createdAt,
          filename: 'output.mp4',
          purpose: 'video_generation',
          download_url: task.videoUrl,
        },
        base_resp: { status_code: 0, status_msg: 'success' },
      },
      ['file_id'],
    );
  }

  private terminal(task: TaskState): boolean {
    return task.outcome !== 'never' && task.polls > task.pendingPolls;
  }

  private advance(task: TaskState): void {
    if (this.terminal(task)) return;
    task.polls++;
    if (!this.terminal(task)) {
      task.status = task.api === 'v1' ? (task.polls <= 1 ? 'Queueing' : 'Processing') : task.polls <= 1 ? 'queued' : 'running';
      return;
    }
    const v2: Record<string, string> = { success: 'succeeded', cancelled: 'cancelled', expired: 'expired' };
    task.status = task.api === 'v1' ? (task.outcome === 'success' ? 'Success' : 'Fail') : (v2[task.outcome] ?? 'failed');
    if (task.outcome === 'success') this.finish(task);
  }

  /** Puts the video on the CDN: an MP4 of the task's duration and ratio. */
  private finish(task: TaskState): void {
    const body = task.body;
    const duration = body.duration ?? 6;
    const ratio = task.api === 'v2' && body.ratio && body.ratio !== 'adaptive' ? body.ratio : '16:9';
    const bytes = createMp4({ ...mp4SizeForRatio(ratio), durationSeconds: duration, seed: Number(task.taskId.slice(-2)) });
    task.videoUrl = this.baseUrl() + this.files.add(`video/${task.taskId}/output.mp4`, { bytes, contentType: 'video/mp4', behaviour: task.download });
    if (task.api === 'v1') task.fileId = `3${digits(17)}`; // above 2^53, like MiniMax's int64 ids
  }

  private v1Status(task: TaskState) {
    const sensitive = { 'sensitive-input': [1026, 'input new_sensitive'], 'sensitive-output': [1027, 'output new_sensitive'] } as const;
    const failure = sensitive[task.outcome as keyof typeof sensitive];
    const success = task.status === 'Success';
    const { width, height } = sizeOf(task.body.resolution ?? '768P', '16:9');
    return {
      success,
      failure: task.status === 'Fail' ? failure : undefined,
      fields: success ? { file_id: task.fileId, video_width: width, video_height: height } : { file_id: '' },
    };
  }

  private v1QueryBody(task: TaskState): string {
    const { failure, fields } = this.v1Status(task);
    return jsonWithBareIds(
      {
        task_id: task.taskId,
        status: task.status,
        ...fields,
        base_resp: failure ? { status_code: failure[0], status_msg: failure[1] } : { status_code: 0, status_msg: 'success' },
      },
      ['file_id'],
    );
  }

  private v2QueryBody(task: TaskState): Record<string, unknown> {
    const body = task.body;
    const images = (body.content as any[]).filter((item) => item.type === 'image_url').length;
    const errors: Record<string, { code: string; message: string }> = {
      failed: { code: '1000', message: 'video generation failed' },
      'sensitive-input': { code: '1026', message: 'video description contains sensitive content' },
      'sensitive-output': { code: '1027', message: 'generated video contains sensitive content' },
    };
    return {
      task: {
        id: task.taskId,
        model: task.model,
        status: task.status,
        created_at: task.createdAt,
        updated_at: Math.floor(Date.now() / 1000),
        ...(task.videoUrl ? { content: { url: task.videoUrl } } : {}),
        resolution: body.resolution,
        duration: body.duration,
        ratio: body.ratio && body.ratio !== 'adaptive' ? body.ratio : '16:9',
        ...(task.status === 'succeeded'
          ? {
              usage: {
                total_seconds: body.duration,
                input_seconds: 0,
                output_seconds: body.duration,
                input_image_count: images,
                total_tokens: body.duration * 54778,
              },
            }
          : {}),
        ...(task.status === 'failed' ? { error: errors[task.outcome] ?? errors.failed } : {}),
        task_type: 'generation',
        modality: 'video',
      },
    };
  }

  /** A notification body: v1 a query result with `processing` / `success` / `failed`; v2 the query result. */
  private notificationBody(task: TaskState): string {
    if (task.api === 'v2') return JSON.stringify(this.v2QueryBody(task));
    const { failure, fields } = this.v1Status(task);
    const status = task.status === 'Success' ? 'success' : task.status === 'Fail' ? 'failed' : 'processing';
    return jsonWithBareIds(
      {
        task_id: task.taskId,
        status,
        ...fields,
        base_resp: failure ? { status_code: failure[0], status_msg: failure[1] } : { status_code: 0, status_msg: 'success' },
      },
      ['file_id'],
    );
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        resolve();
      }, ms);
      this.timers.add(timer);
    });
  }

  private async post(task: TaskState, url: string, text: string, timeoutMs: number): Promise<EmulatorCallbackDelivery> {
    const controller = new AbortController();
    this.requests.add(controller);
    const timer = setTimeout(() => controller.abort(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
    const delivery: EmulatorCallbackDelivery = { taskId: task.taskId, url, body: JSON.parse(text.replace(/"file_id":(\d+)/g, '"file_id":"$1"')) };
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text, signal: controller.signal });
      delivery.status = response.status;
      delivery.responseBody = await response.text();
    } catch (error) {
      delivery.error = error instanceof Error ? error.message : String(error);
    } finally {
      clearTimeout(timer);
      this.requests.delete(controller);
    }
    this.callbacks.push(delivery);
    return delivery;
  }

  /** MiniMax's callback protocol: the challenge, then (if echoed) one notification per status step until the end. */
  private async notify(task: TaskState, epoch: number): Promise<void> {
    const url = task.callbackUrl!;
    const challenge = randomBytes(16).toString('hex');
    const reply = await this.post(task, url, JSON.stringify({ challenge }), this.timing.challengeTimeoutMs);
    if (epoch !== this.epoch) return;
    let echoed: unknown;
    try {
      echoed = JSON.parse(reply.responseBody ?? '').challenge;
    } catch {
      echoed = undefined;
    }
    task.callbackVerified = reply.status === 200 && echoed === challenge;
    if (!task.callbackVerified) return;
    for (let step = 0; step < MAX_CALLBACK_STEPS; step++) {
      await this.sleep(this.timing.callbackIntervalMs);
      if (epoch !== this.epoch) return;
      this.advance(task);
      await this.post(task, url, this.notificationBody(task), 10_000);
      if (epoch !== this.epoch || this.terminal(task)) return;
    }
  }

  /** Forgets every task and stops every callback loop and request in flight. */
  reset(): void {
    this.epoch++;
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    for (const controller of this.requests) controller.abort(new Error('emulator reset'));
    this.requests.clear();
    this.tasks.length = 0;
    this.callbacks.length = 0;
  }
}
