import { describe, expect, it } from 'vitest';
import { DeltaNormalizer } from '../src/core/chat/delta-normalizer';

function run(values: string[]): { emitted: string[]; text: string } {
  const normalizer = new DeltaNormalizer();
  const emitted = values.map((v) => normalizer.push(v));
  emitted.push(normalizer.flush());
  return { emitted, text: emitted.join('') };
}

describe('DeltaNormalizer', () => {
  it.each([
    ['increments', ['The ', 'capital ', 'is Paris.'], 'The capital is Paris.'],
    ['cumulative snapshots', ['The ', 'The capital ', 'The capital is Paris.'], 'The capital is Paris.'],
    ['snapshots with a repeated snapshot', ['Hel', 'Hello', 'Hello', 'Hello world'], 'Hello world'],
    ['an increment that repeats the text before it', ['ha', 'hah', 'a'], 'hahaha'],
    ['an undecided pair at the end, read as a snapshot', ['I', 'I am'], 'I am'],
    ['a single value', ['only'], 'only'],
    ['empty values in between', ['a', '', 'b'], 'ab'],
  ])('reassembles %s without duplicated or lost text', (_name, values, expected) => {
    expect(run(values).text).toBe(expected);
  });

  it('emits increments immediately (no latency on the common path)', () => {
    expect(run(['The ', 'capital ', 'is']).emitted).toEqual(['The ', 'capital ', 'is', '']);
  });

  it('holds an ambiguous value back only until the next one decides', () => {
    const normalizer = new DeltaNormalizer();
    expect(normalizer.push('Hel')).toBe('Hel');
    expect(normalizer.push('Hello')).toBe('');
    expect(normalizer.push('Hello wo')).toBe('lo wo');
    expect(normalizer.push('Hello world')).toBe('rld');
  });
});
