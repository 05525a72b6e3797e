/**
 * Image scenarios through the real `generateImage` of every `ai` major (ai@4 and ai@5 `experimental_generateImage`)
 * against the emulator: the wire body MiniMax receives, and the images, warnings, metadata and errors `ai` returns.
 */
import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { beforeEach, describe, expect, it } from 'vitest';
import { getMiniMaxCost } from '../../src/index';
import { generateImagePng, type MiniMaxEmulator } from '../../src/testing';
import { decodePng } from '../support/media-files';
import { IMAGE_DRIVERS, useMediaEmulator } from '../support/media-drivers';

const API_KEY = 'sk-test-image-key-0123456789';
const setup = useMediaEmulator({ apiKey: API_KEY });
const settings = setup.settings;
let emulator: MiniMaxEmulator;
beforeEach(() => void (emulator = setup.emulator));
const imageRequests = () => emulator.requests.filter((r) => r.path === '/v1/image_generation');
const downloads = () => emulator.requests.filter((r) => r.path.startsWith('/cdn/'));
/** A warning's subject in any spec's shape (V1/V2 `setting`, V3/V4 `feature`, `other` → its message). */
const about = (w: { setting?: string; feature?: string; message?: string; details?: string }) => `${w.setting ?? w.feature ?? ''} ${w.details ?? w.message ?? ''}`;

describe.each(IMAGE_DRIVERS)('$name (ImageModel$spec)', (driver) => {
  it("generates decodable PNGs in MiniMax's size for the aspect ratio; sends model, prompt, n, aspect_ratio, base64 and the bearer key", async () => {
    const result = await driver.generate(settings(), { prompt: 'A lighthouse at dawn', n: 2, aspectRatio: '16:9' });

    expect(imageRequests()).toHaveLength(1);
    const [request] = imageRequests();
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request.body).toEqual({ model: 'image-01', prompt: 'A lighthouse at dawn', n: 2, response_format: 'base64', aspect_ratio: '16:9' });
    expect(result.images).toHaveLength(2);
    for (const image of result.images) {
      expect(image.mediaType).toBe('image/png');
      expect(decodePng(image.bytes)).toMatchObject({ width: 1280, height: 720 });
    }
    expect(result.images[0].bytes).not.toEqual(result.images[1].bytes);
    expect(result.warnings).toEqual([]);
    expect(result.responses[0].modelId).toBe('image-01');
  });

  it('splits n above MiniMax’s 9 per request into several requests', async () => {
    const result = await driver.generate(settings(), { n: 11 });
    expect(imageRequests().map((r) => r.body.n).sort()).toEqual([2, 9]);
    expect(result.images).toHaveLength(11);
  });

  it('maps size to width and height, and sends the seed (same seed, same bytes)', async () => {
    const first = await driver.generate(settings(), { size: '1024x768', seed: 42 });
    const second = await driver.generate(settings(), { size: '1024x768', seed: 42 });
    expect(imageRequests()[0].body).toMatchObject({ width: 1024, height: 768, seed: 42 });
    expect(imageRequests()[0].body).not.toHaveProperty('aspect_ratio');
    expect(decodePng(first.images[0].bytes)).toMatchObject({ width: 1024, height: 768 });
    expect(first.images[0].bytes).toEqual(second.images[0].bytes);
  });

  it('rounds a size to multiples of 8 with a warning, and refuses one out of range before any request', async () => {
    const rounded = await driver.generate(settings(), { size: '1001x603' });
    expect(imageRequests()[0].body).toMatchObject({ width: 1000, height: 600 });
    expect(rounded.warnings.map(about).join('\n')).toMatch(/size.*1000x600/);
    expect(decodePng(rounded.images[0].bytes)).toMatchObject({ width: 1000, height: 600 });

    emulator.reset();
    await expect(driver.generate(settings(), { size: '4096x4096' })).rejects.toThrow(/out of range: width and height must each be 512–2048/);
    expect(imageRequests()).toHaveLength(0);
  });

  it('sends a ratio without a preset as a custom size on image-01 and as the nearest preset on image-01-live', async () => {
    const custom = await driver.generate(settings(), { aspectRatio: '5:4' });
    expect(imageRequests()[0].body).toMatchObject({ width: 1144, height: 912 });
    expect(custom.warnings.map(about).join('\n')).toMatch(/aspectRatio.*5:4 is not one of MiniMax's aspect_ratio presets/);

    const live = await driver.generate(settings(), { modelId: 'image-01-live', aspectRatio: '21:9' });
    expect(imageRequests()[1].body).toMatchObject({ model: 'image-01-live', aspect_ratio: '16:9' });
    expect(live.warnings.map(about).join('\n')).toMatch(/aspectRatio.*21:9 was sent as the nearest, aspect_ratio 16:9/);
    expect(decodePng(live.images[0].bytes)).toMatchObject({ width: 1280, height: 720 });
  });

  it('maps providerOptions.minimax: prompt optimiser, watermark and (image-01-live) style', async () => {
    await driver.generate(settings(), {
      modelId: 'image-01-live',
      providerOptions: { minimax: { promptOptimizer: true, aigcWatermark: true, style: { styleType: 'watercolor', styleWeight: 0.5 } } },
    });
    expect(imageRequests()[0].body).toMatchObject({
      model: 'image-01-live',
      prompt_optimizer: true,
      aigc_watermark: true,
      style: { style_type: '水彩', style_weight: 0.5 },
    });
    // image-01 has no styles: not sent, and said so.
    const plain = await driver.generate(settings(), { providerOptions: { minimax: { style: { styleType: '漫画' } } } });
    expect(imageRequests()[1].body).not.toHaveProperty('style');
    expect(plain.warnings.map(about).join('\n')).toMatch(/style is for image-01-live only/);
  });

  it('refuses an unknown or mistyped provider option before any request', async () => {
    const error = await driver.generate(settings(), { providerOptions: { minimax: { responseFormt: 'url' } } }).catch((e) => e);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect(error.message).toMatch(/Invalid MiniMax image options.*responseFormt/);
    expect(imageRequests()).toHaveLength(0);
  });

  it("downloads URL results through the provider's fetch, without the API key; each image's URL is in its metadata", async () => {
    const fetched: string[] = [];
    const result = await driver.generate(
      { ...settings(), fetch: (input, init) => (fetched.push(String(input)), fetch(input, init)) },
      { n: 2, providerOptions: { minimax: { responseFormat: 'url' } } },
    );
    expect(imageRequests()[0].body.response_format).toBe('url');
    expect(downloads()).toHaveLength(2);
    for (const download of downloads()) expect(download.headers.authorization).toBeUndefined();
    expect(fetched.filter((url) => url.includes('/cdn/image/'))).toHaveLength(2);
    for (const image of result.images) expect(decodePng(image.bytes)).toMatchObject({ width: 1024, height: 1024 });
    if (driver.metadata) {
      const urls = result.providerMetadata!.minimax.images.map((image: { url: string }) => new URL(image.url).pathname);
      expect(urls).toEqual(downloads().map((d) => d.path.split('?')[0]));
    }
  });

  it('reports each image’s cost in providerMetadata.minimax.images, summed by getMiniMaxCost ($0.0035 per image-01 image)', async () => {
    const result = await driver.generate(settings(), { n: 11 });
    if (!driver.metadata) {
      expect(result.providerMetadata).toBeUndefined();
      return;
    }
    const images = result.providerMetadata!.minimax.images;
    expect(images).toHaveLength(11);
    for (const image of images) expect(image.cost).toMatchObject({ output: 0.0035, total: 0.0035, currency: 'USD' });
    expect(getMiniMaxCost(result.providerMetadata)).toEqual({ input: 0, cacheRead: 0, cacheWrite: 0, output: 0.0385, total: 0.0385, currency: 'USD' });

    const live = await driver.generate(settings(), { modelId: 'image-01-live' });
    expect(live.providerMetadata!.minimax.images[0]).not.toHaveProperty('cost');
    expect(getMiniMaxCost(live.providerMetadata)).toBeUndefined();
  });

  it('turns failed_count (images blocked by the safety review) into a warning, whether counts come as strings or numbers', async () => {
    emulator.enqueueImage({ failedCount: 1 }, { failedCount: 2, numericCounts: true });
    const first = await driver.generate(settings(), { n: 3 });
    const second = await driver.generate(settings(), { n: 3 });
    expect(first.images).toHaveLength(2);
    expect(second.images).toHaveLength(1);
    expect(first.warnings.map(about).join('\n')).toMatch(/safety review blocked 1 of the 3 requested images/);
    expect(second.warnings.map(about).join('\n')).toMatch(/safety review blocked 2 of the 3 requested images/);
    if (driver.metadata) expect(first.providerMetadata!.minimax.images).toHaveLength(2);
  });

  it('fails clearly, without retrying, when the safety review blocks every image', async () => {
    emulator.enqueueImage({ failedCount: 2 });
    const error = await driver.generate(settings(), { n: 2, maxRetries: 2 }).catch((e) => e);
    expect(error.message).toMatch(/safety review blocked all 2 requested images/);
    expect(imageRequests()).toHaveLength(1);
  });

  it("surfaces base_resp errors (HTTP 200) as APICallError with MiniMax's reason and retryability", async () => {
    emulator.enqueueImage({ baseResp: { code: 1008, message: 'insufficient balance' } }, { baseResp: { code: 1002, message: 'rate limit exceeded' } });
    const balance = await driver.generate(settings(), {}).catch((e) => e);
    expect(APICallError.isInstance(balance)).toBe(true);
    expect(balance).toMatchObject({ isRetryable: false, statusCode: 200 });
    expect(balance.message).toMatch(/insufficient balance \(1008\)/);
    const rate = await driver.generate(settings(), {}).catch((e) => e);
    expect(rate).toMatchObject({ isRetryable: true });
    expect(rate.message).toMatch(/rate limit exceeded \(1002\)/);
  });

  it('rejects a wrong API key with MiniMax’s 1004', async () => {
    const error = await driver.generate({ ...settings(), apiKey: 'wrong' }, {}).catch((e) => e);
    expect(error.message).toMatch(/login fail.*\(1004\)/);
    expect(error.isRetryable).toBe(false);
  });

  it('an expired image URL fails with an error that says so', async () => {
    emulator.enqueueImage({ download: 'expired' });
    const error = await driver.generate(settings(), { providerOptions: { minimax: { responseFormat: 'url' } } }).catch((e) => e);
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 403, isRetryable: false });
    expect(error.message).toMatch(/HTTP 403 \(its URL may have expired/);
  });

  it('a download that breaks off fails as a retryable error', async () => {
    emulator.enqueueImage({ download: 'break-off' });
    const error = await driver.generate(settings(), { providerOptions: { minimax: { responseFormat: 'url' } } }).catch((e) => e);
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.isRetryable).toBe(true);
    expect(error.message).toMatch(/broke off/);
  });

  it('an abort during a download that never finishes rejects at once and closes the download', async () => {
    emulator.enqueueImage({ download: 'hang' });
    const controller = new AbortController();
    const pending = driver.generate(settings(), { providerOptions: { minimax: { responseFormat: 'url' } }, abortSignal: controller.signal });
    await waitFor(() => downloads().length === 1);
    controller.abort();
    const error = await pending.catch((e) => e);
    expect(error.name).toMatch(/AbortError/);
    await waitFor(() => emulator.closedRequests === 1);
    expect(emulator.closedRequests).toBe(1);
  });

  if (driver.files) {
    it('sends the first reference image as subject_reference (a data URL), and warns about further images and a mask', async () => {
      const face = generateImagePng(600, 800, 1, 0);
      const result = await driver.generate(settings(), { images: [face, generateImagePng(600, 800, 2, 0)], mask: generateImagePng(600, 800, 3, 0) });
      expect(imageRequests()[0].body.subject_reference).toEqual([{ type: 'character', image_file: `data:image/png;base64,${face.toString('base64')}` }]);
      const warnings = result.warnings.map(about).join('\n');
      expect(warnings).toMatch(/files.*one subject reference image per request; the first of 2/);
      expect(warnings).toMatch(/mask.*no inpainting/);
    });

    it('passes a reference image URL through as it is', async () => {
      await driver.generate(settings(), { images: ['https://example.com/face.jpg'] });
      expect(imageRequests()[0].body.subject_reference).toEqual([{ type: 'character', image_file: 'https://example.com/face.jpg' }]);
    });
  } else {
    it('takes a character reference as providerOptions.minimax.subjectReference (no image inputs on this major)', async () => {
      await driver.generate(settings(), { providerOptions: { minimax: { subjectReference: 'https://example.com/face.jpg' } } });
      expect(imageRequests()[0].body.subject_reference).toEqual([{ type: 'character', image_file: 'https://example.com/face.jpg' }]);
    });
  }
});

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
