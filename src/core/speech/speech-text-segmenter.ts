/**
 * Cuts streamed text into segments for speech requests: at the end of a sentence whenever one is in reach, so that
 * each request is spoken with natural prosody, and never longer than a cap.
 *
 * `next()` is asked for a segment whenever a request could start. It cuts at the *last* sentence end within the cap,
 * so text that arrives faster than it is spoken is batched into fewer, longer requests, while the first sentence of
 * a slow stream (an LLM's answer) is sent as soon as it is complete. A sentence end is `.`, `!`, `?` or `…`
 * (with closing quotes or brackets) followed by white space, CJK `。！？` (no space needed), or a line break; a full
 * stop after a lone initial or a common abbreviation ("Dr.", "e.g.") is not one. Text that holds no sentence end
 * within the cap is cut at the last clause mark (`,;:`), else the last white space, else at the cap.
 */

/** Sentence ends: the index after a match is a cut position. The lookahead needs the character after the mark. */
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=\s)|[。！？]+[」』”’）]*|\n+/g;
const CLAUSE_END = /[,;:，；：、]["'”’)\]]*(?=\s)/g;
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'vs', 'etc', 'e.g', 'i.e', 'inc', 'ltd', 'co', 'no', 'fig', 'approx',
]);

/** Whether the full stop ending at `end` (exclusive) closes an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, markStart: number): boolean {
  if (text.charCodeAt(markStart) !== 46 /* . */ || text.charCodeAt(markStart + 1) === 46) return false;
  let start = markStart;
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start--;
  const word = text.slice(start, markStart).replace(/^["'“‘(\[]+/, '').toLowerCase();
  return (word.length === 1 && /\p{L}/u.test(word)) || ABBREVIATIONS.has(word);
}

/** The last cut position of `pattern` in `window` that is ≤ `limit`, or -1. */
function lastCut(pattern: RegExp, window: string, limit: number, sentences: boolean): number {
  let cut = -1;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(window); match !== null; match = pattern.exec(window)) {
    const end = match.index + match[0].length;
    if (end > limit) break;
    if (sentences && isAbbreviation(window, match.index)) continue;
    cut = end;
  }
  return cut;
}

/** A cut position ≤ `limit` that does not split a surrogate pair. */
function safeCut(text: string, limit: number): number {
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

export class SpeechTextSegmenter {
  private buffer = '';
  private readonly maxCharacters: number;

  constructor(options: { maxCharacters: number }) {
    this.maxCharacters = Math.max(1, options.maxCharacters);
  }

  /** Characters waiting to be cut. */
  get pending(): number {
    return this.buffer.length;
  }

  push(text: string): void {
    this.buffer += text;
  }

  /**
   * The next segment that can be cut now (trimmed, never empty), or `undefined`. `final`: no more text will come, so
   * whatever is left is a segment.
   */
  next(final: boolean): string | undefined {
    for (;;) {
      const cut = this.cutPosition(final);
      if (cut <= 0) return undefined;
      const segment = this.buffer.slice(0, cut).trim();
      // White space between segments is dropped, so it counts against no segment's cap.
      this.buffer = this.buffer.slice(cut).trimStart();
      if (segment !== '') return segment;
    }
  }

  private cutPosition(final: boolean): number {
    const buffer = this.buffer;
    const max = this.maxCharacters;
    if (buffer.length === 0) return 0;
    if (final && buffer.length <= max) return buffer.length;
    // One character past the cap, so a mark at the cap can see what follows it.
    const window = buffer.length > max + 1 ? buffer.slice(0, max + 1) : buffer;
    const sentence = lastCut(SENTENCE_END, window, max, true);
    if (sentence > 0) return sentence;
    if (buffer.length < max) return 0; // no sentence end yet: wait for more text
    const clause = lastCut(CLAUSE_END, window, max, false);
    if (clause > 0) return clause;
    const space = window.slice(0, max).search(/\s\S*$/);
    if (space > 0) return space + 1;
    return safeCut(buffer, max);
  }
}
