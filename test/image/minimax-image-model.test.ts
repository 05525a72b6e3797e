/**
 * The image model below the SDK: the call-level metadata only `doGenerate` shows (ai@5/6 keep just the images
 * array), the request builder's edge cases, and the per-spec adapters.
 */
import { InvalidArgumentError } from '@ai-sdk/provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildMiniMaxImageRequest } from '../../src/core/image/build-minimax-image-request';
import { calculateMiniMaxImageCost, getMiniMaxImageModelInfo } from '../../src/core/image/minimax-image-models';
import { createMiniMax, getMiniMaxCost } from '../../src/index';
import { createMiniMax as createMiniMaxV1 } from '../../src/v1/index';
import { createMiniMax as createMiniMaxV2 } from '../../src/v2/index';
import { createMiniMax as createMiniMaxV3 } from '../../src/v3/index';
import { createMiniMaxEmulator, type MiniMaxEmulator } from '../../src/testing';

const call = { prompt: 'a cat', n: 1, size: undefined, aspectRatio: undefined, seed: undefined, providerOptions: {} };
const build = (modelId: string, overrides: Record<string, unknown> = {}, options: Record<string, unknown> = {}) =>
  buildMiniMaxImageRequest(modelId, { ...call, ...overrides }, options);

describe('buildMiniMaxImageRequest', () => {
  it('sends image-01-live sizes as the preset with that size or that ratio', () => {
    expect(build('image-01-live', { size: '720x1280' })).toMatchObject({ body: { aspect_ratio: '9:16' }, warnings: [] });
    const ratio = build('image-01-live', { size: '1920x1080' });
    expect(ratio.body).toMatchObject({ aspect_ratio: '16:9' });
    expect(ratio.body).not.toHaveProperty('width');
    expect(ratio.warnings).toEqual([{ type: 'unsupported-setting', setting: 'size', details: expect.stringMatching(/no custom sizes; 1920x1080 was sent as aspect_ratio 16:9/) }]);
  });

  it('uses the size when size and aspect ratio disagree, and says so; no warning when they agree', () => {
    expect(build('image-01', { size: '1280x720', aspectRatio: '16:9' }).warnings).toEqual([]);
    const disagree = build('image-01', { size: '1024x1024', aspectRatio: '16:9' });
    expect(disagree.body).toMatchObject({ width: 1024, height: 1024 });
    expect(disagree.warnings).toEqual([expect.objectContaining({ setting: 'aspectRatio', details: expect.stringMatching(/disagree; the size was used/) })]);
  });

  it('keeps an extreme ratio inside MiniMax’s side limits', () => {
    const { body, warnings } = build('image-01', { aspectRatio: '10:1' });
    expect(body).toMatchObject({ width: 2048, height: 512 });
    expect(warnings[0]).toMatchObject({ type: 'compatibility', details: expect.stringMatching(/limited to 512–2048 pixels/) });
  });

  it('refuses a missing prompt, n outside 1–9 and a malformed size before any request', () => {
    expect(() => build('image-01', { prompt: undefined })).toThrow(InvalidArgumentError);
    expect(() => build('image-01', { prompt: '   ' })).toThrow(/needs a text prompt/);
    expect(() => build('image-01', { n: 10 })).toThrow(/1–9 images per request, not 10/);
    expect(() => build('image-01', { size: '1024x768.5' })).toThrow(/whole pixels/);
  });

  it('rounds a fractional seed with a warning and warns about prompts over 1500 characters', () => {
    const { body, warnings } = build('image-01', { seed: 4.6, prompt: 'x'.repeat(1501) });
    expect(body.seed).toBe(5);
    const text = warnings.map((w) => JSON.stringify(w)).join();
    expect(text).toMatch(/seeds are integers; 4.6 was sent as 5/);
    expect(text).toMatch(/The prompt has 1501 characters/);
  });

  it('ignores non-image reference files and prefers prompt images over the subjectReference option', () => {
    const { body, warnings } = build(
      'image-01',
      {
        files: [
          { type: 'file', mediaType: 'audio/mpeg', data: 'AAAA' },
          { type: 'url', url: 'https://example.com/a.png' },
        ],
      },
      { subjectReference: 'https://example.com/b.png' },
    );
    expect(body.subject_reference).toEqual([{ type: 'character', image_file: 'https://example.com/a.png' }]);
    expect(warnings.map((w) => JSON.stringify(w)).join()).toMatch(/audio\/mpeg file was ignored.*subjectReference was ignored/);
  });

  it('lets an unknown model id through as given, with every option', () => {
    const { body, warnings } = build('image-02', { aspectRatio: '21:9' }, { style: { styleType: 'comic' } });
    expect(body).toMatchObject({ model: 'image-02', aspect_ratio: '21:9', style: { style_type: '漫画' } });
    expect(warnings).toEqual([]);
    expect(calculateMiniMaxImageCost('image-02', 1)).toBeUndefined();
    expect(getMiniMaxImageModelInfo('IMAGE-01')?.id).toBe('image-01');
  });
});

describe('image models per entry', () => {
  let emulator: MiniMaxEmulator;
  beforeAll(async () => {
    emulator = await createMiniMaxEmulator();
  });
  afterAll(() => emulator.close());
  beforeEach(() => emulator.reset());

  it('image() and imageModel() give each entry’s spec, with MiniMax’s limit of 9 per call', () => {
    const settings = { apiKey: 'k', baseURL: 'http://127.0.0.1:1/v1' };
    for (const [create, spec] of [
      [createMiniMaxV1, 'v1'],
      [createMiniMaxV2, 'v2'],
      [createMiniMaxV3, 'v3'],
      [createMiniMax, 'v4'],
    ] as const) {
      const provider = create(settings) as { image(id: string): object; imageModel(id: string): object };
      for (const model of [provider.image('image-01'), provider.imageModel('image-01')]) {
        expect(model).toMatchObject({ specificationVersion: spec, provider: 'minimax.image', modelId: 'image-01', maxImagesPerCall: 9 });
      }
    }
    expect(createMiniMax(settings).image('image-01')).toMatchObject({ supportsFileInputs: true, supportsMaskInputs: false });
  });

  it('doGenerate reports the call’s id, counts and total cost next to the per-image entries', async () => {
    emulator.enqueueImage({ failedCount: 1 });
    const model = createMiniMax({ apiKey: 'k', baseURL: emulator.baseURL }).image('image-01');
    const result = await model.doGenerate({ ...call, n: 3, files: undefined, mask: undefined });
    expect(result.images).toHaveLength(2);
    expect(typeof result.images[0]).toBe('string'); // base64, as MiniMax sent it
    const metadata = result.providerMetadata!.minimax as Record<string, unknown>;
    expect(metadata).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{32}$/), successCount: 2, failedCount: 1, cost: { total: 0.007 } });
    expect(getMiniMaxCost(result.providerMetadata)).toMatchObject({ total: 0.007 });
    expect(result.warnings).toEqual([{ type: 'other', message: expect.stringMatching(/blocked 1 of the 3/) }]);
  });

  it('V1 warnings use V1’s setting names; a compatibility note becomes an `other` warning', async () => {
    const model = createMiniMaxV1({ apiKey: 'k', baseURL: emulator.baseURL }).image('image-01');
    const result = await model.doGenerate({ ...call, aspectRatio: '5:4', size: undefined, seed: 1.5 });
    expect(result.warnings).toEqual([
      { type: 'other', message: expect.stringMatching(/^aspectRatio: 5:4 is not one of MiniMax's aspect_ratio presets/) },
      { type: 'unsupported-setting', setting: 'seed', details: expect.any(String) },
    ]);
    expect(result).not.toHaveProperty('providerMetadata');
  });
});
