/**
 * ai@7's asynchronous video flow against the emulator: `experimental_startVideo` + `experimental_getVideoStatus`,
 * `experimental_generateVideo` with `poll` (the SDK polls `doStatus`) and with `webhook` (MiniMax's
 * `callback_url`: the challenge, then status notifications), on both MiniMax video APIs.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { experimental_generateVideo as generateVideo, experimental_getVideoStatus as getVideoStatus, experimental_startVideo as startVideo } from 'ai';
import { beforeEach, describe, expect, it } from 'vitest';
import { createMiniMax, parseMiniMaxVideoCallback, type MiniMaxVideoCallback } from '../../src/index';
import type { MiniMaxEmulator } from '../../src/testing';
import { parseMp4 } from '../support/media-files';
import { useMediaEmulator } from '../support/media-drivers';

const API_KEY = 'sk-test-video-async-key';
const setup = useMediaEmulator({ apiKey: API_KEY, videoCallbackIntervalMs: 3 });
let emulator: MiniMaxEmulator;
beforeEach(() => void (emulator = setup.emulator));

const minimax = () => createMiniMax(setup.settings());
const queries = () => emulator.requests.filter((r) => r.path.includes('/query/video_generation'));

describe.each([
  ['v1', 'MiniMax-Hailuo-2.3'],
  ['v2', 'MiniMax-H3'],
] as const)('ai@7 start/status on the %s API (%s)', (api, modelId) => {
  it('startVideo returns a JSON operation; getVideoStatus is pending, then completed with the video', async () => {
    const model = minimax().video(modelId);
    const started = await startVideo({ model, prompt: 'A paper boat on a river', duration: 6 });
    const task = emulator.videoTasks[0];
    expect(started.operation).toEqual({
      api,
      taskId: task.taskId,
      modelId,
      downloadVideo: true,
      resolution: api === 'v1' ? '768P' : '2K',
      duration: 6,
      imageCount: 0,
    });
    expect(JSON.parse(JSON.stringify(started.operation))).toEqual(started.operation);
    expect(started.providerMetadata?.minimax).toMatchObject({ taskId: task.taskId, api });
    // The SDK sends an idempotency key with the start.
    expect(emulator.requests[0].headers['idempotency-key']).toMatch(/^aisdk_vid_/);

    const statuses: string[] = [];
    let result;
    for (let i = 0; i < 5; i++) {
      result = await getVideoStatus(model, { operation: started.operation });
      statuses.push(`${result.status}:${(result.providerMetadata?.minimax as { status?: string })?.status}`);
      if (result.status !== 'pending') break;
    }
    expect(statuses).toEqual(api === 'v1' ? ['pending:Queueing', 'pending:Processing', 'completed:Success'] : ['pending:queued', 'pending:running', 'completed:succeeded']);
    if (result?.status !== 'completed') throw new Error('not completed');
    expect(result.videos[0]).toMatchObject({ type: 'binary', mediaType: 'video/mp4' });
    const video = result.videos[0] as { data: Uint8Array };
    expect(parseMp4(video.data).durationSeconds).toBe(6);
    expect(result.providerMetadata?.minimax).toMatchObject({ taskId: task.taskId, videoUrl: task.videoUrl, cost: { total: api === 'v1' ? 0.28 : 0.78 } });
  });

  it('downloadVideo: false makes getVideoStatus hand back the URL; a failed task is an error status with the reason', async () => {
    const model = minimax().video(modelId);
    const started = await startVideo({ model, prompt: 'URL please', providerOptions: { minimax: { downloadVideo: false } } });
    emulator.enqueueVideo({ outcome: 'sensitive-input', pendingPolls: 0 });
    const failing = await startVideo({ model, prompt: 'Not allowed' });
    let done;
    do done = await getVideoStatus(model, { operation: started.operation });
    while (done.status === 'pending');
    expect(done).toMatchObject({ status: 'completed', videos: [{ type: 'url', url: emulator.videoTasks[0].videoUrl, mediaType: 'video/mp4' }] });
    expect(emulator.requests.filter((r) => r.path.startsWith('/cdn/'))).toHaveLength(0);

    const failed = await getVideoStatus(model, { operation: failing.operation });
    expect(failed).toMatchObject({ status: 'error', error: expect.stringMatching(/rejected: sensitive content in the input.*1026/) });
  });

  it('generateVideo with poll: the SDK polls doStatus until the video is ready', async () => {
    const result = await generateVideo({ model: minimax().video(modelId), prompt: 'Polled by the SDK', poll: { intervalMs: 2, timeoutMs: 10_000 } });
    expect(queries()).toHaveLength(3);
    expect(parseMp4(result.video.uint8Array).durationSeconds).toBe(api === 'v1' ? 6 : 5);
    expect(result.providerMetadata.minimax).toMatchObject({ taskId: emulator.videoTasks[0].taskId, resolvedInputs: { imageCount: 0 } });
  });

  it('generateVideo with poll: a failed task rejects with MiniMax’s reason', async () => {
    emulator.enqueueVideo({ outcome: 'sensitive-output' });
    await expect(generateVideo({ model: minimax().video(modelId), prompt: 'No', poll: { intervalMs: 2 }, maxRetries: 0 })).rejects.toThrow(
      /rejected: sensitive content in the generated video.*1027/,
    );
  });

  /** generateVideo with a webhook receiver; `resolveOn` picks which notification resolves `received`. */
  async function generateWithWebhook(resolveOn: 'terminal' | 'first', options: { echo?: boolean } = {}) {
    const receiver = await startReceiver(options);
    try {
      const result = await generateVideo({
        model: minimax().video(modelId),
        prompt: 'Tell me when it is done',
        webhook: async () => ({ url: receiver.url, received: receiver[resolveOn] }),
        providerOptions: { minimax: { pollIntervalMs: 2 } },
        poll: { timeoutMs: 10_000 },
      });
      return { result, receiver };
    } finally {
      await receiver.close();
    }
  }

  it('generateVideo with webhook: callback_url gets the challenge, then the statuses; the SDK checks the status once', async () => {
    const { result, receiver } = await generateWithWebhook('terminal');
    const task = emulator.videoTasks[0];
    expect(emulator.requests.find((r) => r.path.endsWith('/video_generation'))?.body.callback_url).toBe(receiver.url);
    expect(task.callbackVerified).toBe(true);
    const kinds = emulator.callbacks.map((c) => {
      const callback = parseMiniMaxVideoCallback(c.body);
      return callback?.type === 'challenge' ? 'challenge' : callback?.rawStatus;
    });
    expect(kinds).toEqual(api === 'v1' ? ['challenge', 'processing', 'processing', 'success'] : ['challenge', 'queued', 'running', 'succeeded']);
    expect(emulator.callbacks[0].responseBody).toBe(JSON.stringify({ challenge: (emulator.callbacks[0].body as { challenge: string }).challenge }));
    // No polling: one status check after the notification.
    expect(queries()).toHaveLength(1);
    expect(parseMp4(result.video.uint8Array).durationSeconds).toBeGreaterThan(0);
  });

  it('generateVideo with webhook: a receiver that resolves on the challenge still gets the finished video (the provider waits for the task)', async () => {
    const { result, receiver } = await generateWithWebhook('first');
    expect(parseMiniMaxVideoCallback((await receiver.first).body)?.type).toBe('challenge');
    expect(parseMp4(result.video.uint8Array).durationSeconds).toBeGreaterThan(0);
  });

  it('generateVideo with webhook: a receiver that does not echo the challenge gets no statuses; the provider polls the task to the end', async () => {
    const { result } = await generateWithWebhook('first', { echo: false });
    expect(emulator.videoTasks[0].callbackVerified).toBe(false);
    expect(emulator.callbacks).toHaveLength(1);
    expect(queries().length).toBeGreaterThanOrEqual(3);
    expect(parseMp4(result.video.uint8Array).durationSeconds).toBeGreaterThan(0);
  });
});

it('getVideoStatus refuses an operation that is not a MiniMax one', async () => {
  await expect(getVideoStatus(minimax().video('MiniMax-H3'), { operation: { id: 'x' }, maxRetries: 0 })).rejects.toThrow(/Not a MiniMax video operation/);
});

/**
 * A `callback_url` receiver the way an app writes one: answers MiniMax's challenge, records every notification and
 * resolves `terminal` on the final status (`first` resolves on whatever comes first).
 */
async function startReceiver(options: { echo?: boolean } = {}) {
  type Notification = { headers: Record<string, string>; body: MiniMaxVideoCallback };
  let resolveFirst!: (n: Notification) => void;
  let resolveTerminal!: (n: Notification) => void;
  const first = new Promise<Notification>((r) => (resolveFirst = r));
  const terminal = new Promise<Notification>((r) => (resolveTerminal = r));
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const callback = parseMiniMaxVideoCallback(Buffer.concat(chunks).toString('utf8'));
    if (!callback) {
      res.writeHead(400).end();
      return;
    }
    const notification = { headers: req.headers as Record<string, string>, body: callback };
    resolveFirst(notification);
    if (callback.type === 'challenge') {
      res.writeHead(200, { 'content-type': 'application/json' }).end(options.echo === false ? '{}' : JSON.stringify(callback.response));
      return;
    }
    if (callback.terminal) resolveTerminal(notification);
    res.writeHead(200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/minimax/callback`,
    first,
    terminal,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
