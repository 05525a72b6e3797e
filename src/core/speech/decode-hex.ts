/**
 * Hex text → bytes, for MiniMax's audio (`data.audio` is hex, often megabytes of it). Never returns garbage: an odd
 * length or a character that is not a hex digit throws `InvalidResponseDataError` naming the first bad position.
 *
 * Three paths, fastest available first, all equally strict:
 * - `Uint8Array.fromHex` where the runtime has it (native, validating);
 * - Node's `Buffer` (native; it stops at the first invalid ASCII pair, which a length check catches, and its
 *   handling of non-ASCII characters is ruled out by comparing the UTF-8 length with the string length);
 * - a portable decoder for runtimes without either (browsers, edge runtimes): the text is encoded to ASCII bytes by
 *   `TextEncoder.encodeInto`, then read four characters (one 32-bit word) at a time through a 64K-entry table that
 *   maps two ASCII characters to a byte, or to a value above 255 for anything else.
 */
import { InvalidResponseDataError } from '@ai-sdk/provider';

type HexDecoder = (hex: string) => Uint8Array;

const INVALID = 0x100;
let pairTable: Uint16Array | undefined;

/** `table[(second << 8) | first]` = the byte two hex characters encode, or a value > 255 (little-endian pair order). */
function getPairTable(): Uint16Array {
  if (pairTable) return pairTable;
  const table = new Uint16Array(65536).fill(INVALID);
  const digits = '0123456789abcdefABCDEF';
  for (const first of digits) {
    for (const second of digits) {
      table[(second.charCodeAt(0) << 8) | first.charCodeAt(0)] = (parseInt(first, 16) << 4) | parseInt(second, 16);
    }
  }
  pairTable = table;
  return table;
}

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const encoder = new TextEncoder();

/** The first position in `hex` that is not a hex digit (searched only once the input is known to be bad). */
function firstInvalidPosition(hex: string, from = 0): number {
  for (let i = from; i < hex.length; i++) {
    const c = hex.charCodeAt(i);
    const digit = (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);
    if (!digit) return i;
  }
  return -1;
}

function invalidHex(hex: string, position: number): InvalidResponseDataError {
  const at = position < 0 ? 0 : position;
  return new InvalidResponseDataError({
    // The audio itself is not kept on the error: it can be megabytes.
    data: { length: hex.length, position: at, excerpt: hex.slice(at, at + 16) },
    message:
      `MiniMax returned audio that is not valid hex: character ${JSON.stringify(hex.charAt(at))} at position ${at} ` +
      `of ${hex.length} is not a hex digit.`,
  });
}

function assertEvenLength(hex: string): void {
  if (hex.length % 2 !== 0) {
    throw new InvalidResponseDataError({
      data: { length: hex.length },
      message: `MiniMax returned audio as hex of odd length (${hex.length} characters): the last byte is incomplete.`,
    });
  }
}

/** The portable decoder (no `Buffer`, no `fromHex`): what browsers and edge runtimes run. */
export function decodeHexPortable(hex: string): Uint8Array {
  assertEvenLength(hex);
  const length = hex.length;
  const size = length >> 1;
  const table = getPairTable();
  // Room for whole 32-bit words; `encodeInto` stops early (read < length) at a character that is not ASCII.
  const ascii = new Uint8Array((length + 3) & ~3);
  const { read, written } = encoder.encodeInto(hex, ascii);
  if (read !== length || written !== length) throw invalidHex(hex, firstInvalidPosition(hex));
  let bad = 0;
  let out: Uint8Array;
  if (littleEndian) {
    const words = new Uint32Array(ascii.buffer);
    const pairs = new Uint16Array((size + 1) >> 1);
    const whole = length >> 2;
    for (let k = 0; k < whole; k++) {
      const word = words[k];
      const low = table[word & 0xffff];
      const high = table[word >>> 16];
      bad |= low | high;
      pairs[k] = low | (high << 8);
    }
    out = new Uint8Array(pairs.buffer, 0, size);
    if (length & 2) {
      const last = table[words[whole] & 0xffff];
      bad |= last;
      out[size - 1] = last;
    }
  } else {
    out = new Uint8Array(size);
    for (let i = 0, j = 0; i < size; i++, j += 2) {
      const value = table[(ascii[j + 1] << 8) | ascii[j]];
      bad |= value;
      out[i] = value;
    }
  }
  if (bad > 0xff) throw invalidHex(hex, firstInvalidPosition(hex));
  return out;
}

interface NodeBuffer {
  from(text: string, encoding: 'hex'): Uint8Array;
  byteLength(text: string, encoding: 'utf8'): number;
}

/**
 * Node's native decoder, made strict; `undefined` where there is no `Buffer` or it does not behave like Node's. A
 * bundler's `Buffer` polyfill may read a pair such as "1z" as 1 instead of stopping there, so the behaviour the
 * length check relies on is tried first, whatever the runtime (Node, Bun, Deno, an edge runtime's polyfill).
 */
function nodeBufferDecoder(): HexDecoder | undefined {
  const Buffer = (globalThis as { Buffer?: NodeBuffer }).Buffer;
  if (typeof Buffer?.from !== 'function' || typeof Buffer.byteLength !== 'function') return undefined;
  try {
    const stops = Buffer.from('1z', 'hex').length === 0 && Buffer.from('abg0', 'hex').length === 1;
    const reads = Buffer.from('aBc4', 'hex');
    if (!stops || reads.length !== 2 || reads[0] !== 0xab || reads[1] !== 0xc4) return undefined;
  } catch {
    return undefined;
  }
  return (hex) => {
    assertEvenLength(hex);
    // Node reads a character above U+00FF by its low byte; only an all-ASCII string is decoded natively.
    if (Buffer.byteLength(hex, 'utf8') !== hex.length) throw invalidHex(hex, firstInvalidPosition(hex));
    const decoded = Buffer.from(hex, 'hex');
    // Node stops at the first pair holding a non-hex character.
    if (decoded.length !== hex.length >> 1) throw invalidHex(hex, firstInvalidPosition(hex, decoded.length * 2));
    // A plain Uint8Array over the Buffer's memory; small Buffers share a pool, so those are copied out of it.
    const whole = decoded.byteOffset === 0 && decoded.buffer.byteLength === decoded.length;
    return whole ? new Uint8Array(decoded.buffer, 0, decoded.length) : new Uint8Array(decoded);
  };
}

/** The runtime's `Uint8Array.fromHex` (ES2026), where it exists. */
function nativeFromHex(): HexDecoder | undefined {
  const fromHex = (Uint8Array as unknown as { fromHex?: (hex: string) => Uint8Array }).fromHex;
  if (typeof fromHex !== 'function') return undefined;
  return (hex) => {
    assertEvenLength(hex);
    try {
      return fromHex.call(Uint8Array, hex);
    } catch {
      throw invalidHex(hex, firstInvalidPosition(hex));
    }
  };
}

/** Which decoder `decodeHex` uses in this runtime. */
export const HEX_DECODER: { name: 'fromHex' | 'node-buffer' | 'portable'; decode: HexDecoder } = (() => {
  const native = nativeFromHex();
  if (native) return { name: 'fromHex' as const, decode: native };
  const node = nodeBufferDecoder();
  if (node) return { name: 'node-buffer' as const, decode: node };
  return { name: 'portable' as const, decode: decodeHexPortable };
})();

/** Decodes hex text (either case) to bytes; throws `InvalidResponseDataError` on an odd length or a non-hex character. */
export function decodeHex(hex: string): Uint8Array {
  return HEX_DECODER.decode(hex);
}

/** For tests and benchmarks: every decoder this runtime can run, by name. */
export function availableHexDecoders(): Array<{ name: string; decode: HexDecoder }> {
  const decoders: Array<{ name: string; decode: HexDecoder }> = [];
  const native = nativeFromHex();
  if (native) decoders.push({ name: 'fromHex', decode: native });
  const node = nodeBufferDecoder();
  if (node) decoders.push({ name: 'node-buffer', decode: node });
  decoders.push({ name: 'portable', decode: decodeHexPortable });
  return decoders;
}
