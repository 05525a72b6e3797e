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

  it('treats an unclosed think block as reasoning (a reply cut off while thinking)', () => {
    expect(feed(['<think>all of it'])).toEqual([{ kind: 'reasoning', text: 'all of it' }]);
  });

  it.each([
    ['later in the answer', ['Use the <think> tag like this: <think>x</think>.']],
    ['cut across chunks', ['Use the <thi', 'nk> tag like this: <think>x</think>.']],
  ])('keeps a <think> that does not open the content as text (%s)', (_name, chunks) => {
    expect(feed(chunks)).toEqual([{ kind: 'text', text: 'Use the <think> tag like this: <think>x</think>.' }]);
  });

  it('opens a block after leading whitespace, and keeps a second <think> inside it as reasoning', () => {
    expect(feed(['\n ', ' <th', 'ink>a <think> b</think>\n\nc <think>d</think>'])).toEqual([
      { kind: 'reasoning', text: 'a <think> b' },
      { kind: 'text', text: 'c <think>d</think>' },
    ]);
  });

  it('handles text without tags untouched, including leading whitespace', () => {
    expect(feed(['  plain ', 'text'])).toEqual([{ kind: 'text', text: '  plain text' }]);
  });
});
