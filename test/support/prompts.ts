/** Prompt pieces the wire tests share. */
import type { LanguageModelV4FilePart, LanguageModelV4TextPart } from '@ai-sdk/provider';

/** A question with an image in every form a V4 prompt can hand over: URL, base64 (of `image/*`), a base64 data: URL, bytes. */
export const IMAGES_IN_EVERY_FORM: Array<LanguageModelV4TextPart | LanguageModelV4FilePart> = [
  { type: 'text', text: 'What is on these?' },
  { type: 'file', mediaType: 'image/png', data: { type: 'url', url: new URL('https://example.com/cat.png') } },
  { type: 'file', mediaType: 'image/*', data: { type: 'data', data: 'iVBORw0KGgo=' } },
  { type: 'file', mediaType: 'image/png', data: { type: 'data', data: 'data:image/webp;base64,UklGRg==' } },
  { type: 'file', mediaType: 'image/gif', data: { type: 'data', data: new Uint8Array([71, 73, 70]) } },
];
