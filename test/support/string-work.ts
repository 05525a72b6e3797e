/**
 * Counts the characters that string searches and copies touch while `run` executes: a load-independent
 * measure of work, so a test can tell linear from quadratic decoding without a clock. Covers the String
 * methods a decoder scans or copies with (indexOf, lastIndexOf, includes, search, match, split, replace,
 * slice, substring, substr); concatenation is not counted.
 */
export function countStringWork<T>(run: () => T): { result: T; characters: number } {
  const proto = String.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const scanFrom = ['indexOf', 'includes'] as const;
  const scanWhole = ['lastIndexOf', 'search', 'match', 'split', 'replace'] as const;
  const copies = ['slice', 'substring', 'substr'] as const;
  const originals = new Map<string, (...args: unknown[]) => unknown>();
  let characters = 0;
  for (const name of [...scanFrom, ...scanWhole, ...copies]) {
    const original = proto[name];
    originals.set(name, original);
    proto[name] = function (this: string, ...args: unknown[]) {
      const result = original.apply(this, args);
      if ((scanFrom as readonly string[]).includes(name)) {
        const from = typeof args[1] === 'number' ? Math.max(0, args[1]) : 0;
        characters += Math.max(0, this.length - from);
      } else if ((scanWhole as readonly string[]).includes(name)) {
        characters += this.length;
      } else {
        characters += typeof result === 'string' ? result.length : 0;
      }
      return result;
    };
  }
  try {
    return { result: run(), characters };
  } finally {
    for (const [name, original] of originals) proto[name] = original;
  }
}
