/**
 * A tiny but real MP4 (ISO BMFF, one H.264 Constrained Baseline track) made in code for the emulator's video
 * downloads: no encoder and no third-party media. Key frames are I_PCM macroblocks (raw samples, which H.264 allows
 * in any profile), the frames between them are P frames whose macroblocks are all skipped (a copy of the last key
 * frame), so any player decodes it and a few seconds fit in tens of kilobytes. The colour moves on at every key frame.
 */

/** Writes H.264 RBSP bits: fixed-width fields and Exp-Golomb codes. */
class BitWriter {
  private readonly bytes: number[] = [];
  private current = 0;
  private count = 0;

  bit(value: number): this {
    this.current = (this.current << 1) | (value & 1);
    if (++this.count === 8) {
      this.bytes.push(this.current);
      this.current = 0;
      this.count = 0;
    }
    return this;
  }

  bits(value: number, width: number): this {
    for (let i = width - 1; i >= 0; i--) this.bit((value >>> i) & 1);
    return this;
  }

  /** ue(v) */
  ue(value: number): this {
    const code = value + 1;
    const length = Math.floor(Math.log2(code));
    return this.bits(0, length).bits(code, length + 1);
  }

  /** se(v) */
  se(value: number): this {
    return this.ue(value <= 0 ? -2 * value : 2 * value - 1);
  }

  get aligned(): boolean {
    return this.count === 0;
  }

  alignWithZeros(): this {
    while (!this.aligned) this.bit(0);
    return this;
  }

  /** rbsp_trailing_bits(): a one, then zeros to the byte boundary. */
  trailing(): Uint8Array {
    this.bit(1).alignWithZeros();
    return Uint8Array.from(this.bytes);
  }
}

/** A NAL unit: its one-byte header, then the RBSP with emulation-prevention bytes inserted. */
function nalUnit(refIdc: number, type: number, rbsp: Uint8Array): Uint8Array {
  const out: number[] = [(refIdc << 5) | type];
  let zeros = 0;
  for (const byte of rbsp) {
    if (zeros >= 2 && byte <= 3) {
      out.push(3);
      zeros = 0;
    }
    out.push(byte);
    zeros = byte === 0 ? zeros + 1 : 0;
  }
  return Uint8Array.from(out);
}

const LOG2_MAX_FRAME_NUM = 8;

function sequenceParameterSet(mbWidth: number, mbHeight: number, cropRight: number, cropBottom: number): Uint8Array {
  const w = new BitWriter()
    .bits(66, 8) // profile_idc: Baseline
    .bits(0b11000000, 8) // constraint_set0 and set1: Constrained Baseline
    .bits(30, 8) // level_idc 3.0
    .ue(0) // seq_parameter_set_id
    .ue(LOG2_MAX_FRAME_NUM - 4)
    .ue(2) // pic_order_cnt_type 2: output order = decoding order
    .ue(1) // max_num_ref_frames
    .bit(0) // gaps_in_frame_num_value_allowed_flag
    .ue(mbWidth - 1)
    .ue(mbHeight - 1)
    .bit(1) // frame_mbs_only_flag
    .bit(1); // direct_8x8_inference_flag
  const crop = cropRight > 0 || cropBottom > 0;
  w.bit(crop ? 1 : 0);
  if (crop) w.ue(0).ue(cropRight / 2).ue(0).ue(cropBottom / 2); // offsets in 4:2:0 chroma units
  w.bit(0); // vui_parameters_present_flag
  return nalUnit(3, 7, w.trailing());
}

function pictureParameterSet(): Uint8Array {
  const w = new BitWriter()
    .ue(0) // pic_parameter_set_id
    .ue(0) // seq_parameter_set_id
    .bit(0) // entropy_coding_mode_flag: CAVLC
    .bit(0) // bottom_field_pic_order_in_frame_present_flag
    .ue(0) // num_slice_groups_minus1
    .ue(0) // num_ref_idx_l0_default_active_minus1
    .ue(0) // num_ref_idx_l1_default_active_minus1
    .bit(0) // weighted_pred_flag
    .bits(0, 2) // weighted_bipred_idc
    .se(0) // pic_init_qp_minus26
    .se(0) // pic_init_qs_minus26
    .se(0) // chroma_qp_index_offset
    .bit(1) // deblocking_filter_control_present_flag
    .bit(0) // constrained_intra_pred_flag
    .bit(0); // redundant_pic_cnt_present_flag
  return nalUnit(3, 8, w.trailing());
}

/** A key frame: every macroblock I_PCM, one flat colour (Y, Cb, Cr in 16–235, so no start code can appear). */
function idrSlice(mbCount: number, idrPicId: number, [y, cb, cr]: [number, number, number]): Uint8Array {
  const w = new BitWriter()
    .ue(0) // first_mb_in_slice
    .ue(7) // slice_type: I (all slices)
    .ue(0) // pic_parameter_set_id
    .bits(0, LOG2_MAX_FRAME_NUM) // frame_num
    .ue(idrPicId)
    .bit(0) // no_output_of_prior_pics_flag
    .bit(0) // long_term_reference_flag
    .se(0) // slice_qp_delta
    .ue(1); // disable_deblocking_filter_idc
  for (let mb = 0; mb < mbCount; mb++) {
    w.ue(25).alignWithZeros(); // mb_type I_PCM, pcm_alignment_zero_bits
    for (let i = 0; i < 256; i++) w.bits(y, 8);
    for (let i = 0; i < 64; i++) w.bits(cb, 8);
    for (let i = 0; i < 64; i++) w.bits(cr, 8);
  }
  return nalUnit(3, 5, w.trailing());
}

/** A P frame of skipped macroblocks: a copy of the reference. */
function skipSlice(mbCount: number, frameNum: number): Uint8Array {
  const w = new BitWriter()
    .ue(0) // first_mb_in_slice
    .ue(5) // slice_type: P (all slices)
    .ue(0) // pic_parameter_set_id
    .bits(frameNum, LOG2_MAX_FRAME_NUM)
    .bit(0) // num_ref_idx_active_override_flag
    .bit(0) // ref_pic_list_modification_flag_l0
    .bit(0) // adaptive_ref_pic_marking_mode_flag
    .se(0) // slice_qp_delta
    .ue(1) // disable_deblocking_filter_idc
    .ue(mbCount); // mb_skip_run: the whole picture
  return nalUnit(2, 1, w.trailing());
}

// --- ISO BMFF boxes -------------------------------------------------------------------------------------------

const u8 = (n: number) => Buffer.from([n & 0xff]);
const u16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeUInt16BE(n & 0xffff);
  return b;
};
const u32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeUInt32BE(n >>> 0);
  return b;
};
const zeros = (n: number) => Buffer.alloc(n);

function box(type: string, ...payload: Uint8Array[]): Buffer {
  const body = Buffer.concat(payload);
  return Buffer.concat([u32(8 + body.length), Buffer.from(type, 'ascii'), body]);
}

function fullBox(type: string, version: number, flags: number, ...payload: Uint8Array[]): Buffer {
  return box(type, u8(version), u8(flags >> 16), u16(flags), ...payload);
}

const MATRIX = Buffer.concat([0x00010000, 0, 0, 0, 0x00010000, 0, 0, 0, 0x40000000].map(u32));

export interface Mp4Options {
  /** Even pixel sizes, up to 512. */
  width: number;
  height: number;
  /** Seconds (whole). */
  durationSeconds: number;
  /** Frames per second (divides 1000). Default 8. */
  fps?: number;
  /** Seconds between key frames. Default 2. */
  keyFrameSeconds?: number;
  /** Picks the colours. */
  seed?: number;
}

/** An MP4 file of an H.264 video `width` × `height`, `durationSeconds` long (see the file comment). */
export function createMp4(options: Mp4Options): Buffer {
  const { width, height, durationSeconds } = options;
  const fps = options.fps ?? 8;
  const keyInterval = Math.max(1, Math.round((options.keyFrameSeconds ?? 2) * fps));
  const mbWidth = Math.ceil(width / 16);
  const mbHeight = Math.ceil(height / 16);
  const mbCount = mbWidth * mbHeight;
  const sps = sequenceParameterSet(mbWidth, mbHeight, mbWidth * 16 - width, mbHeight * 16 - height);
  const pps = pictureParameterSet();

  const frameCount = Math.max(1, Math.round(durationSeconds * fps));
  const samples: Uint8Array[] = [];
  const syncSamples: number[] = [];
  for (let i = 0; i < frameCount; i++) {
    const k = i % keyInterval;
    let nal: Uint8Array;
    if (k === 0) {
      const key = i / keyInterval;
      const step = ((options.seed ?? 0) + key * 3) % 6;
      nal = idrSlice(mbCount, key % 2, [60 + step * 25, 90 + ((step * 40) % 120), 200 - step * 20]);
      syncSamples.push(i + 1);
    } else {
      nal = skipSlice(mbCount, k);
    }
    samples.push(Buffer.concat([u32(nal.length), nal]));
  }

  const timescale = 1000;
  const delta = Math.round(timescale / fps);
  const duration = frameCount * delta;
  const avcC = box('avcC', u8(1), u8(sps[1]), u8(sps[2]), u8(sps[3]), u8(0xff), u8(0xe1), u16(sps.length), sps, u8(1), u16(pps.length), pps);
  const compressor = Buffer.alloc(32);
  compressor.write('\u000bMiniMaxEmu', 'latin1');
  const avc1 = box(
    'avc1',
    zeros(6),
    u16(1), // data_reference_index
    zeros(16),
    u16(width),
    u16(height),
    u32(0x00480000), // 72 dpi
    u32(0x00480000),
    zeros(4),
    u16(1), // frame_count
    compressor,
    u16(0x0018), // depth
    u16(0xffff), // pre_defined -1
    avcC,
  );

  const moov = (chunkOffset: number) =>
    box(
      'moov',
      fullBox('mvhd', 0, 0, u32(0), u32(0), u32(timescale), u32(duration), u32(0x00010000), u16(0x0100), zeros(10), MATRIX, zeros(24), u32(2)),
      box(
        'trak',
        fullBox('tkhd', 0, 3, u32(0), u32(0), u32(1), zeros(4), u32(duration), zeros(8), u16(0), u16(0), u16(0), zeros(2), MATRIX, u32(width << 16), u32(height << 16)),
        box(
          'mdia',
          fullBox('mdhd', 0, 0, u32(0), u32(0), u32(timescale), u32(duration), u16(0x55c4), u16(0)),
          fullBox('hdlr', 0, 0, zeros(4), Buffer.from('vide', 'ascii'), zeros(12), Buffer.from('VideoHandler\0', 'ascii')),
          box(
            'minf',
            fullBox('vmhd', 0, 1, zeros(8)),
            box('dinf', fullBox('dref', 0, 0, u32(1), fullBox('url ', 0, 1))),
            box(
              'stbl',
              fullBox('stsd', 0, 0, u32(1), avc1),
              fullBox('stts', 0, 0, u32(1), u32(frameCount), u32(delta)),
              fullBox('stss', 0, 0, u32(syncSamples.length), ...syncSamples.map(u32)),
              fullBox('stsc', 0, 0, u32(1), u32(1), u32(frameCount), u32(1)),
              fullBox('stsz', 0, 0, u32(0), u32(frameCount), ...samples.map((s) => u32(s.length))),
              fullBox('stco', 0, 0, u32(1), u32(chunkOffset)),
            ),
          ),
        ),
      ),
    );

  const ftyp = box('ftyp', Buffer.from('isom', 'ascii'), u32(0x200), Buffer.from('isomiso2avc1mp41', 'ascii'));
  const moovSize = moov(0).length;
  const mdat = box('mdat', ...samples);
  return Buffer.concat([ftyp, moov(ftyp.length + moovSize + 8), mdat]);
}

/** The stand-in's size for an aspect ratio (`16:9` → 128×72): the short side 72 pixels, both even. */
export function mp4SizeForRatio(ratio: string | undefined): { width: number; height: number } {
  const [w, h] = (ratio ?? '16:9').split(':').map(Number);
  const r = w > 0 && h > 0 ? w / h : 16 / 9;
  const long = Math.min(512, Math.round((72 * Math.max(r, 1 / r)) / 2) * 2);
  return r >= 1 ? { width: long, height: 72 } : { width: 72, height: long };
}
