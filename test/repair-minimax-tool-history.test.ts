import { InvalidPromptError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { repairMiniMaxToolHistory } from '../src/core/language-model/repair-minimax-tool-history';
import { getMiniMaxModelFamily, getMiniMaxModelInfo } from '../src/core/shared/minimax-facts';
import { resolveMiniMaxBaseURLs } from '../src/core/shared/minimax-provider-settings';
import type { MiniMaxPrompt } from '../src/core/shared/minimax-neutral-types';

const user = (text: string) => ({ role: 'user' as const, content: [{ type: 'text' as const, text }] });
const call = (id: string, input: unknown = {}) => ({ type: 'tool-call' as const, toolCallId: id, toolName: 'f', input });
const result = (id: string) => ({ type: 'tool-result' as const, toolCallId: id, toolName: 'f', output: { type: 'text' as const, value: 'ok' } });

describe('repairMiniMaxToolHistory: edges', () => {
  it('leaves a history MiniMax accepts untouched (the same prompt, no warning)', () => {
    const prompt: MiniMaxPrompt = [
      { role: 'system', content: 'S' },
      user('q'),
      { role: 'assistant', content: [call('a', '{"x":1}'), call('b')] },
      { role: 'system', content: 'a system message between a call and its result separates nothing' },
      { role: 'tool', content: [result('b'), result('a')] },
      { role: 'assistant', content: [{ type: 'reasoning', text: 'r' }, { type: 'text', text: 'done' }] },
    ];
    const repaired = repairMiniMaxToolHistory(prompt);
    expect(repaired.prompt).toBe(prompt);
    expect(repaired.warnings).toEqual([]);
  });

  it('a provider-executed result inside the assistant turn answers its call', () => {
    const prompt: MiniMaxPrompt = [user('q'), { role: 'assistant', content: [call('a'), result('a'), { type: 'text', text: 'found it' }] }, user('thanks')];
    expect(repairMiniMaxToolHistory(prompt).warnings).toEqual([]);
  });

  it.each([
    ['a second result for one call', [user('q'), { role: 'assistant', content: [call('a')] }, { role: 'tool', content: [result('a'), result('a')] }], /a second result for a call that already has one/],
    [
      'a result that comes after a later turn than its call\'s',
      [user('q'), { role: 'assistant', content: [call('a')] }, user('wait'), { role: 'tool', content: [result('a')] }],
      /its call is in an earlier assistant turn, not in the one right before it/,
    ],
  ] as const)('refuses %s with InvalidPromptError', (_name, prompt, message) => {
    const error = (() => {
      try {
        repairMiniMaxToolHistory(prompt as unknown as MiniMaxPrompt);
      } catch (e) {
        return e;
      }
    })();
    expect(InvalidPromptError.isInstance(error)).toBe(true);
    expect((error as Error).message).toMatch(message);
  });

  it.each([
    ['an array', [1, 2], true],
    ['JSON text of a number', '42', true],
    ['empty text', '', false],
    ['null (no arguments)', null, false],
    ['JSON text of an object', '{"a":1}', false],
  ])('arguments given as %s are %s', (_name, input, repaired) => {
    const { prompt, warnings } = repairMiniMaxToolHistory([user('q'), { role: 'assistant', content: [call('a', input)] }, { role: 'tool', content: [result('a')] }]);
    expect(warnings.length > 0).toBe(repaired);
    const sent = (prompt[1] as { content: Array<{ input?: unknown }> }).content[0].input;
    expect(sent).toEqual(repaired ? {} : input);
  });

  it('adds results for every unanswered call of a turn, in call order, after the results that exist', () => {
    const { prompt } = repairMiniMaxToolHistory([user('q'), { role: 'assistant', content: [call('a'), call('b'), call('c')] }, { role: 'tool', content: [result('b')] }]);
    expect(prompt.slice(2).map((m) => (m.role === 'tool' ? m.content.map((p) => p.toolCallId) : m.role))).toEqual([['b'], ['a', 'c']]);
  });
});

describe('model ids behind a proxy', () => {
  it.each([
    ['minimax/MiniMax-M2.1', 'MiniMax-M2.1'],
    ['MINIMAX/minimax-m3', 'MiniMax-M3'],
    ['openrouter/minimax/minimax-m2.5-highspeed', 'MiniMax-M2.5-highspeed'],
  ])('%s is %s in the table', (id, tableId) => {
    expect(getMiniMaxModelInfo(id)?.id).toBe(tableId);
  });

  it('an unknown prefixed id still gets its family', () => {
    expect(getMiniMaxModelFamily('minimax/MiniMax-M3.5-preview')).toBe('M3');
    expect(getMiniMaxModelFamily('fast')).toBe('M2');
  });
});

describe('an explicit messages URL', () => {
  it.each([
    ['http://localhost:4000/v1', 'http://localhost:4000/v1'],
    ['http://localhost:4000/v1/', 'http://localhost:4000/v1'],
    ['http://localhost:4000/v1/messages', 'http://localhost:4000/v1'],
    ['https://api.minimaxi.com/anthropic/v1', 'https://api.minimaxi.com/anthropic/v1'],
  ])('%s is used as given (base %s)', (anthropicBaseURL, base) => {
    expect(resolveMiniMaxBaseURLs({ anthropicBaseURL }).anthropicBaseURL).toBe(base);
  });

  it('is still derived from baseURL when not given (MiniMax\'s own hosts)', () => {
    expect(resolveMiniMaxBaseURLs({ baseURL: 'https://api.minimaxi.com/v1' }).anthropicBaseURL).toBe('https://api.minimaxi.com/anthropic/v1');
  });
});
