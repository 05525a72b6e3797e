/**
 * Splits content that carries reasoning inline as `<think>…</think>` into
 * reasoning and text segments, incrementally.
 *
 * A `<think>` block is reasoning only where it opens the content (after
 * optional whitespace): that is where MiniMax puts its thinking. Anywhere
 * else `<think>` is text the model wrote (about the tag, say), and inside an
 * open block a second `<think>` is part of the reasoning. A tag may be cut
 * anywhere across chunks, so a trailing fragment that could still be the
 * awaited tag is held back until the next chunk (or `flush`) decides it.
 */

export interface ThinkSegment {
  kind: 'reasoning' | 'text';
  text: string;
}

const OPEN = '<think>';
const CLOSE = '</think>';

/** Length of the longest suffix of `text` that is a proper prefix of `tag`. */
function partialTagSuffix(text: string, tag: string): number {
  const max = Math.min(tag.length - 1, text.length);
  // Every tag starts with '<': without one among the last characters there is nothing to hold (no slices made).
  if (text.indexOf('<', text.length - max) === -1) return 0;
  for (let len = max; len > 0; len--) {
    if (tag.startsWith(text.slice(text.length - len))) return len;
  }
  return 0;
}

export class ThinkTagSplitter {
  /**
   * `opening`: only whitespace so far, a `<think>` may still open the content;
   * `think`: inside the opening block; `text`: everything else is text.
   */
  private state: 'opening' | 'think' | 'text' = 'opening';
  private pending = '';
  /** Drop whitespace that directly follows `</think>` (MiniMax puts "\n\n" there). */
  private trimNextText = false;

  push(chunk: string): ThinkSegment[] {
    const out: ThinkSegment[] = [];
    const text = this.pending + chunk;
    this.pending = '';
    if (this.state === 'opening') this.pushOpening(text, out);
    else if (this.state === 'think') this.pushThink(text, out);
    else this.emit(out, 'text', text);
    return out;
  }

  /** Ends the input: a held-back fragment turned out not to be a tag. */
  flush(): ThinkSegment[] {
    const out: ThinkSegment[] = [];
    this.emit(out, this.state === 'think' ? 'reasoning' : 'text', this.pending);
    this.pending = '';
    return out;
  }

  private pushOpening(text: string, out: ThinkSegment[]): void {
    const start = text.length - text.trimStart().length;
    const rest = text.slice(start);
    if (rest.startsWith(OPEN)) {
      // The leading whitespace belongs to no one: it is dropped with the tag.
      this.state = 'think';
      this.pushThink(rest.slice(OPEN.length), out);
    } else if (OPEN.startsWith(rest)) {
      this.pending = text; // only whitespace, or whitespace and the start of `<think>`: not decided yet
    } else {
      this.state = 'text';
      this.emit(out, 'text', text);
    }
  }

  private pushThink(text: string, out: ThinkSegment[]): void {
    const at = text.indexOf(CLOSE);
    if (at === -1) {
      const hold = partialTagSuffix(text, CLOSE);
      this.emit(out, 'reasoning', text.slice(0, text.length - hold));
      this.pending = text.slice(text.length - hold);
      return;
    }
    this.emit(out, 'reasoning', text.slice(0, at));
    this.state = 'text';
    this.trimNextText = true;
    this.emit(out, 'text', text.slice(at + CLOSE.length));
  }

  private emit(out: ThinkSegment[], kind: ThinkSegment['kind'], text: string): void {
    if (kind === 'text' && this.trimNextText) {
      text = text.replace(/^\s+/, '');
      if (text.length === 0) return;
      this.trimNextText = false;
    }
    if (text.length === 0) return;
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += text;
    else out.push({ kind, text });
  }
}
