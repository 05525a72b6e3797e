/**
 * The emulator's `POST /v1/image_generation`: MiniMax's validation of the body (answered, like MiniMax, with a
 * `base_resp` 2013 in an HTTP 200), then `n` real PNGs in the size MiniMax renders, as base64 or as CDN URLs.
 */
import { randomBytes } from 'node:crypto';
import type { EmulatorFileStore } from '../media/emulator-files.js';
import type { ScriptedImageGeneration } from '../media/emulator-media-types.js';
import { generateImagePng } from './emulator-png.js';

export const IMAGE_GENERATION_PATH = '/v1/image_generation';

const RATIOS: Record<string, [number, number]> = {
  '1:1': [1024, 1024],
  '16:9': [1280, 720],
  '4:3': [1152, 864],
  '3:2': [1248, 832],
  '2:3': [832, 1248],
  '3:4': [864, 1152],
  '9:16': [720, 1280],
  '21:9': [1344, 576],
};
const MODELS = ['image-01', 'image-01-live'];
const STYLES = ['漫画', '元气', '中世纪', '水彩'];

const isInt = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value);
const isImageRef = (value: unknown) => typeof value === 'string' && /^(https?:\/\/.+|data:image\/(jpeg|jpg|png);base64,.+)/i.test(value);

/** What MiniMax would reject in an image request (the detail of its 2013), or `undefined`. */
export function validateImageRequest(body: any): string | undefined {
  if (typeof body !== 'object' || body === null) return 'request body must be a JSON object';
  const live = body.model === 'image-01-live';
  if (!MODELS.includes(body.model)) return `model ${JSON.stringify(body.model)} is not supported`;
  if (typeof body.prompt !== 'string' || body.prompt.trim() === '') return 'prompt is required';
  if (body.prompt.length > 1500) return 'prompt exceeds 1500 characters';
  if (body.n !== undefined && (!isInt(body.n) || body.n < 1 || body.n > 9)) return 'n must be an integer in [1, 9]';
  if (body.aspect_ratio !== undefined && (!RATIOS[body.aspect_ratio] || (live && body.aspect_ratio === '21:9'))) {
    return `aspect_ratio ${JSON.stringify(body.aspect_ratio)} is not supported by ${body.model}`;
  }
  if (body.width !== undefined || body.height !== undefined) {
    if (live) return 'width and height are not supported by image-01-live';
    for (const side of [body.width, body.height]) {
      if (!isInt(side) || side < 512 || side > 2048 || side % 8 !== 0) return 'width and height must both be set, in [512, 2048] and multiples of 8';
    }
  }
  if (body.response_format !== undefined && body.response_format !== 'url' && body.response_format !== 'base64') return 'response_format must be url or base64';
  if (body.seed !== undefined && !isInt(body.seed)) return 'seed must be an integer';
  for (const flag of ['prompt_optimizer', 'aigc_watermark']) {
    if (body[flag] !== undefined && typeof body[flag] !== 'boolean') return `${flag} must be a boolean`;
  }
  if (body.style !== undefined) {
    if (!live) return 'style is only supported by image-01-live';
    if (!STYLES.includes(body.style?.style_type)) return 'style.style_type is not supported';
    const weight = body.style.style_weight;
    if (weight !== undefined && !(typeof weight === 'number' && weight > 0 && weight <= 1)) return 'style.style_weight must be in (0, 1]';
  }
  if (body.subject_reference !== undefined) {
    const refs = body.subject_reference;
    if (!Array.isArray(refs) || refs.length !== 1) return 'subject_reference must hold exactly one reference';
    if (refs[0]?.type !== 'character' || !isImageRef(refs[0]?.image_file)) return 'subject_reference[0] must be {type: "character", image_file: <URL or JPG/PNG data URL>}';
  }
  return undefined;
}

/** The answer to a valid request: `n − failedCount` PNGs (base64 or CDN URLs) and MiniMax's counts. */
export function generateImages(body: any, scripted: ScriptedImageGeneration | undefined, files: EmulatorFileStore, baseUrl: string) {
  if (scripted?.baseResp) return { base_resp: { status_code: scripted.baseResp.code, status_msg: scripted.baseResp.message } };
  const n: number = body.n ?? 1;
  const failed = Math.min(n, Math.max(0, scripted?.failedCount ?? 0));
  const [width, height] = RATIOS[body.aspect_ratio] ?? (body.width ? [body.width, body.height] : RATIOS['1:1']);
  const seed: number = body.seed ?? Math.floor(Math.random() * 2 ** 31);
  const id = randomBytes(16).toString('hex');
  const pngs = Array.from({ length: n - failed }, (_, i) => generateImagePng(width, height, seed, i));
  const data =
    body.response_format === 'url'
      ? {
          image_urls: pngs.map((bytes, i) => baseUrl + files.add(`image/${id}-${i}.png`, { bytes, contentType: 'image/png', behaviour: scripted?.download ?? 'ok' })),
        }
      : { image_base64: pngs.map((bytes) => bytes.toString('base64')) };
  const count = (value: number) => (scripted?.numericCounts ? value : String(value));
  return {
    id,
    data,
    metadata: { success_count: count(n - failed), failed_count: count(failed) },
    base_resp: { status_code: 0, status_msg: 'success' },
  };
}
