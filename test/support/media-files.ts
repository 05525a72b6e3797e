/**
 * Independent readers of the files the emulator generates, so tests check real, decodable files: a PNG reader
 * (chunk CRCs with node:zlib's crc32, IHDR, the inflated image data and its filter bytes) and an MP4 reader (box
 * tree, duration, track size, H.264 configuration, every sample inside `mdat` and made of whole NAL units).
 */
import { crc32, inflateSync } from 'node:zlib';

export interface DecodedPng {
  width: number;
  height: number;
  /** RGB bytes, 3 per pixel, rows top to bottom (the emulator writes filter type 0 only). */
  pixels: Uint8Array;
}

export function decodePng(bytes: Uint8Array): DecodedPng {
  const buf = Buffer.from(bytes);
  if (!buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) throw new Error('not a PNG signature');
  let offset = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  let ended = false;
  while (offset < buf.length) {
    const length = buf.readUInt32BE(offset);
    const type = buf.toString('ascii', offset + 4, offset + 8);
    const data = buf.subarray(offset + 8, offset + 8 + length);
    const crc = buf.readUInt32BE(offset + 8 + length);
    if (crc32(buf.subarray(offset + 4, offset + 8 + length)) !== crc) throw new Error(`bad CRC in ${type}`);
    if (type === 'IHDR') {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      if (data[8] !== 8 || data[9] !== 2 || data[12] !== 0) throw new Error('expected 8-bit RGB, no interlace');
    } else if (type === 'IDAT') idat.push(data);
    else if (type === 'IEND') ended = true;
    offset += 12 + length;
  }
  if (!ended || width === 0) throw new Error('PNG without IHDR or IEND');
  const raw = inflateSync(Buffer.concat(idat));
  const row = 1 + width * 3;
  if (raw.length !== row * height) throw new Error(`image data is ${raw.length} bytes, expected ${row * height}`);
  const pixels = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++) {
    if (raw[y * row] !== 0) throw new Error(`unexpected filter type ${raw[y * row]}`);
    pixels.set(raw.subarray(y * row + 1, (y + 1) * row), y * width * 3);
  }
  return { width, height, pixels };
}

interface Box {
  type: string;
  start: number;
  size: number;
  /** Payload bounds. */
  body: [number, number];
}

function boxes(buf: Buffer, from: number, to: number): Box[] {
  const out: Box[] = [];
  let offset = from;
  while (offset < to) {
    const size = buf.readUInt32BE(offset);
    if (size < 8 || offset + size > to) throw new Error(`box at ${offset} overruns its parent`);
    out.push({ type: buf.toString('ascii', offset + 4, offset + 8), start: offset, size, body: [offset + 8, offset + size] });
    offset += size;
  }
  return out;
}

function child(buf: Buffer, parent: Box, path: string[]): Box {
  let box = parent;
  for (const type of path) {
    // Full boxes (version + flags) before their children: stsd has an entry count too.
    const skip = box.type === 'stsd' ? 8 : box.type === 'dref' ? 8 : box.type === 'avc1' ? 78 : 0;
    const found = boxes(buf, box.body[0] + skip, box.body[1]).find((b) => b.type === type);
    if (!found) throw new Error(`no ${type} in ${box.type}`);
    box = found;
  }
  return box;
}

export interface ParsedMp4 {
  brand: string;
  durationSeconds: number;
  width: number;
  height: number;
  codec: string;
  /** AVC profile_idc from avcC (66 = Baseline). */
  profile: number;
  sampleCount: number;
  syncSamples: number;
}

export function parseMp4(bytes: Uint8Array): ParsedMp4 {
  const buf = Buffer.from(bytes);
  const top = boxes(buf, 0, buf.length);
  const get = (type: string) => {
    const box = top.find((b) => b.type === type);
    if (!box) throw new Error(`no top-level ${type}`);
    return box;
  };
  const ftyp = get('ftyp');
  const moov = get('moov');
  const mdat = get('mdat');
  const mvhd = child(buf, moov, ['mvhd']);
  const timescale = buf.readUInt32BE(mvhd.body[0] + 12);
  const duration = buf.readUInt32BE(mvhd.body[0] + 16);
  const tkhd = child(buf, moov, ['trak', 'tkhd']);
  const stbl = child(buf, moov, ['trak', 'mdia', 'minf', 'stbl']);
  const stsd = child(buf, stbl, ['stsd']);
  const entry = boxes(buf, stsd.body[0] + 8, stsd.body[1])[0];
  const avcC = child(buf, entry, ['avcC']);
  const stsz = child(buf, stbl, ['stsz']);
  const count = buf.readUInt32BE(stsz.body[0] + 8);
  const sizes = Array.from({ length: count }, (_, i) => buf.readUInt32BE(stsz.body[0] + 12 + i * 4));
  const stco = child(buf, stbl, ['stco']);
  const chunkOffset = buf.readUInt32BE(stco.body[0] + 8);
  const stss = child(buf, stbl, ['stss']);
  if (chunkOffset !== mdat.body[0]) throw new Error(`chunk offset ${chunkOffset} is not the start of mdat's data (${mdat.body[0]})`);
  if (sizes.reduce((a, b) => a + b, 0) !== mdat.body[1] - mdat.body[0]) throw new Error('sample sizes do not add up to mdat');
  let offset = chunkOffset;
  for (const size of sizes) {
    const nalLength = buf.readUInt32BE(offset);
    const nalType = buf[offset + 4] & 0x1f;
    if (nalLength !== size - 4 || (nalType !== 1 && nalType !== 5)) throw new Error(`sample at ${offset} is not one slice NAL unit`);
    offset += size;
  }
  return {
    brand: buf.toString('ascii', ftyp.body[0], ftyp.body[0] + 4),
    durationSeconds: duration / timescale,
    width: buf.readUInt32BE(tkhd.body[1] - 8) >>> 16,
    height: buf.readUInt32BE(tkhd.body[1] - 4) >>> 16,
    codec: entry.type,
    profile: buf[avcC.body[0] + 1],
    sampleCount: count,
    syncSamples: buf.readUInt32BE(stss.body[0] + 4),
  };
}
