/**
 * MiniMax's checks of a video create request, per API: the detail of the 2013 it answers with (v1 in an HTTP 200
 * `base_resp`, v2 with HTTP 400), or `undefined`. The emulator keeps its own model rules (not the provider's table),
 * so a mistake in the provider's table shows up as a rejected request.
 */

interface V1Rules {
  text: boolean;
  image: boolean;
  lastFrame?: boolean;
  subject?: boolean;
  resolutions: string[];
  durations: number[];
}

const HAILUO = { resolutions: ['768P', '1080P'], durations: [6, 10] };
const LEGACY = { resolutions: ['720P'], durations: [6] };

export const V1_MODELS: Record<string, V1Rules> = {
  'MiniMax-Hailuo-2.3': { text: true, image: true, ...HAILUO },
  'MiniMax-Hailuo-2.3-Fast': { text: false, image: true, ...HAILUO },
  'MiniMax-Hailuo-02': { text: true, image: true, lastFrame: true, resolutions: ['512P', '768P', '1080P'], durations: [6, 10] },
  'T2V-01-Director': { text: true, image: false, ...LEGACY },
  'T2V-01': { text: true, image: false, ...LEGACY },
  'I2V-01-Director': { text: false, image: true, ...LEGACY },
  'I2V-01-live': { text: false, image: true, ...LEGACY },
  'I2V-01': { text: false, image: true, ...LEGACY },
  'S2V-01': { text: true, image: false, subject: true, ...LEGACY },
};

export const V2_MODELS: Record<string, { resolutions: string[]; duration: [number, number]; references: boolean }> = {
  'MiniMax-H3': { resolutions: ['768P', '2K'], duration: [4, 15], references: true },
  'MiniMax-H3-Max': { resolutions: ['480P', '768P'], duration: [5, 15], references: false },
};

const RATIOS = ['adaptive', '21:9', '16:9', '4:3', '1:1', '3:4', '9:16'];
const isMediaRef = (value: unknown) => typeof value === 'string' && /^(https?:\/\/.+|data:[\w.+-]+\/[\w.+-]+;base64,.+|mm_file:\/\/.+)/i.test(value);
const isURL = (value: unknown) => typeof value === 'string' && /^https?:\/\/.+/i.test(value);

export function validateV1VideoRequest(body: any): string | undefined {
  const rules = V1_MODELS[body?.model];
  if (!rules) return `model ${JSON.stringify(body?.model)} is not supported`;
  if (body.prompt !== undefined && (typeof body.prompt !== 'string' || body.prompt.length > 2000)) return 'prompt must be a string of at most 2000 characters';
  const hasFirst = body.first_frame_image !== undefined;
  if (hasFirst && (!rules.image || !isMediaRef(body.first_frame_image))) return `first_frame_image is not accepted by ${body.model} or is not a URL / data URL`;
  if (body.last_frame_image !== undefined && (!rules.lastFrame || !hasFirst || !isMediaRef(body.last_frame_image))) return `last_frame_image needs first_frame_image and ${body.model} must support it`;
  if (rules.subject) {
    const ref = body.subject_reference;
    if (!Array.isArray(ref) || ref.length !== 1 || ref[0]?.type !== 'character' || !Array.isArray(ref[0]?.image) || !ref[0].image.every(isMediaRef)) {
      return 'subject_reference must be [{type: "character", image: [<URL>]}]';
    }
  } else if (body.subject_reference !== undefined) return `subject_reference is not accepted by ${body.model}`;
  if (!hasFirst && !rules.subject && !rules.text) return `${body.model} needs first_frame_image`;
  if (!hasFirst && (typeof body.prompt !== 'string' || body.prompt.trim() === '')) return 'prompt is required for text-to-video';
  const duration = body.duration ?? 6;
  if (!rules.durations.includes(duration)) return `duration ${duration} is not supported by ${body.model}`;
  const resolution = body.resolution ?? (rules.resolutions.includes('768P') ? '768P' : '720P');
  if (!rules.resolutions.includes(resolution)) return `resolution ${resolution} is not supported by ${body.model}`;
  if (resolution === '1080P' && duration !== 6) return '1080P supports 6 s only';
  if (resolution === '512P' && !hasFirst) return '512P needs first_frame_image';
  for (const flag of ['prompt_optimizer', 'fast_pretreatment']) {
    if (body[flag] !== undefined && typeof body[flag] !== 'boolean') return `${flag} must be a boolean`;
  }
  if (body.callback_url !== undefined && !isURL(body.callback_url)) return 'callback_url must be an http(s) URL';
  return undefined;
}

const ROLES: Record<string, string[]> = {
  image_url: ['first_frame', 'last_frame', 'reference_image'],
  video_url: ['reference_video'],
  audio_url: ['reference_audio'],
};

export function validateV2VideoRequest(body: any): string | undefined {
  const rules = V2_MODELS[body?.model];
  if (!rules) return `model ${JSON.stringify(body?.model)} is not supported`;
  if (!Array.isArray(body.content)) return 'content is required';
  const texts = body.content.filter((item: any) => item?.type === 'text');
  if (texts.length !== 1 || typeof texts[0].text !== 'string' || texts[0].text.trim() === '') return 'content must hold exactly one non-empty text item';
  if (texts[0].text.length > 7000) return 'text exceeds 7000 characters';
  const roles: string[] = [];
  for (const item of body.content) {
    if (item?.type === 'text') continue;
    const allowed = ROLES[item?.type];
    if (!allowed) return `content type ${JSON.stringify(item?.type)} is not supported`;
    if (!isMediaRef(item[item.type]?.url)) return `${item.type}.url must be a URL, mm_file:// or a data URI`;
    const role = item.role ?? (item.type === 'image_url' ? 'first_frame' : undefined);
    if (!allowed.includes(role)) return `role ${JSON.stringify(role)} is not valid for ${item.type}`;
    roles.push(role);
  }
  const count = (role: string) => roles.filter((r) => r === role).length;
  const frames = count('first_frame') + count('last_frame');
  const references = count('reference_image') + count('reference_video') + count('reference_audio');
  if (frames > 0 && references > 0) return 'frame roles and reference roles cannot be mixed';
  if (count('first_frame') > 1 || count('last_frame') > 1) return 'at most one first_frame and one last_frame';
  if (count('last_frame') > 0 && count('first_frame') === 0) return 'last_frame needs first_frame';
  if (references > 0 && !rules.references) return `${body.model} does not support reference-to-video`;
  if (count('reference_image') > 9 || count('reference_video') > 3 || count('reference_audio') > 3) return 'too many references';
  if (count('reference_audio') > 0 && count('reference_image') + count('reference_video') === 0) return 'reference_audio needs a reference image or video';
  if (!rules.resolutions.includes(body.resolution)) return `resolution ${JSON.stringify(body.resolution)} is not supported by ${body.model}`;
  const [min, max] = rules.duration;
  if (!Number.isInteger(body.duration) || body.duration < min || body.duration > max) return `duration must be an integer in [${min}, ${max}]`;
  if (body.ratio !== undefined && !RATIOS.includes(body.ratio)) return `ratio ${JSON.stringify(body.ratio)} is not supported`;
  if (frames + references === 0 && (body.ratio === undefined || body.ratio === 'adaptive')) return 'text-to-video needs a ratio other than adaptive';
  if (body.aigc_watermark !== undefined && typeof body.aigc_watermark !== 'boolean') return 'aigc_watermark must be a boolean';
  if (body.callback_url !== undefined && !isURL(body.callback_url)) return 'callback_url must be an http(s) URL';
  return undefined;
}
