import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SpeechTextSegmenter } from '../../src/core/speech/speech-text-segmenter';

/** Feeds `pieces` one by one, asking for segments after each (as the stream does when a request slot is free). */
function segmentsOf(pieces: string[], maxCharacters = 1000): string[] {
  const segmenter = new SpeechTextSegmenter({ maxCharacters });
  const out: string[] = [];
  for (const piece of pieces) {
    segmenter.push(piece);
    for (let s = segmenter.next(false); s !== undefined; s = segmenter.next(false)) out.push(s);
  }
  for (let s = segmenter.next(true); s !== undefined; s = segmenter.next(true)) out.push(s);
  return out;
}

describe('SpeechTextSegmenter', () => {
  it('cuts a sentence as soon as it is complete (a mark followed by white space)', () => {
    const segmenter = new SpeechTextSegmenter({ maxCharacters: 1000 });
    segmenter.push('Hello there.');
    expect(segmenter.next(false)).toBeUndefined(); // "there." may go on ("there.com"): wait for the next character
    segmenter.push(' How');
    expect(segmenter.next(false)).toBe('Hello there.');
    expect(segmenter.next(false)).toBeUndefined();
    segmenter.push(' are you?');
    expect(segmenter.next(true)).toBe('How are you?');
    expect(segmenter.next(true)).toBeUndefined();
  });

  it('batches every complete sentence within the cap into one segment', () => {
    const segmenter = new SpeechTextSegmenter({ maxCharacters: 1000 });
    segmenter.push('One. Two! Three? Four');
    expect(segmenter.next(false)).toBe('One. Two! Three?');
  });

  it('knows sentence ends: closing quotes, ellipses, CJK marks without spaces, line breaks', () => {
    expect(segmentsOf(['He said "Go." Then left.'], 14)).toEqual(['He said "Go."', 'Then left.']);
    expect(segmentsOf(['Wait… What? '], 6)).toEqual(['Wait…', 'What?']);
    expect(segmentsOf(['你好。今天天气很好！我们走吧'], 8)).toEqual(['你好。', '今天天气很好！', '我们走吧']);
    expect(segmentsOf(['A heading\nThe body text'], 14)).toEqual(['A heading', 'The body text']);
  });

  it('does not cut after an initial or a common abbreviation', () => {
    expect(segmentsOf(['Dr. Smith met J. R. Tolkien at 5 p.m. yesterday. Then what?'], 50)).toEqual([
      'Dr. Smith met J. R. Tolkien at 5 p.m. yesterday.',
      'Then what?',
    ]);
    expect(segmentsOf(['Pi is 3.14 e.g. in maths. Yes.'], 26)).toEqual(['Pi is 3.14 e.g. in maths.', 'Yes.']);
  });

  it('cuts text with no sentence end at the cap: at a clause mark, else white space, else hard', () => {
    expect(segmentsOf(['alpha beta, gamma delta epsilon zeta'], 20)).toEqual(['alpha beta,', 'gamma delta epsilon', 'zeta']);
    expect(segmentsOf(['alpha beta gamma delta'], 12)).toEqual(['alpha beta', 'gamma delta']);
    expect(segmentsOf(['abcdefghijklmnop'], 5)).toEqual(['abcde', 'fghij', 'klmno', 'p']);
  });

  it('never splits a character outside the BMP (a surrogate pair)', () => {
    const segments = segmentsOf(['😀😀😀😀😀'], 3);
    expect(segments.join('')).toBe('😀😀😀😀😀');
    for (const s of segments) expect(s).not.toMatch(/^[\udc00-\udfff]|[\ud800-\udbff]$/);
  });

  it('waits for more text rather than cutting a short unfinished sentence', () => {
    const segmenter = new SpeechTextSegmenter({ maxCharacters: 100 });
    segmenter.push('The answer is');
    expect(segmenter.next(false)).toBeUndefined();
    expect(segmenter.pending).toBe(13);
  });

  it('skips segments that are only white space', () => {
    expect(segmentsOf(['  \n\n  ', 'Hi.  ', '\n'])).toEqual(['Hi.']);
  });

  it('is a property: segments are within the cap, non-empty, and keep every word in order however the text is fed', () => {
    const word = fc.stringMatching(/^[a-zA-Z0-9,;'"é😀]{1,12}$/);
    const sentence = fc.array(word, { minLength: 1, maxLength: 8 }).chain((words) =>
      fc.constantFrom('.', '!', '?', '…', '。', ',', '').map((mark) => `${words.join(' ')}${mark}`),
    );
    fc.assert(
      fc.property(
        fc.array(sentence, { minLength: 1, maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 4, max: 80 }),
        (sentences, cuts, max) => {
          const text = sentences.join(' ');
          const pieces: string[] = [];
          let offset = 0;
          for (let i = 0; offset < text.length; i++) {
            const size = cuts[i % cuts.length];
            pieces.push(text.slice(offset, offset + size));
            offset += size;
          }
          const segments = segmentsOf(pieces, max);
          for (const s of segments) {
            expect(s.length).toBeGreaterThan(0);
            expect(s.length).toBeLessThanOrEqual(max);
            expect(s).toBe(s.trim());
          }
          expect(segments.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
        },
      ),
    );
  });
});
