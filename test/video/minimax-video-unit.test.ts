/**
 * The video core without the SDK: the poller (with an injected clock and delay: counted checks, never time), the
 * callback parser, both request builders, the resolution tiers and the price table.
 */
import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { buildMiniMaxVideoV1Request } from '../../src/core/video/build-minimax-video-v1-request';
import { buildMiniMaxVideoV2Request } from '../../src/core/video/build-minimax-video-v2-request';
import { parseMiniMaxVideoCallback } from '../../src/core/video/minimax-video-callback';
import { MiniMaxVideoGenerationError } from '../../src/core/video/minimax-video-error';
import { videoResolutionTier } from '../../src/core/video/minimax-video-inputs';
import {
  getMiniMaxVideoModelInfo,
  resolveMiniMaxVideoModel,
  type MiniMaxVideoV1ModelInfo,
  type MiniMaxVideoV2ModelInfo,
} from '../../src/core/video/minimax-video-models';
import { calculateMiniMaxVideoCost, getMiniMaxVideoPricePerSecond } from '../../src/core/video/minimax-video-pricing';
import type { MiniMaxVideoCallOptions } from '../../src/core/video/minimax-video-types';
import { pollMiniMaxVideoTask } from '../../src/core/video/poll-minimax-video-task';
import { createMiniMax } from '../../src/index';
import { createMiniMax as createMiniMaxV1 } from '../../src/v1/index';
import { createMiniMax as createMiniMaxV2 } from '../../src/v2/index';
import { createMiniMax as createMiniMaxV3 } from '../../src/v3/index';

/** A fake clock whose delay advances it: no real time passes. */
function fakeTime() {
  let now = 0;
  const waits: number[] = [];
  return {
    now: () => now,
    delay: async (ms: number, options: { abortSignal?: AbortSignal }) => {
      if (options.abortSignal?.aborted) throw new DOMException('aborted', 'AbortError');
      waits.push(ms);
      now += ms;
    },
    waits,
    advance: (ms: number) => (now += ms),
  };
}

describe('pollMiniMaxVideoTask', () => {
  it('waits the interval before each check and stops at the first final state', async () => {
    const time = fakeTime();
    const states = ['pending', 'pending', 'succeeded'];
    let checks = 0;
    const result = await pollMiniMaxVideoTask(async () => ({ state: states[checks++] }), { taskId: 't', intervalMs: 100, timeoutMs: 1000, ...time });
    expect(result.state).toBe('succeeded');
    expect(checks).toBe(3);
    expect(time.waits).toEqual([100, 100, 100]);
  });

  it('times out after timeoutMs (the last wait is shortened to the deadline) with reason timeout', async () => {
    const time = fakeTime();
    let checks = 0;
    const error = await pollMiniMaxVideoTask(async () => (checks++, { state: 'pending' }), { taskId: '42', intervalMs: 300, timeoutMs: 1000, ...time }).catch((e) => e);
    expect(MiniMaxVideoGenerationError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ reason: 'timeout', taskId: '42' });
    expect(time.waits).toEqual([300, 300, 300, 100]);
    expect(checks).toBe(3);
  });

  it('aborts a check that hangs past the deadline and reports the timeout', async () => {
    const time = fakeTime();
    const error = await pollMiniMaxVideoTask(
      (signal) =>
        new Promise<{ state: string }>((_, reject) => {
          time.advance(50);
          signal.addEventListener('abort', () => reject(signal.reason));
        }),
      { taskId: 't', intervalMs: 10, timeoutMs: 30, ...time, now: time.now },
    ).catch((e) => e);
    expect(error.reason).toBe('timeout');
  });

  it('waits out up to 2 retryable query failures in a row; the 3rd, or any other error, ends the wait', async () => {
    const time = fakeTime();
    const transient = () => new APICallError({ message: 'HTTP 503', url: 'u', requestBodyValues: undefined, statusCode: 503, isRetryable: true });
    const script = [transient(), transient(), { state: 'pending' }, transient(), transient(), { state: 'succeeded' }];
    let checks = 0;
    const result = await pollMiniMaxVideoTask(
      async () => {
        const next = script[checks++];
        if (next instanceof Error) throw next;
        return next as { state: string };
      },
      { taskId: 't', intervalMs: 1, timeoutMs: 100, ...time },
    );
    expect(result.state).toBe('succeeded');
    expect(checks).toBe(6);
    let failing = 0;
    await expect(pollMiniMaxVideoTask(async () => (failing++, Promise.reject(transient())), { taskId: 't', intervalMs: 1, timeoutMs: 100, ...time })).rejects.toThrow(
      'HTTP 503',
    );
    expect(failing).toBe(3);
  });

  it('passes a check error through, and stops on the caller’s abort', async () => {
    const time = fakeTime();
    await expect(pollMiniMaxVideoTask(async () => Promise.reject(new Error('HTTP 500')), { taskId: 't', intervalMs: 1, timeoutMs: 100, ...time })).rejects.toThrow('HTTP 500');
    const controller = new AbortController();
    let checks = 0;
    const pending = pollMiniMaxVideoTask(async () => (++checks === 2 && controller.abort(), { state: 'pending' }), {
      taskId: 't',
      intervalMs: 1,
      timeoutMs: 100,
      abortSignal: controller.signal,
      ...time,
    });
    await expect(pending).rejects.toThrow(/aborted/);
    expect(checks).toBe(2);
  });
});

describe('parseMiniMaxVideoCallback', () => {
  it('recognises the challenge and the answer to give', () => {
    expect(parseMiniMaxVideoCallback({ challenge: 'abc' })).toEqual({ type: 'challenge', challenge: 'abc', response: { challenge: 'abc' } });
  });

  it('reads v1 notifications, keeping an int64 file id exact from the text body', () => {
    const text = '{"task_id":"106916112212032","status":"success","file_id":362870101902618624,"base_resp":{"status_code":0,"status_msg":"success"}}';
    expect(parseMiniMaxVideoCallback(text)).toEqual({
      type: 'status',
      taskId: '106916112212032',
      status: 'completed',
      rawStatus: 'success',
      terminal: true,
      fileId: '362870101902618624',
    });
    expect(parseMiniMaxVideoCallback({ task_id: '1', status: 'processing' })).toMatchObject({ status: 'pending', terminal: false });
    expect(parseMiniMaxVideoCallback({ task_id: '1', status: 'failed', base_resp: { status_code: 1027, status_msg: 'output new_sensitive' } })).toMatchObject({
      status: 'error',
      terminal: true,
      error: { code: '1027', message: 'output new_sensitive' },
    });
  });

  it('reads v2 notifications (task objects) and returns its own result as it is', () => {
    const done = parseMiniMaxVideoCallback({ task: { id: '9', status: 'succeeded', content: { url: 'https://cdn/x.mp4' } } });
    expect(done).toMatchObject({ taskId: '9', status: 'completed', videoUrl: 'https://cdn/x.mp4', terminal: true });
    expect(parseMiniMaxVideoCallback(done)).toBe(done);
    expect(parseMiniMaxVideoCallback({ task: { id: '9', status: 'cancelled' } })).toMatchObject({ status: 'error', terminal: true });
    expect(parseMiniMaxVideoCallback({ task: { id: '9', status: 'running' } })).toMatchObject({ status: 'pending', terminal: false });
  });

  it('returns undefined for anything else', () => {
    for (const body of ['not json', null, [], { hello: 'world' }, 42]) expect(parseMiniMaxVideoCallback(body)).toBeUndefined();
  });
});

const call = (overrides: Partial<MiniMaxVideoCallOptions> = {}): MiniMaxVideoCallOptions => ({
  prompt: 'A scene',
  n: 1,
  aspectRatio: undefined,
  resolution: undefined,
  duration: undefined,
  fps: undefined,
  seed: undefined,
  image: undefined,
  generateAudio: undefined,
  ...overrides,
});
const v1 = (id: string) => getMiniMaxVideoModelInfo(id) as MiniMaxVideoV1ModelInfo;
const v2 = (id: string) => getMiniMaxVideoModelInfo(id) as MiniMaxVideoV2ModelInfo;
const image = { type: 'url' as const, url: 'https://example.com/a.png' };
const text = (warnings: unknown[]) => warnings.map((w) => JSON.stringify(w)).join('\n');

describe('buildMiniMaxVideoV1Request', () => {
  it('offers 512P only with a first frame (Hailuo-02) and rounds durations to 6 or 10', () => {
    const withImage = buildMiniMaxVideoV1Request(v1('MiniMax-Hailuo-02'), call({ image, resolution: '910x512', duration: 9 }), {});
    expect(withImage.body).toMatchObject({ resolution: '512P', duration: 10 });
    expect(text(withImage.warnings)).toMatch(/6 or 10 seconds; 9 s was sent as 10 s/);
    const textOnly = buildMiniMaxVideoV1Request(v1('MiniMax-Hailuo-02'), call({ resolution: '512P' }), {});
    expect(textOnly.body.resolution).toBe('768P');
    expect(text(textOnly.warnings)).toMatch(/renders 768P or 1080P; 512P is not available/);
  });

  it('warns about an image on a text-only model, a last frame where there is none, and H3-only options', () => {
    const t2v = buildMiniMaxVideoV1Request(v1('T2V-01'), call({ image, aspectRatio: '9:16' }), { ratio: '1:1', fastPretreatment: true });
    expect(t2v.body).toEqual({ model: 'T2V-01', prompt: 'A scene', duration: 6, resolution: '720P' });
    expect(text(t2v.warnings)).toMatch(/text-to-video only; the image was ignored/);
    expect(text(t2v.warnings)).toMatch(/makes 16:9 videos from text; 9:16 was ignored/);
    expect(text(t2v.warnings)).toMatch(/fastPretreatment is for Hailuo models only/);
    expect(text(t2v.warnings)).toMatch(/ratio is for MiniMax-H3/);
    const last = buildMiniMaxVideoV1Request(v1('MiniMax-Hailuo-2.3'), call({ image, frameImages: [{ image, frameType: 'last_frame' }] }), {});
    expect(last.body).not.toHaveProperty('last_frame_image');
    expect(text(last.warnings)).toMatch(/takes no last frame/);
  });

  it('refuses S2V without a subject and text-to-video without a prompt', () => {
    expect(() => buildMiniMaxVideoV1Request(v1('S2V-01'), call(), {})).toThrow(/needs a subject image/);
    expect(() => buildMiniMaxVideoV1Request(v1('T2V-01'), call({ prompt: ' ' }), {})).toThrow(InvalidArgumentError);
  });

  it('sends the subject from the first frame when no reference is given, with a note', () => {
    const { body, warnings } = buildMiniMaxVideoV1Request(v1('S2V-01'), call({ image }), {});
    expect(body.subject_reference).toEqual([{ type: 'character', image: ['https://example.com/a.png'] }]);
    expect(text(warnings)).toMatch(/sent as the subject reference/);
  });
});

describe('buildMiniMaxVideoV2Request', () => {
  it('needs a non-empty prompt, also with a first frame', () => {
    expect(() => buildMiniMaxVideoV2Request(v2('MiniMax-H3'), call({ prompt: '', image }), {})).toThrow(/needs a non-empty text prompt/);
  });

  it('caps references at MiniMax’s limits and drops audio without an image or video reference', () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ type: 'url' as const, url: `https://example.com/${i}.jpg` }));
    const capped = buildMiniMaxVideoV2Request(v2('MiniMax-H3'), call({ inputReferences: many }), {});
    expect(capped.body.content as unknown[]).toHaveLength(10);
    expect(text(capped.warnings)).toMatch(/at most 9 reference images; the first 9 of 11/);
    const audioOnly = buildMiniMaxVideoV2Request(v2('MiniMax-H3'), call({ inputReferences: [{ type: 'url', url: 'https://example.com/a.mp3' }] }), {});
    expect(audioOnly.body.content).toEqual([{ type: 'text', text: 'A scene' }]);
    expect(text(audioOnly.warnings)).toMatch(/reference audio only together with a reference image or video/);
  });

  it('treats a reference without a media type or extension as an image, with a warning; refuses other kinds', () => {
    const { body, warnings } = buildMiniMaxVideoV2Request(
      v2('MiniMax-H3'),
      call({ inputReferences: [{ type: 'url', url: 'https://example.com/ref' }, { type: 'file', mediaType: 'application/pdf', data: 'AAAA' }] }),
      {},
    );
    expect((body.content as Array<{ role?: string }>).map((item) => item.role)).toEqual([undefined, 'reference_image']);
    expect(text(warnings)).toMatch(/sent as an image/);
    expect(text(warnings)).toMatch(/application\/pdf reference was ignored/);
  });

  it('ratio: adaptive text-to-video becomes 16:9, an unknown ratio is dropped, the option wins, references keep it optional', () => {
    const adaptive = buildMiniMaxVideoV2Request(v2('MiniMax-H3'), call({ aspectRatio: 'adaptive' }), {});
    expect(adaptive.body.ratio).toBe('16:9');
    expect(text(adaptive.warnings)).toMatch(/adaptive was sent as 16:9/);
    const odd = buildMiniMaxVideoV2Request(v2('MiniMax-H3'), call({ aspectRatio: '2:1' }), {});
    expect(odd.body.ratio).toBe('16:9');
    expect(text(odd.warnings)).toMatch(/2:1 was ignored/);
    expect(buildMiniMaxVideoV2Request(v2('MiniMax-H3'), call({ aspectRatio: '4:3' }), { ratio: '21:9' }).body.ratio).toBe('21:9');
    expect(buildMiniMaxVideoV2Request(v2('MiniMax-H3'), call({ inputReferences: [image] }), {}).body).not.toHaveProperty('ratio');
  });

  it('resolution: the option wins over the SDK value (with a note when they differ); a tier the model lacks falls back', () => {
    const both = buildMiniMaxVideoV2Request(v2('MiniMax-H3'), call({ resolution: '2560x1440' }), { resolution: '768P' });
    expect(both.body.resolution).toBe('768P');
    expect(text(both.warnings)).toMatch(/providerOptions.minimax.resolution \(768P\) was used instead of resolution 2560x1440/);
    const max = buildMiniMaxVideoV2Request(v2('MiniMax-H3-Max'), call({ resolution: '2K' as never, duration: 4.4 }), {});
    expect(max.body).toMatchObject({ resolution: '768P', duration: 5 });
    expect(text(max.warnings)).toMatch(/renders 480P or 768P; 2K is not available, so 768P was used/);
  });

  it('sends callback_url for a webhook and warns about v1-only options', () => {
    const { body, warnings } = buildMiniMaxVideoV2Request(v2('MiniMax-H3'), call({ webhookUrl: 'https://app.example/cb' }), { promptOptimizer: true });
    expect(body.callback_url).toBe('https://app.example/cb');
    expect(text(warnings)).toMatch(/promptOptimizer is for the v1 \(Hailuo\) API only/);
  });
});

describe('video models, tiers and prices', () => {
  it('maps sizes and names to tiers', () => {
    expect(['1366x768', '1920x1080', '1280x720', '2560x1080', '854x480', '2k', '768p', '3840x2160', '100x100'].map(videoResolutionTier)).toEqual([
      '768P',
      '1080P',
      '720P',
      '2K',
      '480P',
      '2K',
      '768P',
      '2K',
      undefined,
    ]);
  });

  it('routes ids to their API, unknown H-series ids to v2 and anything else to v1', () => {
    expect(resolveMiniMaxVideoModel('minimax-h3').api).toBe('v2');
    expect(resolveMiniMaxVideoModel('MiniMax-H4').api).toBe('v2');
    expect(resolveMiniMaxVideoModel('MiniMax-Hailuo-03').api).toBe('v1');
    expect(getMiniMaxVideoModelInfo('minimax-hailuo-2.3-fast')?.id).toBe('MiniMax-Hailuo-2.3-Fast');
  });

  it('prices v1 per video and v2 per second plus billed inputs; unknown combinations have no price', () => {
    expect(calculateMiniMaxVideoCost('MiniMax-Hailuo-2.3-Fast', { resolution: '1080P', seconds: 6 })?.total).toBe(0.33);
    expect(calculateMiniMaxVideoCost('MiniMax-Hailuo-02', { resolution: '512P', seconds: 10 })?.total).toBe(0.15);
    expect(calculateMiniMaxVideoCost('MiniMax-Hailuo-2.3', { resolution: '1080P', seconds: 10 })).toBeUndefined();
    expect(calculateMiniMaxVideoCost('T2V-01', { resolution: '720P', seconds: 6 })).toBeUndefined();
    // H3 2K, 10 s out, 7 input images (5 free), 3 s of reference video at the output rate.
    expect(calculateMiniMaxVideoCost('MiniMax-H3', { resolution: '2K', seconds: 10, inputImages: 7, inputVideoSeconds: 3 })).toEqual({
      input: 0.47,
      cacheRead: 0,
      cacheWrite: 0,
      output: 1.3,
      total: 1.77,
      currency: 'USD',
    });
    expect(calculateMiniMaxVideoCost('MiniMax-H3-Max', { resolution: '480P', seconds: 5, inputImages: 3 })?.total).toBe(0.324);
    expect(getMiniMaxVideoPricePerSecond('MiniMax-H3-Max', '768P', 5)).toBe(0.08);
    expect(getMiniMaxVideoPricePerSecond('MiniMax-Hailuo-2.3', '768P', 10)).toBe(0.056);
  });

  it('video() and videoModel() exist on the ai@6 and ai@7 entries only', () => {
    const settings = { apiKey: 'k' };
    expect(createMiniMax(settings).video('MiniMax-H3')).toMatchObject({ specificationVersion: 'v4', provider: 'minimax.video', maxVideosPerCall: 1 });
    expect(createMiniMax(settings).videoModel('MiniMax-Hailuo-2.3')).toMatchObject({ specificationVersion: 'v4', modelId: 'MiniMax-Hailuo-2.3' });
    expect(createMiniMaxV3(settings).video('MiniMax-H3')).toMatchObject({ specificationVersion: 'v3' });
    expect(createMiniMaxV3(settings).video('MiniMax-H3')).not.toHaveProperty('doStart');
    expect('video' in createMiniMaxV1(settings)).toBe(false);
    expect('video' in createMiniMaxV2(settings)).toBe(false);
  });

  it('warns about n > 1 when doGenerate is called directly (generateVideo splits n itself)', async () => {
    const model = createMiniMax({ apiKey: 'k', baseURL: 'http://127.0.0.1:9/v1', fetch: async () => new Response('{"base_resp":{"status_code":1008,"status_msg":"insufficient balance"}}') }).video('MiniMax-H3');
    const { unsupportedVideoSettings } = await import('../../src/core/video/minimax-video-inputs');
    expect(unsupportedVideoSettings('MiniMax-H3', call({ n: 3 }))).toEqual([
      { type: 'unsupported-setting', setting: 'n', details: 'MiniMax makes one video per task; 3 were asked for, 1 will be generated.' },
    ]);
    await expect(model.doGenerate!({ ...call(), providerOptions: {} } as never)).rejects.toThrow(/insufficient balance \(1008\)/);
  });
});
