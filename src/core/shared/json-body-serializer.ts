/**
 * A request body as JSON text, character for character what `JSON.stringify`
 * writes, with the escaped form of every long string kept for the next call.
 *
 * An agent loop or a chat sends its whole history again at every step, and
 * escaping that history (quotes, line breaks, backslashes, text beyond ASCII)
 * is most of what serializing a request costs: `npm run bench` measured
 * 0.76 ms for the 131 KB body of a 200-message history, a third of a
 * `generateText` step. A string already escaped in an earlier call (by
 * content: a history parsed anew from a client's request still matches) is
 * taken from the cache instead; strings cannot change, so nothing read from it
 * is ever stale.
 *
 * Only plain data is written here (objects whose prototype is
 * `Object.prototype` or `null`, arrays, strings, finite and non-finite
 * numbers, booleans, `null`); anything else anywhere in the body (a `toJSON`
 * method, a class instance, a boxed primitive, a bigint, a cycle or a
 * nesting deeper than `MAX_DEPTH`) hands the whole body to `JSON.stringify`,
 * so its output and its errors are always the runtime's own.
 */

/** Strings shorter than this are escaped every time: a lookup would cost about as much. */
export const MIN_CACHED_LENGTH = 64;
/** UTF-16 units of cached strings per generation; two generations are kept (so at most about 4 MB of escaped text). */
const GENERATION_BUDGET = 1_000_000;
/** Deeper bodies (or cyclic ones) go to `JSON.stringify`, which gives its own result or error. */
const MAX_DEPTH = 256;

/**
 * A character `JSON.stringify` writes other than as itself: a quote, a backslash, a control character, or a
 * surrogate (a lone one is escaped; a string with a pair goes to `JSON.stringify` too, which writes it as it is).
 * A short string without one is written quoted as it is, sparing a call that costs more than the string.
 */
const NEEDS_ESCAPING = /["\\\u0000-\u001f\ud800-\udfff]/;

/** Thrown inside the walk when the body holds something only `JSON.stringify` writes exactly. */
const NOT_PLAIN: unique symbol = Symbol('not plain JSON data');

export class JsonBodySerializer {
  /** Escaped strings of this generation, and of the one before (an entry found there moves up). */
  private current = new Map<string, string>();
  private previous = new Map<string, string>();
  private currentUnits = 0;
  /** Property names with their quotes and colon (a body repeats a few dozen names). */
  private readonly names = new Map<string, string>();
  /** Long strings escaped so far, cache misses only (tests count them). */
  escapedStrings = 0;

  /** `JSON.stringify(body)`, for any body. */
  serialize(body: unknown): string {
    if (typeof body !== 'object' || body === null) return JSON.stringify(body);
    try {
      return this.value(body, 0);
    } catch {
      // Not plain data (or something threw while it was read): the runtime writes it, or throws its own error.
      return JSON.stringify(body);
    }
  }

  /** How many strings the cache holds (both generations). */
  get cachedStrings(): number {
    return this.current.size + this.previous.size;
  }

  private value(value: unknown, depth: number): string {
    switch (typeof value) {
      case 'string':
        if (value.length >= MIN_CACHED_LENGTH) return this.escaped(value);
        return NEEDS_ESCAPING.test(value) ? JSON.stringify(value) : `"${value}"`;
      case 'number':
        return Number.isFinite(value) ? String(value) : 'null';
      case 'boolean':
        return value ? 'true' : 'false';
      case 'object':
        break;
      default:
        throw NOT_PLAIN; // bigint; undefined, functions and symbols are handled by their container
    }
    if (value === null) return 'null';
    if (depth >= MAX_DEPTH || typeof (value as { toJSON?: unknown }).toJSON === 'function') throw NOT_PLAIN;
    if (Array.isArray(value)) return this.array(value, depth + 1);
    const prototype = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) throw NOT_PLAIN;
    return this.object(value as Record<string, unknown>, depth + 1);
  }

  private array(items: readonly unknown[], depth: number): string {
    if (items.length === 0) return '[]';
    let out = '[';
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      if (i > 0) out += ',';
      out += item === undefined || typeof item === 'function' || typeof item === 'symbol' ? 'null' : this.value(item, depth);
    }
    return out + ']';
  }

  private object(object: Record<string, unknown>, depth: number): string {
    const keys = Object.keys(object);
    let out = '';
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      const item = object[key];
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      out += (out === '' ? '{' : ',') + this.name(key) + this.value(item, depth);
    }
    return out === '' ? '{}' : out + '}';
  }

  private name(key: string): string {
    let written = this.names.get(key);
    if (written === undefined) {
      written = `${JSON.stringify(key)}:`;
      if (this.names.size < 256) this.names.set(key, written);
    }
    return written;
  }

  private escaped(text: string): string {
    let written = this.current.get(text);
    if (written !== undefined) return written;
    written = this.previous.get(text);
    if (written === undefined) {
      written = JSON.stringify(text);
      this.escapedStrings++;
      if (text.length > GENERATION_BUDGET) return written;
    }
    this.current.set(text, written);
    this.currentUnits += text.length;
    if (this.currentUnits > GENERATION_BUDGET) {
      this.previous = this.current;
      this.current = new Map();
      this.currentUnits = 0;
    }
    return written;
  }
}
