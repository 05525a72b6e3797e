import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { convertUint8ArrayToBase64 } from '@ai-sdk/provider-utils';
import type { FilePart } from '../shared/minimax-neutral-types';

/** An image as either wire sends it: a URL MiniMax fetches itself, or base64 data with its media type. */
export type MiniMaxImage = { type: 'url'; url: string } | { type: 'base64'; mediaType: string; data: string };

const BASE64_DATA_URL = /^data:([^;,]+);base64,/;

/**
 * The one rule for file input, on both wires: only images, and only on models
 * that take them (M3; `UnsupportedFunctionalityError` otherwise). A `URL` or
 * an http(s) string is sent as a URL; a base64 `data:` URL as the data it
 * carries; bytes and plain base64 as data of the part's media type (`image/*`
 * is sent as JPEG).
 */
export function readMiniMaxImageInput(part: FilePart, imageInput: boolean): MiniMaxImage {
  if (!part.mediaType.startsWith('image/')) {
    throw new UnsupportedFunctionalityError({
      functionality: `file input of media type ${part.mediaType} (MiniMax accepts text, and images on M3)`,
    });
  }
  if (!imageInput) {
    throw new UnsupportedFunctionalityError({
      functionality: 'image input on this MiniMax model (M2.x accepts text only; use MiniMax-M3 for images)',
    });
  }
  const { data } = part;
  if (data instanceof URL) return { type: 'url', url: data.toString() };
  const mediaType = part.mediaType === 'image/*' ? 'image/jpeg' : part.mediaType;
  if (typeof data !== 'string') return { type: 'base64', mediaType, data: convertUint8ArrayToBase64(data) };
  if (/^https?:/.test(data)) return { type: 'url', url: data };
  const dataUrl = BASE64_DATA_URL.exec(data);
  if (dataUrl) return { type: 'base64', mediaType: dataUrl[1], data: data.slice(dataUrl[0].length) };
  // Any other `data:` URL goes as it is; anything else is base64 text.
  return data.startsWith('data:') ? { type: 'url', url: data } : { type: 'base64', mediaType, data };
}
