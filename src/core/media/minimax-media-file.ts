import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';

/** An input file of a media call, as the image and video specs hand it over. */
export type MiniMaxMediaFile =
  | { type: 'file'; mediaType: string; data: string | Uint8Array }
  | { type: 'url'; url: string; mediaType?: string };

/**
 * What MiniMax's media APIs take for an input file: a URL as given (MiniMax fetches it), inline data as a data URL.
 * A string `data` is base64 already (the specs' convention).
 */
export function toMiniMaxFileURL(file: MiniMaxMediaFile): string {
  if (file.type === 'url') return file.url;
  const base64 = typeof file.data === 'string' ? file.data : convertUint8ArrayToBase64(file.data);
  return `data:${file.mediaType};base64,${base64}`;
}

const EXTENSION_MEDIA_TYPES: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  heic: 'image/heic',
  heif: 'image/heif',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  wav: 'audio/wav',
  mp3: 'audio/mpeg',
};

/** The top-level media type of a file (`image`, `video`, `audio`…): its own, else guessed from a URL's extension. */
export function mediaFileKind(file: MiniMaxMediaFile): string | undefined {
  const mediaType = file.mediaType ?? (file.type === 'url' ? mediaTypeFromURL(file.url) : undefined);
  return mediaType?.split('/')[0]?.toLowerCase() || undefined;
}

function mediaTypeFromURL(url: string): string | undefined {
  const match = /\.([a-z0-9]{2,5})$/i.exec(url.split(/[?#]/)[0] ?? '');
  if (match) return EXTENSION_MEDIA_TYPES[match[1].toLowerCase()];
  const dataURL = /^data:([^;,]+)/i.exec(url);
  return dataURL?.[1];
}
