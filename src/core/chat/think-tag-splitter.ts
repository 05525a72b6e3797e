/**
 * Splits text that carries reasoning inline as `<think>…</think>` into
 * reasoning and text segments, incrementally: a tag may be cut anywhere
 * across chunks, so a trailing fragment that could start a tag is held back
 * until the next chunk (or `flush`) decides it.
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
  private inThink = false;
  private pending = '';
  /** Drop whitespace that directly follows `</think>` (MiniMax puts "\n\n" there). */
  private trimNextText = false;

  push(chunk: string): ThinkSegment[] {
    const out: ThinkSegment[] = [];
    let text = this.pending + chunk;
    this.pending = '';
    while (text.length > 0) {
      const tag = this.inThink ? CLOSE : OPEN;
      const at = text.indexOf(tag);
      if (at === -1) {
        const hold = partialTagSuffix(text, tag);
        this.emit(out, text.slice(0, text.length - hold));
        this.pending = text.slice(text.length - hold);
        break;
      }
      this.emit(out, text.slice(0, at));
      text = text.slice(at + tag.length);
      this.inThink = !this.inThink;
      if (!this.inThink) this.trimNextText = true;
    }
    return out;
  }

  /** Ends the input: a held-back fragment turned out not to be a tag. */
  flush(): ThinkSegment[] {
    const out: ThinkSegment[] = [];
    this.emit(out, this.pending);
    this.pending = '';
    return out;
  }

  private emit(out: ThinkSegment[], text: string): void {
    const kind = this.inThink ? 'reasoning' : 'text';
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
