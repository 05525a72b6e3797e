/**
 * Real, playable audio for the emulator's text-to-speech, generated in code (no fixtures, no dependencies): a
 * "melody" of one tone per word (pitch from the word, length from its characters, pauses at punctuation) as 16-bit
 * PCM, wrapped as WAV, raw PCM, μ-law (raw or WAV), FLAC (verbatim subframes) or MP3 (MPEG audio frames whose
 * spectrum holds one line per frame: a tone, or silence between words).
 */

/** Milliseconds of audio per character of text (about the pace of speech). */
export const DEFAULT_SPEECH_MS_PER_CHARACTER = 60;

export type EmulatorAudioFormat = 'mp3' | 'wav' | 'pcm' | 'flac' | 'pcmu_raw' | 'pcmu_wav';

export interface EmulatorAudioOptions {
  format: EmulatorAudioFormat;
  sampleRate: number;
  /** 1 or 2. */
  channels: number;
  /** bit/s, mp3 only. */
  bitrate: number;
  msPerCharacter?: number;
}

export interface EmulatorAudio {
  bytes: Uint8Array;
  /** Milliseconds. */
  durationMs: number;
  sampleRate: number;
  channels: number;
  bitrate: number;
}

/** One stretch of the melody: a tone of `frequency` Hz (0: a pause) for `ms` milliseconds. */
interface Note {
  frequency: number;
  ms: number;
}

/** A pentatonic scale around A4: pleasant whatever order the words pick. */
const SCALE = [220, 247, 277, 330, 370, 440, 494, 554, 659, 740];

function wordPitch(word: string): number {
  let hash = 2166136261;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 16777619);
  return SCALE[(hash >>> 0) % SCALE.length];
}

/** The melody of a text: one note per word, a short gap after each, a longer one after punctuation. */
export function melodyOf(text: string, msPerCharacter = DEFAULT_SPEECH_MS_PER_CHARACTER): Note[] {
  const notes: Note[] = [];
  for (const match of text.matchAll(/([^\s.,;:!?。，！？、]+)|([.,;:!?。，！？、]+)|\s+/gu)) {
    const [token, word, punctuation] = match;
    if (word) {
      notes.push({ frequency: wordPitch(word), ms: [...word].length * msPerCharacter });
      notes.push({ frequency: 0, ms: msPerCharacter });
    } else if (punctuation) {
      notes.push({ frequency: 0, ms: 3 * msPerCharacter });
    } else if (token.length > 1) {
      notes.push({ frequency: 0, ms: msPerCharacter });
    }
  }
  if (notes.length === 0) notes.push({ frequency: 0, ms: 200 });
  return notes;
}

function totalMs(notes: Note[]): number {
  return notes.reduce((sum, n) => sum + n.ms, 0);
}

/** Mono 16-bit samples of the melody (sine tones with 10 ms fades, no clicks). */
function pcmSamples(notes: Note[], sampleRate: number): Int16Array {
  const total = Math.round((totalMs(notes) * sampleRate) / 1000);
  const samples = new Int16Array(total);
  const fade = Math.max(1, Math.round(sampleRate / 100));
  let offset = 0;
  for (const note of notes) {
    const count = Math.min(total - offset, Math.round((note.ms * sampleRate) / 1000));
    if (note.frequency > 0) {
      const step = (2 * Math.PI * note.frequency) / sampleRate;
      for (let i = 0; i < count; i++) {
        const envelope = Math.min(1, i / fade, (count - 1 - i) / fade);
        samples[offset + i] = Math.round(Math.sin(step * i) * envelope * 0.3 * 32767);
      }
    }
    offset += count;
  }
  return samples;
}

/** Interleaves mono samples into `channels` channels, little-endian 16-bit. */
function interleave16(mono: Int16Array, channels: number): Uint8Array {
  const out = new Uint8Array(mono.length * channels * 2);
  const view = new DataView(out.buffer);
  for (let i = 0, p = 0; i < mono.length; i++) {
    for (let c = 0; c < channels; c++, p += 2) view.setInt16(p, mono[i], true);
  }
  return out;
}

/** G.711 μ-law of one 16-bit sample. */
function muLaw(sample: number): number {
  const sign = sample < 0 ? 0x80 : 0;
  let magnitude = Math.min(32635, Math.abs(sample)) + 0x84;
  let exponent = 7;
  for (let mask = 0x4000; (magnitude & mask) === 0 && exponent > 0; mask >>= 1) exponent--;
  const mantissa = (magnitude >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}

function muLawBytes(mono: Int16Array, channels: number): Uint8Array {
  const out = new Uint8Array(mono.length * channels);
  for (let i = 0, p = 0; i < mono.length; i++) {
    const value = muLaw(mono[i]);
    for (let c = 0; c < channels; c++) out[p++] = value;
  }
  return out;
}

/** A RIFF/WAVE file: `formatTag` 1 (PCM, 16-bit) or 7 (μ-law, 8-bit). */
function wavFile(data: Uint8Array, sampleRate: number, channels: number, formatTag: 1 | 7): Uint8Array {
  const bits = formatTag === 1 ? 16 : 8;
  const out = new Uint8Array(44 + data.length);
  const view = new DataView(out.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i++) out[offset + i] = text.charCodeAt(i);
  };
  ascii(0, 'RIFF');
  view.setUint32(4, 36 + data.length, true);
  ascii(8, 'WAVE');
  ascii(12, 'fmt ');
  view.setUint32(16, 16, true);
  view.setUint16(20, formatTag, true);
  view.setUint16(22, channels, true);
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, (sampleRate * channels * bits) / 8, true);
  view.setUint16(32, (channels * bits) / 8, true);
  view.setUint16(34, bits, true);
  ascii(36, 'data');
  view.setUint32(40, data.length, true);
  out.set(data, 44);
  return out;
}

/** Writes bits most significant first. */
class BitWriter {
  readonly bytes: Uint8Array;
  private bit = 0;

  constructor(size: number) {
    this.bytes = new Uint8Array(size);
  }

  get position(): number {
    return this.bit;
  }

  write(value: number, count: number): void {
    for (let i = count - 1; i >= 0; i--) {
      if (Math.floor(value / 2 ** i) % 2 === 1) this.bytes[this.bit >> 3] |= 0x80 >> (this.bit & 7);
      this.bit++;
    }
  }

  /** Writes a string of '0'/'1'. */
  writeBits(bits: string): void {
    for (const b of bits) this.write(b === '1' ? 1 : 0, 1);
  }

  alignToByte(): void {
    this.bit = (this.bit + 7) & ~7;
  }
}

// --- FLAC -------------------------------------------------------------------------------------------------------

function crc8(bytes: Uint8Array, end: number): number {
  let crc = 0;
  for (let i = 0; i < end; i++) {
    crc ^= bytes[i];
    for (let b = 0; b < 8; b++) crc = crc & 0x80 ? ((crc << 1) ^ 0x07) & 0xff : (crc << 1) & 0xff;
  }
  return crc;
}

function crc16(bytes: Uint8Array, end: number): number {
  let crc = 0;
  for (let i = 0; i < end; i++) {
    crc ^= bytes[i] << 8;
    for (let b = 0; b < 8; b++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x8005) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

/** FLAC's UTF-8-style coding of a frame number. */
function utf8Number(n: number): number[] {
  if (n < 0x80) return [n];
  if (n < 0x800) return [0xc0 | (n >> 6), 0x80 | (n & 0x3f)];
  if (n < 0x10000) return [0xe0 | (n >> 12), 0x80 | ((n >> 6) & 0x3f), 0x80 | (n & 0x3f)];
  return [0xf0 | (n >> 18), 0x80 | ((n >> 12) & 0x3f), 0x80 | ((n >> 6) & 0x3f), 0x80 | (n & 0x3f)];
}

/** A FLAC file of 16-bit samples in fixed 4096-sample blocks, every subframe VERBATIM. */
function flacFile(mono: Int16Array, sampleRate: number, channels: number): Uint8Array {
  const blockSize = 4096;
  const frames: Uint8Array[] = [];
  for (let start = 0, index = 0; start < mono.length; start += blockSize, index++) {
    const count = Math.min(blockSize, mono.length - start);
    const w = new BitWriter(16 + count * channels * 2 + channels + 4);
    w.write(0b11111111111110, 14);
    w.write(0, 1); // reserved
    w.write(0, 1); // fixed block size
    w.write(0b0111, 4); // block size: 16 bits at the end of the header
    w.write(0b0000, 4); // sample rate: from STREAMINFO
    w.write(channels - 1, 4); // 1 or 2 independent channels
    w.write(0b100, 3); // 16 bits per sample
    w.write(0, 1);
    for (const byte of utf8Number(index)) w.write(byte, 8);
    w.write(count - 1, 16);
    w.write(crc8(w.bytes, w.position >> 3), 8);
    for (let c = 0; c < channels; c++) {
      w.write(0, 1);
      w.write(0b000001, 6); // VERBATIM
      w.write(0, 1);
      for (let i = 0; i < count; i++) w.write(mono[start + i] & 0xffff, 16);
    }
    w.alignToByte();
    const end = w.position >> 3;
    const crc = crc16(w.bytes, end);
    w.write(crc, 16);
    frames.push(w.bytes.subarray(0, end + 2));
  }
  const header = new BitWriter(4 + 4 + 34);
  for (const c of 'fLaC') header.write(c.charCodeAt(0), 8);
  header.write(1, 1); // last metadata block
  header.write(0, 7); // STREAMINFO
  header.write(34, 24);
  header.write(blockSize, 16);
  header.write(blockSize, 16);
  header.write(0, 24); // min frame size: unknown
  header.write(0, 24); // max frame size: unknown
  header.write(sampleRate, 20);
  header.write(channels - 1, 3);
  header.write(15, 5); // 16 bits per sample
  header.write(Math.floor(mono.length / 2 ** 32), 4);
  header.write(mono.length % 2 ** 32, 32);
  // MD5 of the samples: 0 means "not computed" (allowed by the format).
  const size = header.bytes.length + frames.reduce((s, f) => s + f.length, 0);
  const out = new Uint8Array(size);
  out.set(header.bytes, 0);
  let offset = header.bytes.length;
  for (const frame of frames) {
    out.set(frame, offset);
    offset += frame.length;
  }
  return out;
}

// --- MP3 --------------------------------------------------------------------------------------------------------

const MPEG1_BITRATES = [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320];
const MPEG2_BITRATES = [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160];
/** Sample rate → MPEG version bits (3: MPEG-1, 2: MPEG-2, 0: MPEG-2.5) and sample-rate index. */
const MPEG_RATES: Record<number, { version: 3 | 2 | 0; index: number }> = {
  44100: { version: 3, index: 0 },
  48000: { version: 3, index: 1 },
  32000: { version: 3, index: 2 },
  22050: { version: 2, index: 0 },
  24000: { version: 2, index: 1 },
  16000: { version: 2, index: 2 },
  11025: { version: 0, index: 0 },
  12000: { version: 0, index: 1 },
  8000: { version: 0, index: 2 },
};

/**
 * Huffman table 1 of Layer III (values 0/1, no linbits): the pair (x, y) → code. A non-zero value is followed by its
 * sign bit (0: positive).
 */
const TABLE1: Record<string, string> = { '0,0': '1', '0,1': '001', '1,0': '01', '1,1': '000' };

/** The Huffman bits of a granule whose spectrum is all zero but line `line` (value 1), or '' for silence. */
function spectrumBits(line: number): { bits: string; bigValues: number } {
  if (line < 0) return { bits: '', bigValues: 0 };
  const pairs = (line >> 1) + 1;
  let bits = TABLE1['0,0'].repeat(pairs - 1);
  bits += line % 2 === 0 ? `${TABLE1['1,0']}0` : `${TABLE1['0,1']}0`;
  return { bits, bigValues: pairs };
}

/**
 * An MP3 (MPEG-1/2/2.5 Layer III, constant bitrate, no CRC) of the melody: each granule holds one spectral line
 * near the note's pitch (a tone) or nothing (silence). Decoders need nothing else: no scalefactors
 * (`scalefac_compress` 0), long blocks, Huffman table 1, `main_data_begin` 0 (no bit reservoir).
 */
function mp3File(notes: Note[], sampleRate: number, channels: number, bitrateBps: number): EmulatorAudio {
  const rate = MPEG_RATES[sampleRate] ?? MPEG_RATES[32000];
  const actualRate = MPEG_RATES[sampleRate] ? sampleRate : 32000;
  const mpeg1 = rate.version === 3;
  const table = mpeg1 ? MPEG1_BITRATES : MPEG2_BITRATES;
  const kbps = bitrateBps / 1000;
  // The table's bitrate nearest to the one asked for (MPEG-2 tops out at 160 kbit/s).
  const bitrateIndex = table.reduce((best, b, i) => (i > 0 && Math.abs(b - kbps) < Math.abs(table[best] - kbps) ? i : best), 1);
  const bitrate = table[bitrateIndex] * 1000;
  const samplesPerFrame = mpeg1 ? 1152 : 576;
  const granules = mpeg1 ? 2 : 1;
  const frameLength = Math.floor(((mpeg1 ? 144 : 72) * bitrate) / actualRate);
  const sideInfoLength = mpeg1 ? (channels === 1 ? 17 : 32) : channels === 1 ? 9 : 17;
  const frameCount = Math.max(1, Math.ceil((totalMs(notes) * actualRate) / 1000 / samplesPerFrame));

  // The note at each frame's middle decides its line: f = (line + 0.5) × (rate / 2) / 576.
  const lineOf = (frequency: number) => (frequency > 0 ? Math.max(0, Math.round(frequency / (actualRate / 2 / 576) - 0.5)) : -1);
  const noteAt: number[] = [];
  let noteIndex = 0;
  let noteEnd = notes[0].ms;
  for (let f = 0; f < frameCount; f++) {
    const ms = ((f + 0.5) * samplesPerFrame * 1000) / actualRate;
    while (noteIndex < notes.length - 1 && ms >= noteEnd) noteEnd += notes[++noteIndex].ms;
    noteAt.push(ms < noteEnd ? lineOf(notes[noteIndex].frequency) : -1);
  }

  const out = new Uint8Array(frameCount * frameLength);
  for (let f = 0; f < frameCount; f++) {
    const w = new BitWriter(frameLength);
    w.write(0x7ff, 11);
    w.write(rate.version, 2);
    w.write(0b01, 2); // Layer III
    w.write(1, 1); // no CRC
    w.write(bitrateIndex, 4);
    w.write(rate.index, 2);
    w.write(0, 1); // no padding
    w.write(0, 1);
    w.write(channels === 1 ? 0b11 : 0b00, 2); // mono, or plain stereo
    w.write(0, 2);
    w.write(0, 1);
    w.write(1, 1); // original
    w.write(0, 2);

    const { bits, bigValues } = spectrumBits(noteAt[f]);
    // Side information.
    w.write(0, mpeg1 ? 9 : 8); // main_data_begin
    w.write(0, mpeg1 ? (channels === 1 ? 5 : 3) : channels === 1 ? 1 : 2); // private bits
    if (mpeg1) w.write(0, 4 * channels); // scfsi
    for (let g = 0; g < granules; g++) {
      for (let c = 0; c < channels; c++) {
        w.write(bits.length, 12); // part2_3_length
        w.write(bigValues, 9);
        w.write(bits.length > 0 ? 202 : 0, 8); // global_gain: a tone at about a third of full scale
        w.write(0, mpeg1 ? 4 : 9); // scalefac_compress: no scalefactors
        w.write(0, 1); // long blocks
        for (let r = 0; r < 3; r++) w.write(bigValues > 0 ? 1 : 0, 5); // table_select
        w.write(0, 4); // region0_count
        w.write(0, 3); // region1_count
        if (mpeg1) w.write(0, 1); // preflag
        w.write(0, 1); // scalefac_scale
        w.write(0, 1); // count1table_select
      }
    }
    if (w.position !== (4 + sideInfoLength) * 8) throw new Error(`mp3: side info of ${w.position / 8 - 4} bytes`);
    // Main data: granules in order, channels in order.
    for (let g = 0; g < granules; g++) for (let c = 0; c < channels; c++) w.writeBits(bits);
    out.set(w.bytes, f * frameLength);
  }
  const durationMs = Math.round((frameCount * samplesPerFrame * 1000) / actualRate);
  return { bytes: out, durationMs, sampleRate: actualRate, channels, bitrate };
}

/** Generates the audio of `text` in the requested format. */
export function generateSpeechAudio(text: string, options: EmulatorAudioOptions): EmulatorAudio {
  const notes = melodyOf(text, options.msPerCharacter);
  const { sampleRate, channels } = options;
  if (options.format === 'mp3') return mp3File(notes, sampleRate, channels, options.bitrate);
  const mono = pcmSamples(notes, sampleRate);
  const durationMs = Math.round((mono.length * 1000) / sampleRate);
  const bytes =
    options.format === 'wav'
      ? wavFile(interleave16(mono, channels), sampleRate, channels, 1)
      : options.format === 'pcm'
        ? interleave16(mono, channels)
        : options.format === 'pcmu_raw'
          ? muLawBytes(mono, channels)
          : options.format === 'pcmu_wav'
            ? wavFile(muLawBytes(mono, channels), sampleRate, channels, 7)
            : flacFile(mono, sampleRate, channels);
  const bits = options.format === 'pcmu_raw' || options.format === 'pcmu_wav' ? 8 : 16;
  return { bytes, durationMs, sampleRate, channels, bitrate: sampleRate * channels * bits };
}
