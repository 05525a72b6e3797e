/**
 * The hex decoder on every path this runtime has (Node's Buffer made strict, the portable one browsers and edge
 * runtimes run, `Uint8Array.fromHex` where it exists): exact bytes for valid hex, a typed error, never garbage,
 * for anything else.
 */
import { InvalidResponseDataError } from '@ai-sdk/provider';
import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { availableHexDecoders, decodeHex, decodeHexPortable, HEX_DECODER } from '../../src/core/speech/decode-hex';

const toHex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

function failure(decode: (hex: string) => Uint8Array, hex: string): InvalidResponseDataError {
  try {
    decode(hex);
  } catch (error) {
    if (InvalidResponseDataError.isInstance(error)) return error;
    throw error;
  }
  throw new Error(`decoded ${JSON.stringify(hex.slice(0, 40))} without an error`);
}

describe('the decoder chosen for this runtime', () => {
  it('is Node’s Buffer on Node without Uint8Array.fromHex, and decodeHex uses it', () => {
    const native = typeof (Uint8Array as unknown as { fromHex?: unknown }).fromHex === 'function';
    expect(HEX_DECODER.name).toBe(native ? 'fromHex' : 'node-buffer');
    expect(availableHexDecoders().map((d) => d.name)).toContain('portable');
    expect([...decodeHex('00ff10')]).toEqual([0, 255, 16]);
  });
});

describe.each(availableHexDecoders())('the $name decoder', ({ decode }) => {
  it('decodes every length from 0 to 40 bytes, lower and upper case', () => {
    for (let n = 0; n <= 40; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 97 + n) & 0xff);
      expect(decode(toHex(bytes))).toEqual(bytes);
      expect(decode(toHex(bytes).toUpperCase())).toEqual(bytes);
    }
  });

  it('decodes all 256 byte values and a megabyte of audio exactly', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    expect(decode(toHex(all))).toEqual(all);
    const big = Uint8Array.from({ length: 1 << 20 }, (_, i) => (i * 2654435761) >>> 24);
    const out = decode(toHex(big));
    expect(out.length).toBe(big.length);
    expect(Buffer.compare(out, big)).toBe(0); // (a deep toEqual of a megabyte takes seconds)
  });

  it('returns a plain Uint8Array that owns its memory (not a view into a shared pool)', () => {
    const out = decode('0102');
    expect(Object.getPrototypeOf(out)).toBe(Uint8Array.prototype);
    expect(out.byteOffset).toBe(0);
    expect(out.buffer.byteLength).toBeGreaterThanOrEqual(2);
    expect(out.buffer.byteLength).toBeLessThanOrEqual(4);
  });

  it('refuses an odd length', () => {
    for (const hex of ['0', 'abc', 'fffb9', `${'ab'.repeat(1000)}c`]) {
      const error = failure(decode, hex);
      expect(error.message).toContain(`odd length (${hex.length} characters)`);
    }
  });

  it('refuses a non-hex character wherever it is, naming its position, and keeps no megabytes on the error', () => {
    const base = 'ab'.repeat(20);
    for (const position of [0, 1, 2, 3, 5, 17, 38, 39]) {
      for (const bad of ['g', 'z', ' ', '-', 'G', '\n', '@', '`', '/', ':']) {
        const hex = base.slice(0, position) + bad + base.slice(position + 1);
        const error = failure(decode, hex);
        expect(error.message).toContain(`position ${position} of 40`);
      }
    }
    const huge = `${'ab'.repeat(500_000)}zz`;
    const error = failure(decode, huge);
    expect(JSON.stringify(error.data).length).toBeLessThan(200);
  });

  it('refuses characters outside ASCII, including ones Node’s Buffer would read as digits by their low byte', () => {
    // U+0130 and U+0131 end in 0x30 / 0x31 ('0' / '1'); U+0661 is ARABIC-INDIC DIGIT ONE; Latin-1 and emoji too.
    for (const bad of ['\u0130', '\u0131', '\u0661', '\u00e9', '\u00ff', '\u3030', '😀'.charAt(0)]) {
      for (const hex of [`${bad}0`, `00${bad}1`, `abcd${bad}f`, `ab${bad}${bad}`]) {
        if (hex.length % 2 !== 0) continue;
        expect(() => decode(hex)).toThrow(InvalidResponseDataError);
      }
    }
    expect(() => decode('😀ab')).toThrow(InvalidResponseDataError);
  });

  it('is a property: any bytes round-trip; any single corruption is refused', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(decode(toHex(bytes))).toEqual(bytes);
      }),
    );
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 200 }),
        fc.nat(),
        fc.integer({ min: 0, max: 0xffff }).filter((c) => !/[0-9a-fA-F]/.test(String.fromCharCode(c))),
        (bytes, at, code) => {
          const hex = toHex(bytes);
          const position = at % hex.length;
          const corrupted = hex.slice(0, position) + String.fromCharCode(code) + hex.slice(position + 1);
          expect(() => decode(corrupted)).toThrow(InvalidResponseDataError);
        },
      ),
    );
  });
});

describe('choosing the Buffer decoder', () => {
  it('is not done for a Buffer that reads "1z" as a byte (a bundler polyfill): the portable decoder is used', async () => {
    const saved = (globalThis as { Buffer?: unknown }).Buffer;
    const lenient = {
      from: (text: string) => Uint8Array.from(text.match(/../g) ?? [], (pair) => parseInt(pair, 16) || 0),
      byteLength: (text: string) => text.length,
    };
    (globalThis as { Buffer?: unknown }).Buffer = lenient;
    try {
      vi.resetModules();
      const fresh = await import('../../src/core/speech/decode-hex');
      expect(fresh.HEX_DECODER.name).not.toBe('node-buffer');
      expect(fresh.availableHexDecoders().map((d) => d.name)).not.toContain('node-buffer');
      expect(() => fresh.decodeHex('1z')).toThrow(InvalidResponseDataError);
    } finally {
      (globalThis as { Buffer?: unknown }).Buffer = saved;
      vi.resetModules();
    }
  });
});

describe('the portable decoder', () => {
  it('needs neither Buffer nor fromHex', () => {
    const saved = (globalThis as { Buffer?: unknown }).Buffer;
    (globalThis as { Buffer?: unknown }).Buffer = undefined;
    try {
      expect([...decodeHexPortable('deadBEEF')]).toEqual([0xde, 0xad, 0xbe, 0xef]);
      expect(() => decodeHexPortable('dead\u0130f')).toThrow(InvalidResponseDataError);
    } finally {
      (globalThis as { Buffer?: unknown }).Buffer = saved;
    }
  });
});
