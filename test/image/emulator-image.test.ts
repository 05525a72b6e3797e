/**
 * The emulator's image API on the wire: MiniMax's validation (2013 in an HTTP 200), auth (1004), the generated PNGs
 * in both response formats, and the CDN that serves them.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMiniMaxEmulator, type MiniMaxEmulator } from '../../src/testing';
import { decodePng } from '../support/media-files';

let emulator: MiniMaxEmulator;
beforeAll(async () => {
  emulator = await createMiniMaxEmulator({ apiKey: 'key' });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

async function post(body: unknown, key = 'key') {
  const response = await fetch(`${emulator.url}/v1/image_generation`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as any };
}

describe('emulator /v1/image_generation', () => {
  it.each([
    [{ model: 'image-02', prompt: 'x' }, /model "image-02" is not supported/],
    [{ model: 'image-01' }, /prompt is required/],
    [{ model: 'image-01', prompt: 'x'.repeat(1501) }, /exceeds 1500/],
    [{ model: 'image-01', prompt: 'x', n: 10 }, /n must be an integer in \[1, 9\]/],
    [{ model: 'image-01-live', prompt: 'x', aspect_ratio: '21:9' }, /21:9.*not supported by image-01-live/],
    [{ model: 'image-01', prompt: 'x', width: 1000 }, /width and height must both be set/],
    [{ model: 'image-01', prompt: 'x', width: 1001, height: 1000 }, /multiples of 8/],
    [{ model: 'image-01-live', prompt: 'x', width: 1024, height: 1024 }, /not supported by image-01-live/],
    [{ model: 'image-01', prompt: 'x', style: { style_type: '水彩' } }, /style is only supported by image-01-live/],
    [{ model: 'image-01-live', prompt: 'x', style: { style_type: 'oil' } }, /style_type is not supported/],
    [{ model: 'image-01', prompt: 'x', subject_reference: [{ type: 'character', image_file: 'ftp://x' }] }, /subject_reference\[0\]/],
    [{ model: 'image-01', prompt: 'x', seed: 1.5 }, /seed must be an integer/],
  ])('rejects %j with 2013 in an HTTP 200', async (body, message) => {
    const { status, json } = await post(body);
    expect(status).toBe(200);
    expect(json.base_resp.status_code).toBe(2013);
    expect(json.base_resp.status_msg).toMatch(message);
  });

  it('answers a wrong key with 1004 and a body that is not JSON with 2013', async () => {
    expect((await post({ model: 'image-01', prompt: 'x' }, 'nope')).json.base_resp.status_code).toBe(1004);
    expect((await post('{not json')).json.base_resp.status_code).toBe(2013);
  });

  it('generates n PNGs of the preset size as base64, with counts as strings and an id', async () => {
    const { json } = await post({ model: 'image-01', prompt: 'x', n: 2, aspect_ratio: '3:2', response_format: 'base64' });
    expect(json).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{32}$/), metadata: { success_count: '2', failed_count: '0' }, base_resp: { status_code: 0 } });
    expect(json.data.image_base64).toHaveLength(2);
    expect(decodePng(Buffer.from(json.data.image_base64[0], 'base64'))).toMatchObject({ width: 1248, height: 832 });
  });

  it('serves URL results from its CDN without a key; unknown files are 404', async () => {
    const { json } = await post({ model: 'image-01', prompt: 'x', width: 512, height: 768, response_format: 'url' });
    const [url] = json.data.image_urls;
    expect(url).toMatch(/\/cdn\/image\/[0-9a-f]{32}-0\.png\?Expires=\d+&OSSAccessKeyId=emulator&Signature=/);
    const download = await fetch(url);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(decodePng(new Uint8Array(await download.arrayBuffer()))).toMatchObject({ width: 512, height: 768 });
    expect((await fetch(`${emulator.url}/cdn/image/missing.png`)).status).toBe(404);
  });

  it('scripted: blocked images, numeric counts, base_resp errors and expired downloads', async () => {
    emulator.enqueueImage({ failedCount: 1, numericCounts: true }, { baseResp: { code: 1026, message: 'input new_sensitive' } }, { download: 'expired' });
    const blocked = await post({ model: 'image-01', prompt: 'x', n: 3 });
    expect(blocked.json.data.image_base64).toHaveLength(2);
    expect(blocked.json.metadata).toEqual({ success_count: 2, failed_count: 1 });
    expect((await post({ model: 'image-01', prompt: 'x' })).json.base_resp).toEqual({ status_code: 1026, status_msg: 'input new_sensitive' });
    const expired = await post({ model: 'image-01', prompt: 'x', response_format: 'url' });
    const response = await fetch(expired.json.data.image_urls[0]);
    expect(response.status).toBe(403);
    expect(await response.text()).toMatch(/<Code>AccessDenied<\/Code><Message>Request has expired\.<\/Message>/);
  });
});
