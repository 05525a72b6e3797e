/**
 * A small PNG encoder (8-bit RGB, no interlace, filter 0, zlib from node:zlib) for the emulator's generated images:
 * real files any decoder opens, made on the fly in the size MiniMax would render.
 */
import { deflateSync } from 'node:zlib';

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO-HDLC), as PNG chunks use it. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'ascii');
  Buffer.from(data).copy(out, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

export const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Encodes `width` × `height` RGB pixels (`rgb`: 3 bytes per pixel, rows top to bottom) as a PNG file. */
export function encodePng(width: number, height: number, rgb: Uint8Array): Buffer {
  const row = 1 + width * 3;
  const raw = Buffer.alloc(row * height);
  // Each scanline: filter type 0 (None), then its RGB bytes.
  for (let y = 0; y < height; y++) raw.set(rgb.subarray(y * width * 3, (y + 1) * width * 3), y * row + 1);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // bit depth 8, colour type 2 (RGB), deflate, filter 0, no interlace
  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 6 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

/**
 * The emulator's picture for one generated image: a diagonal gradient whose colours follow the seed and the
 * image's index, so the same seed gives the same bytes (as MiniMax promises) and images of one call differ.
 */
export function generateImagePng(width: number, height: number, seed: number, index: number): Buffer {
  const hue = (((seed * 37 + index * 101) % 360) + 360) % 360;
  const [r, g, b] = [0, 120, 240].map((offset) => 128 + Math.round(100 * Math.cos(((hue + offset) * Math.PI) / 180)));
  const rgb = new Uint8Array(width * height * 3);
  for (let y = 0, i = 0; y < height; y++) {
    for (let x = 0; x < width; x++, i += 3) {
      const t = (x / width + y / height) / 2;
      rgb[i] = r * (1 - t) + 30 * t;
      rgb[i + 1] = g * (1 - t) + 30 * t;
      rgb[i + 2] = b * (1 - t) + 60 * t;
    }
  }
  return encodePng(width, height, rgb);
}
