/**
 * Video scenarios through the real `experimental_generateVideo` of ai@6 (Experimental_VideoModelV3) and ai@7
 * (VideoModelV4, `doGenerate` path) against the emulator: the wire bodies of both MiniMax video APIs, the polling,
 * the downloaded MP4, warnings, metadata and cost, and every way a task can end without a video.
 */
import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { beforeEach, describe, expect, it } from 'vitest';
import { MiniMaxVideoGenerationError, getMiniMaxCost } from '../../src/index';
import { generateImagePng, type MiniMaxEmulator } from '../../src/testing';
import { parseMp4 } from '../support/media-files';
import { VIDEO_DRIVERS, useMediaEmulator } from '../support/media-drivers';

const API_KEY = 'sk-test-video-key-0123456789';
const setup = useMediaEmulator({ apiKey: API_KEY });
const settings = setup.settings;
let emulator: MiniMaxEmulator;
beforeEach(() => void (emulator = setup.emulator));
/** A few milliseconds between polls: tests count polls, never time. */
const fast = (extra: Record<string, unknown> = {}) => ({ minimax: { pollIntervalMs: 2, ...extra } });
const paths = (prefix: string) => emulator.requests.filter((r) => r.path.startsWith(prefix));
const about = (w: { feature?: string; details?: string; message?: string }) => `${w.feature ?? ''} ${w.details ?? w.message ?? ''}`;
const PNG = generateImagePng(640, 360, 7, 0);
const PNG_DATA_URL = `data:image/png;base64,${PNG.toString('base64')}`;

describe.each(VIDEO_DRIVERS)('$name (video, doGenerate)', (driver) => {
  const generate = (modelId: string, options: Record<string, unknown>) =>
    driver.generateVideo({ model: driver.video(settings(), modelId), maxRetries: 0, ...options });

  it('Hailuo text-to-video: creates a v1 task, polls it, resolves the file and downloads a real MP4; cost in metadata', async () => {
    const result = await generate('MiniMax-Hailuo-2.3', { prompt: 'Waves at night [Push in]', duration: 6, providerOptions: fast() });

    const [create] = paths('/v1/video_generation');
    expect(create.body).toEqual({ model: 'MiniMax-Hailuo-2.3', prompt: 'Waves at night [Push in]', duration: 6, resolution: '768P' });
    expect(create.headers.authorization).toBe(`Bearer ${API_KEY}`);
    const task = emulator.videoTasks[0];
    expect(paths('/v1/query/video_generation').map((r) => r.path)).toEqual(Array(3).fill(`/v1/query/video_generation?task_id=${task.taskId}`));
    // The file id is above 2^53 and arrives as a bare JSON integer: it must reach /files/retrieve exactly.
    expect(BigInt(task.fileId!)).toBeGreaterThan(BigInt(Number.MAX_SAFE_INTEGER));
    expect(paths('/v1/files/retrieve').map((r) => r.path)).toEqual([`/v1/files/retrieve?file_id=${task.fileId}`]);
    const [download] = paths('/cdn/');
    expect(download.headers.authorization).toBeUndefined();

    expect(result.videos).toHaveLength(1);
    expect(result.video.mediaType).toBe('video/mp4');
    expect(parseMp4(result.video.uint8Array)).toMatchObject({ brand: 'isom', codec: 'avc1', profile: 66, durationSeconds: 6, width: 128, height: 72 });
    expect(result.warnings).toEqual([]);
    expect(result.providerMetadata.minimax).toMatchObject({
      taskId: task.taskId,
      api: 'v1',
      fileId: task.fileId,
      status: 'Success',
      videoUrl: task.videoUrl,
      resolution: '768P',
      duration: 6,
      width: 1366,
      height: 768,
      usdPerSecond: 0.0466666667,
      cost: { output: 0.28, total: 0.28, currency: 'USD' },
    });
    expect(getMiniMaxCost(result.providerMetadata)?.total).toBe(0.28);
  });

  it('Hailuo image-to-video: the prompt image becomes first_frame_image; a 1920x1080 resolution is 1080P', async () => {
    await generate('MiniMax-Hailuo-2.3', { prompt: { image: PNG, text: 'The camera pans left [Pan left]' }, resolution: '1920x1080', providerOptions: fast() });
    expect(paths('/v1/video_generation')[0].body).toEqual({
      model: 'MiniMax-Hailuo-2.3',
      prompt: 'The camera pans left [Pan left]',
      first_frame_image: PNG_DATA_URL,
      duration: 6,
      resolution: '1080P',
    });
  });

  it('1080P at 10 s is not offered: the video is made at 768P, with a warning', async () => {
    const result = await generate('MiniMax-Hailuo-2.3', { prompt: 'A long shot', duration: 10, resolution: '1920x1080', providerOptions: fast() });
    expect(paths('/v1/video_generation')[0].body).toMatchObject({ duration: 10, resolution: '768P' });
    expect(result.warnings.map(about).join('\n')).toMatch(/resolution.*1080P only up to 6 s/);
    expect(result.providerMetadata.minimax.cost.total).toBe(0.56);
  });

  it('Hailuo-02 first and last frames, with prompt optimiser and fast pretreatment off', async () => {
    await generate('MiniMax-Hailuo-02', {
      prompt: 'A flower opens',
      frameImages: [
        { image: PNG, frameType: 'first_frame' },
        { image: 'https://example.com/last.png', frameType: 'last_frame' },
      ],
      providerOptions: fast({ promptOptimizer: false, fastPretreatment: false }),
    });
    expect(paths('/v1/video_generation')[0].body).toEqual({
      model: 'MiniMax-Hailuo-02',
      prompt: 'A flower opens',
      first_frame_image: PNG_DATA_URL,
      last_frame_image: 'https://example.com/last.png',
      duration: 6,
      resolution: '768P',
      prompt_optimizer: false,
      fast_pretreatment: false,
    });
  });

  it('S2V-01: the image reference becomes the subject reference', async () => {
    await generate('S2V-01', { prompt: 'She waves', inputReferences: ['https://example.com/face.png'], providerOptions: fast() });
    expect(paths('/v1/video_generation')[0].body).toEqual({
      model: 'S2V-01',
      prompt: 'She waves',
      subject_reference: [{ type: 'character', image: ['https://example.com/face.png'] }],
      duration: 6,
      resolution: '720P',
    });
  });

  it('an image-to-video-only model without an image fails before any request', async () => {
    const error = await generate('I2V-01', { prompt: 'Anything', providerOptions: fast() }).catch((e) => e);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/I2V-01 is image-to-video only/);
    expect(emulator.requests).toHaveLength(0);
  });

  it('MiniMax-H3 text-to-video: a v2 task with content items, the default 2K and 16:9; usage and per-second cost in metadata', async () => {
    const result = await generate('MiniMax-H3', { prompt: 'A boy playing basketball by the sea', providerOptions: fast() });
    expect(paths('/v2/video_generation')[0].body).toEqual({
      model: 'MiniMax-H3',
      content: [{ type: 'text', text: 'A boy playing basketball by the sea' }],
      resolution: '2K',
      duration: 5,
      ratio: '16:9',
    });
    const task = emulator.videoTasks[0];
    expect(paths('/v2/query/video_generation').map((r) => r.path)).toEqual(Array(3).fill(`/v2/query/video_generation/${task.taskId}`));
    expect(parseMp4(result.video.uint8Array)).toMatchObject({ durationSeconds: 5, width: 128, height: 72 });
    expect(result.providerMetadata.minimax).toMatchObject({
      taskId: task.taskId,
      api: 'v2',
      status: 'succeeded',
      resolution: '2K',
      duration: 5,
      ratio: '16:9',
      usage: { totalSeconds: 5, inputSeconds: 0, outputSeconds: 5, inputImageCount: 0 },
      usdPerSecond: 0.13,
      cost: { output: 0.65, total: 0.65 },
      resolvedInputs: { imageCount: 0, referenceVideoUrls: [], referenceAudioCount: 0 },
    });
  });

  it('MiniMax-H3: aspect ratio, resolution tier from a size, duration clamped to 4–15 with a warning', async () => {
    const result = await generate('MiniMax-H3', { prompt: 'Rain', aspectRatio: '9:16', resolution: '768x1366', duration: 20, providerOptions: fast() });
    expect(paths('/v2/video_generation')[0].body).toMatchObject({ resolution: '768P', duration: 15, ratio: '9:16' });
    expect(result.warnings.map(about).join('\n')).toMatch(/duration.*4–15 seconds; 20 s was sent as 15 s/);
    expect(parseMp4(result.video.uint8Array)).toMatchObject({ durationSeconds: 15, width: 72, height: 128 });
    expect(result.providerMetadata.minimax.cost.total).toBe(1.2);
  });

  it('MiniMax-H3 first and last frame: roles on image items; a ratio is dropped with a warning (it follows the image)', async () => {
    const result = await generate('MiniMax-H3', {
      prompt: 'Morning to night',
      aspectRatio: '1:1',
      frameImages: [
        { image: PNG, frameType: 'first_frame' },
        { image: 'https://example.com/last.png', frameType: 'last_frame' },
      ],
      providerOptions: fast(),
    });
    const body = paths('/v2/video_generation')[0].body;
    expect(body.content).toEqual([
      { type: 'text', text: 'Morning to night' },
      { type: 'image_url', image_url: { url: PNG_DATA_URL }, role: 'first_frame' },
      { type: 'image_url', image_url: { url: 'https://example.com/last.png' }, role: 'last_frame' },
    ]);
    expect(body).not.toHaveProperty('ratio');
    expect(result.warnings.map(about).join('\n')).toMatch(/aspectRatio.*ratio of the first frame; 1:1 was ignored/);
  });

  it('MiniMax-H3 references: images, videos (by media type or extension) and audio get their roles; H3-Max takes none', async () => {
    const result = await generate('MiniMax-H3', {
      prompt: 'The cat from the photo dances like in the clip',
      inputReferences: [PNG, { data: 'https://example.com/clip', mediaType: 'video/mp4' }, 'https://example.com/move.mov'],
      providerOptions: fast({ referenceAudioUrls: ['mm_file://123456789012345678'], aigcWatermark: true }),
    });
    const body = paths('/v2/video_generation')[0].body;
    expect(body.content.map((item: { role?: string }) => item.role)).toEqual([undefined, 'reference_image', 'reference_video', 'reference_video', 'reference_audio']);
    expect(body.content[4]).toEqual({ type: 'audio_url', audio_url: { url: 'mm_file://123456789012345678' }, role: 'reference_audio' });
    expect(body.aigc_watermark).toBe(true);
    expect(result.providerMetadata.minimax.resolvedInputs).toEqual({
      imageCount: 1,
      referenceVideoUrls: ['https://example.com/clip', 'https://example.com/move.mov'],
      referenceAudioCount: 1,
    });

    const max = await generate('MiniMax-H3-Max', { prompt: 'Same', inputReferences: [PNG], providerOptions: fast() });
    expect(paths('/v2/video_generation')[1].body).toEqual({ model: 'MiniMax-H3-Max', content: [{ type: 'text', text: 'Same' }], resolution: '768P', duration: 5, ratio: '16:9' });
    expect(max.warnings.map(about).join('\n')).toMatch(/MiniMax-H3-Max takes no references/);
  });

  it('warns about seed, fps and generateAudio; n = 2 makes two tasks (one video per task)', async () => {
    const result = await generate('MiniMax-H3', { prompt: 'Two takes', n: 2, seed: 1, fps: 24, generateAudio: true, providerOptions: fast() });
    expect(emulator.videoTasks).toHaveLength(2);
    expect(result.videos).toHaveLength(2);
    const features = result.warnings.map((w: { feature?: string }) => w.feature);
    for (const feature of ['seed', 'fps', 'generateAudio']) expect(features).toContain(feature);
  });

  it('refuses an unknown provider option before any request', async () => {
    const error = await generate('MiniMax-H3', { prompt: 'x', providerOptions: { minimax: { pollIntervall: 5 } } }).catch((e) => e);
    expect(error.message).toMatch(/Invalid MiniMax video options.*pollIntervall/);
    expect(emulator.requests).toHaveLength(0);
  });

  it("downloadVideo: false hands back MiniMax's URL, which generateVideo downloads itself", async () => {
    const downloaded: string[] = [];
    const result = await generate('MiniMax-H3', {
      prompt: 'Hand me the URL',
      providerOptions: fast({ downloadVideo: false }),
      download: async ({ url }: { url: URL }) => {
        downloaded.push(url.href);
        const response = await fetch(url);
        return { data: new Uint8Array(await response.arrayBuffer()), mediaType: response.headers.get('content-type') ?? undefined };
      },
    });
    expect(downloaded).toEqual([emulator.videoTasks[0].videoUrl]);
    expect(parseMp4(result.video.uint8Array).durationSeconds).toBe(5);
  });

  describe('tasks that end without a video', () => {
    it.each([
      ['v1', 'MiniMax-Hailuo-2.3', 'sensitive-input', /was rejected: sensitive content in the input.*\(1026\)/],
      ['v1', 'MiniMax-Hailuo-2.3', 'sensitive-output', /was rejected: sensitive content in the generated video.*\(1027\)/],
      ['v1', 'MiniMax-Hailuo-2.3', 'failed', /task \d+ failed\.$/],
      ['v2', 'MiniMax-H3', 'sensitive-input', /was rejected: sensitive content in the input: video description contains sensitive content \(1026\)/],
      ['v2', 'MiniMax-H3', 'sensitive-output', /rejected: sensitive content in the generated video.*\(1027\)/],
      ['v2', 'MiniMax-H3', 'failed', /failed: video generation failed \(1000\)/],
      ['v2', 'MiniMax-H3', 'cancelled', /was cancelled\.$/],
      ['v2', 'MiniMax-H3', 'expired', /was expired\.$/],
    ] as const)('%s %s %s → MiniMaxVideoGenerationError, not retried', async (_api, modelId, outcome, message) => {
      emulator.enqueueVideo({ outcome });
      const error = await generate(modelId, { prompt: 'Something', maxRetries: 2, providerOptions: fast() }).catch((e) => e);
      expect(MiniMaxVideoGenerationError.isInstance(error)).toBe(true);
      expect(error.message).toMatch(message);
      expect(error.taskId).toBe(emulator.videoTasks[0].taskId);
      expect(error.reason).toBe(outcome);
      expect(emulator.videoTasks).toHaveLength(1);
    });

    it('a task that never finishes times out after pollTimeoutMs, and no query follows the timeout', async () => {
      emulator.enqueueVideo({ outcome: 'never' });
      const error = await generate('MiniMax-Hailuo-2.3', { prompt: 'Forever', providerOptions: fast({ pollIntervalMs: 5, pollTimeoutMs: 60 }) }).catch((e) => e);
      expect(MiniMaxVideoGenerationError.isInstance(error)).toBe(true);
      expect(error.reason).toBe('timeout');
      expect(error.message).toMatch(/did not finish within 60 ms/);
      const polls = emulator.videoTasks[0].polls;
      expect(polls).toBeGreaterThan(0);
      await new Promise((resolve) => setTimeout(resolve, 40));
      expect(emulator.videoTasks[0].polls).toBe(polls);
    });

    it('an abort while polling rejects at once and leaves no timer and no further query', async () => {
      emulator.enqueueVideo({ outcome: 'never' });
      const timersBefore = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
      const controller = new AbortController();
      const pending = generate('MiniMax-H3', { prompt: 'Forever', abortSignal: controller.signal, providerOptions: fast({ pollIntervalMs: 5 }) });
      await waitFor(() => (emulator.videoTasks[0]?.polls ?? 0) >= 2);
      controller.abort();
      const error = await pending.catch((e) => e);
      expect(error.name).toMatch(/AbortError/);
      const polls = emulator.videoTasks[0].polls;
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect(emulator.videoTasks[0].polls).toBe(polls);
      expect(process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length).toBeLessThanOrEqual(timersBefore);
    });

    it('a query that hangs is cut off at pollTimeoutMs: timeout error, the connection closed', async () => {
      emulator.enqueueVideo({ hangQueries: true });
      const error = await generate('MiniMax-Hailuo-2.3', { prompt: 'Stalled', providerOptions: fast({ pollIntervalMs: 5, pollTimeoutMs: 80 }) }).catch((e) => e);
      expect(error.reason).toBe('timeout');
      expect(paths('/v1/query/video_generation')).toHaveLength(1);
      await waitFor(() => emulator.closedRequests === 1);
      expect(emulator.closedRequests).toBe(1);
    });

    it('an abort while a query is in flight closes its connection', async () => {
      emulator.enqueueVideo({ hangQueries: true });
      const controller = new AbortController();
      const pending = generate('MiniMax-H3', { prompt: 'Stalled', abortSignal: controller.signal, providerOptions: fast() });
      await waitFor(() => paths('/v2/query/video_generation').length === 1);
      controller.abort();
      expect((await pending.catch((e) => e)).name).toMatch(/AbortError/);
      await waitFor(() => emulator.closedRequests === 1);
      expect(emulator.closedRequests).toBe(1);
    });

    it('an expired video URL fails with an error that says so', async () => {
      emulator.enqueueVideo({ download: 'expired' });
      const error = await generate('MiniMax-H3', { prompt: 'Late', providerOptions: fast() }).catch((e) => e);
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.statusCode).toBe(403);
      expect(error.message).toMatch(/its URL may have expired/);
    });

    it('a video download that breaks off is tried again, then fails naming the URL, without a new task', async () => {
      emulator.enqueueVideo({ download: 'break-off' });
      const error = await generate('MiniMax-Hailuo-2.3', { prompt: 'Cut', maxRetries: 2, providerOptions: fast() }).catch((e) => e);
      expect(MiniMaxVideoGenerationError.isInstance(error)).toBe(true);
      expect(error.reason).toBe('download-failed');
      expect(error.message).toContain(emulator.videoTasks[0].videoUrl);
      expect(error.message).toMatch(/finished, but downloading its video failed twice \(.*broke off/);
      expect(paths('/cdn/')).toHaveLength(2);
      expect(emulator.videoTasks).toHaveLength(1);
    });

    it('a query that fails transiently (HTTP 503) is waited out instead of failing the paid task', async () => {
      let failedQueries = 0;
      const flaky: typeof fetch = async (input, init) => {
        if (String(input).includes('/query/') && failedQueries < 2) {
          failedQueries++;
          return new Response('<html>503 Service Temporarily Unavailable</html>', { status: 503 });
        }
        return fetch(input, init);
      };
      const result = await driver.generateVideo({
        model: driver.video({ ...settings(), fetch: flaky }, 'MiniMax-H3'),
        prompt: 'Despite hiccups',
        maxRetries: 0,
        providerOptions: fast(),
      });
      expect(failedQueries).toBe(2);
      expect(emulator.videoTasks).toHaveLength(1);
      expect(parseMp4(result.video.uint8Array).durationSeconds).toBe(5);
    });

    it('create errors: v1 base_resp in HTTP 200, v2 HTTP status with an OpenAI-style body', async () => {
      emulator.enqueueVideo({ createError: { code: 1008, message: 'insufficient balance' } }, { createError: { code: 1002, message: 'rate limit, please retry later' } });
      const balance = await generate('MiniMax-Hailuo-2.3', { prompt: 'x', providerOptions: fast() }).catch((e) => e);
      expect(balance).toMatchObject({ statusCode: 200, isRetryable: false });
      expect(balance.message).toMatch(/insufficient balance \(1008\)/);
      const rate = await generate('MiniMax-H3', { prompt: 'x', providerOptions: fast() }).catch((e) => e);
      expect(rate).toMatchObject({ statusCode: 429, isRetryable: true });
      expect(rate.message).toMatch(/rate limit, please retry later \(1002\)/);
    });
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}
