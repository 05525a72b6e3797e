/** Serialising anything a call exposed, so a test can search it for a secret. */
import { inspect } from 'node:util';

/**
 * Serialises anything: own enumerable and non-enumerable properties (so Error name, message, stack and
 * cause chains), arrays, Maps, Sets, Headers, typed arrays, Dates; cycles and throwing getters are
 * tolerated. `util.inspect` with hidden properties is appended as a second view.
 */
export function serialise(value: unknown): string {
  const seen = new WeakSet<object>();
  const walk = (v: unknown, depth: number): unknown => {
    if (v === null || v === undefined || typeof v !== 'object') {
      return typeof v === 'bigint' || typeof v === 'symbol' || typeof v === 'function' ? String(v) : v;
    }
    if (seen.has(v) || depth > 40) return '[seen]';
    seen.add(v);
    if (v instanceof Uint8Array) return Buffer.from(v).toString('utf8');
    if (v instanceof Date) return v.toISOString();
    if (typeof Headers !== 'undefined' && v instanceof Headers) return Object.fromEntries(v.entries());
    if (v instanceof Map) return [...v.entries()].map(([k, x]) => [walk(k, depth + 1), walk(x, depth + 1)]);
    if (v instanceof Set) return [...v].map((x) => walk(x, depth + 1));
    if (Array.isArray(v)) return v.map((x) => walk(x, depth + 1));
    const out: Record<string, unknown> = {};
    const names = new Set(Object.getOwnPropertyNames(v));
    if (v instanceof Error) for (const name of ['name', 'message', 'stack', 'cause']) names.add(name);
    for (const name of names) {
      try {
        out[name] = walk((v as Record<string, unknown>)[name], depth + 1);
      } catch (error) {
        out[name] = `[getter threw ${String(error)}]`;
      }
    }
    return out;
  };
  return JSON.stringify(walk(value, 0)) + '\n' + inspect(value, { depth: 30, showHidden: true, getters: false });
}
