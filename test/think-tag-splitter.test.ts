import { describe, expect, it } from 'vitest';
import { ThinkTagSplitter, type ThinkSegment } from '../src/core/chat/think-tag-splitter';

function feed(chunks: string[]): ThinkSegment[] {
  const splitter = new ThinkTagSplitter();
  const segments = [...chunks.flatMap((c) => splitter.push(c)), ...splitter.flush()];
  // Merge neighbours of the same kind: chunking decides only where pieces break.
  return segments.reduce<ThinkSegment[]>((out, s) => {
    const last = out[out.length - 1];
    if (last && last.kind === s.kind) last.text += s.text;
    else out.push({ ...s });
    return out;
  }, []);
}

const FULL = '<think>The user greets me.</think>\n\nHello! How can I help?';
const EXPECTED: ThinkSegment[] = [
  { kind: 'reasoning', text: 'The user greets me.' },
  { kind: 'text', text: 'Hello! How can I help?' },
];

describe('ThinkTagSplitter', () => {
  it.each([
    ['whole', [FULL]],
    ['cut inside the opening tag', ['<th', 'ink>The user greets me.</think>\n\nHello! How can I help?']],
    ['cut after "<"', ['<', 'think>The user greets me.</', 'think>\n\nHello! How can I help?']],
    ['cut inside the closing tag', ['<think>The user greets me.</thi', 'nk>\n\nHello! How can I help?']],
    ['cut before the blank line', ['<think>The user greets me.</think>', '\n', '\nHello! How can I help?']],
    ['one character at a time', [...FULL]],
  ])('splits reasoning from text when the tags are %s', (_name, chunks) => {
    expect(feed(chunks)).toEqual(EXPECTED);
  });

  it('keeps a lone "<" that turns out not to be a tag', () => {
    expect(feed(['a <', 'b and 1 <', '2'])).toEqual([{ kind: 'text', text: 'a <b and 1 <2' }]);
  });

  it('releases a trailing partial tag as text at the end', () => {
    expect(feed(['Answer <thi'])).toEqual([{ kind: 'text', text: 'Answer <thi' }]);
  });

  it('treats an unclosed think block as reasoning (the whole answer inside <think>)', () => {
    expect(feed(['<think>all of it'])).toEqual([{ kind: 'reasoning', text: 'all of it' }]);
  });

  it('handles text without tags untouched, including leading whitespace', () => {
    expect(feed(['  plain ', 'text'])).toEqual([{ kind: 'text', text: '  plain text' }]);
  });
});
