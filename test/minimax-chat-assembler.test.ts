import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { MiniMaxChatAssembler } from '../src/core/chat/minimax-chat-assembler';
import { extractMiniMaxError } from '../src/core/shared/minimax-error';
import { collectMiniMaxContent } from '../src/core/language-model/collect-minimax-content';
import type { MiniMaxChatCompletion } from '../src/core/chat/minimax-chat-response-schema';
import type { MiniMaxStreamPart } from '../src/core/shared/minimax-neutral-types';
import { fixtureChunks } from './support/fixtures';
import { assembleAll } from './support/parts';

const fixture = (name: string) => fixtureChunks<MiniMaxChatCompletion>(name);

const assemble = (chunks: MiniMaxChatCompletion[]) =>
  assembleAll(new MiniMaxChatAssembler({ url: 'http://test', requestBodyValues: {} }), chunks);

const text = (parts: MiniMaxStreamPart[], type: 'text-delta' | 'reasoning-delta') =>
  parts.flatMap((p) => (p.type === type ? [p.delta] : [])).join('');

describe('MiniMaxChatAssembler', () => {
  it('replays chat-reasoning-split: reasoning first, then text, usage from the final chunk', () => {
    const { parts, assembler } = assemble(fixture('chat-reasoning-split.chunks.txt'));
    const kinds = parts.map((p) => p.type).filter((t, i, all) => t !== all[i - 1]);
    expect(kinds).toEqual(['response-metadata', 'reasoning-start', 'reasoning-delta', 'reasoning-end', 'text-start', 'text-delta', 'text-end']);
    expect(text(parts, 'reasoning-delta')).toBe('The user asks for the capital of France. It is Paris.');
    expect(text(parts, 'text-delta')).toMatch(/^The capital of France/);
    expect(assembler.finish).toEqual({ unified: 'stop', raw: 'stop' });
    expect(assembler.reportedUsage.inputTokens.total).toBeGreaterThan(0);
    expect(assembler.reportedUsage.outputTokens.reasoning).toBeGreaterThan(0);
    expect(assembler.reportedUsage.inputTokens.cacheRead).toBeGreaterThan(0);
    const end = parts.find((p) => p.type === 'reasoning-end')!;
    expect(end).toMatchObject({
      providerMetadata: {
        minimax: {
          reasoningDetails: [
            { type: 'reasoning.text', id: 'reasoning-text-1', format: 'MiniMax-response-v1', index: 0, text: 'The user asks for the capital of France. It is Paris.' },
          ],
        },
      },
    });
  });

  it('replays chat-parallel-tools: two calls with interleaved argument fragments, one finish despite the duplicate chunk, no [DONE]', () => {
    const { parts, assembler } = assemble(fixture('chat-parallel-tools.chunks.txt'));
    const calls = parts.filter((p) => p.type === 'tool-call');
    expect(calls.map((c) => [c.toolName, JSON.parse(c.input)])).toEqual([
      ['get_weather', { location: 'Tokyo' }],
      ['get_weather', { location: 'Paris' }],
    ]);
    // The deltas of each call reassemble to its input.
    for (const call of calls) {
      const deltas = parts.flatMap((p) => (p.type === 'tool-input-delta' && p.id === call.toolCallId ? [p.delta] : []));
      expect(deltas.join('')).toBe(call.input);
    }
    expect(calls[0].providerMetadata).toMatchObject({ minimax: { reasoningDetails: [{ id: 'reasoning-text-1' }] } });
    expect(calls[1].providerMetadata).toBeUndefined();
    expect(assembler.finish.unified).toBe('tool-calls');
  });

  it('replays chat-think-tags: tags cut across chunks become reasoning, the blank line after </think> is dropped', () => {
    const { parts } = assemble(fixture('chat-think-tags.chunks.txt'));
    expect(text(parts, 'reasoning-delta')).toBe('The user greets me. I should reply politely.');
    expect(text(parts, 'text-delta')).toMatch(/^Answer: Hello! How can I help you today\?/);
    expect(parts.find((p) => p.type === 'reasoning-end')).toMatchObject({
      providerMetadata: { minimax: { reasoningDetails: [{ type: 'reasoning.text', text: 'The user greets me. I should reply politely.' }] } },
    });
  });

  it('appends every value as an increment, also one that extends the text before it ("哈" then "哈哈" is "哈哈哈")', () => {
    const chunk = (delta: Record<string, unknown>, finish?: string) => ({ id: 'c', choices: [{ index: 0, delta, finish_reason: finish ?? null }] });
    const detail = (t: string) => ({ reasoning_details: [{ type: 'reasoning.text', id: 'reasoning-text-1', index: 0, text: t }] });
    const { parts } = assemble([
      chunk(detail('Think')),
      chunk(detail('Thinking')),
      chunk({ content: '哈' }),
      chunk({ content: '哈哈' }, 'stop'),
    ] as MiniMaxChatCompletion[]);
    expect(text(parts, 'reasoning-delta')).toBe('ThinkThinking');
    expect(text(parts, 'text-delta')).toBe('哈哈哈');
  });

  it('keeps the last non-zero usage: intermediate zero usage does not erase it', () => {
    const { assembler } = assemble([
      { id: 'c', choices: [{ index: 0, delta: { content: 'x' }, finish_reason: null }], usage: { prompt_tokens: 9, completion_tokens: 3, total_tokens: 12 } },
      { id: 'c', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage: { prompt_tokens: 0, completion_tokens: 0, total_tokens: 0 } },
    ] as MiniMaxChatCompletion[]);
    expect(assembler.reportedUsage.inputTokens.total).toBe(9);
    expect(assembler.reportedUsage.outputTokens.total).toBe(3);
  });

  it('finishes a whole tool call that arrives in the same chunk as finish_reason', () => {
    const { parts } = assemble([
      { id: 'c', choices: [{ index: 0, delta: { role: '', tool_calls: [{ index: 0, id: 'call_a', type: 'function', function: { name: 'lookup', arguments: '{"q":"x"}' } }] }, finish_reason: 'tool_calls' }] },
    ] as MiniMaxChatCompletion[]);
    expect(parts.filter((p) => p.type !== 'response-metadata').map((p) => p.type)).toEqual(['tool-input-start', 'tool-input-delta', 'tool-input-end', 'tool-call']);
    expect(parts.find((p) => p.type === 'tool-call')).toMatchObject({ toolCallId: 'call_a', input: '{"q":"x"}' });
  });

  it('turns a base_resp error chunk into an error part after the text already delivered', () => {
    const { parts, assembler } = assemble([{ id: 'c', choices: [{ index: 0, delta: { content: 'Partial ' }, finish_reason: null }] }]);
    // The chunk pipeline hands error chunks to pushError, unvalidated.
    const errorChunk = { base_resp: { status_code: 1027, status_msg: 'output new_sensitive' } };
    assembler.pushError(extractMiniMaxError(errorChunk)!, errorChunk, parts);
    expect(text(parts, 'text-delta')).toBe('Partial ');
    const error = parts.find((p) => p.type === 'error') as { error: APICallError };
    expect(APICallError.isInstance(error.error)).toBe(true);
    expect(error.error.message).toContain('output new_sensitive (1027)');
    expect(error.error.isRetryable).toBe(false);
    expect(parts.findIndex((p) => p.type === 'error')).toBeGreaterThan(parts.findIndex((p) => p.type === 'text-delta'));
    expect(assembler.finish.unified).toBe('error');
  });

  it('folds a non-streamed completion into content: all reasoning_details blocks before the text, then tool calls', () => {
    const { parts } = assemble([
      {
        id: 'r',
        choices: [
          {
            index: 0,
            finish_reason: 'tool_calls',
            message: {
              role: 'assistant',
              content: 'Let me check.',
              reasoning_details: [
                { type: 'reasoning.text', id: 'reasoning-text-1', index: 0, text: 'First block.' },
                { type: 'reasoning.text', id: 'reasoning-text-2', index: 1, text: 'Second block.' },
              ],
              tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '{"location":"Tokyo"}' } }],
            },
          },
        ],
      },
    ] as MiniMaxChatCompletion[]);
    const { content } = collectMiniMaxContent(parts);
    expect(content.map((c) => [c.type, c.type === 'tool-call' ? c.input : c.text])).toEqual([
      ['reasoning', 'First block.'],
      ['reasoning', 'Second block.'],
      ['text', 'Let me check.'],
      ['tool-call', '{"location":"Tokyo"}'],
    ]);
  });
});

describe('a reply that is only <think>', () => {
  it('has its reasoning as reasoning and no text (a reply cut off while thinking is not an answer)', () => {
    const { parts, assembler } = assemble([
      { id: 'c', choices: [{ index: 0, delta: { content: '<think>The user wants Paris. I should</think>\n' }, finish_reason: 'length' }] },
    ] as MiniMaxChatCompletion[]);
    const { content } = collectMiniMaxContent(parts);
    expect(content.map((c) => [c.type, c.type === 'tool-call' ? c.input : c.text])).toEqual([['reasoning', 'The user wants Paris. I should']]);
    expect(assembler.finish).toEqual({ unified: 'length', raw: 'length' });
  });

  it('leaves normal thinking alone when text follows it', () => {
    const { parts } = assemble([
      { id: 'c', choices: [{ index: 0, delta: { content: '<think>Think.</think>\n\nAnswer.' }, finish_reason: 'stop' }] },
    ] as MiniMaxChatCompletion[]);
    expect(text(parts, 'text-delta')).toBe('Answer.');
  });

  it('leaves reasoning_details thinking alone when the reply is a tool call', () => {
    const { parts } = assemble([
      {
        id: 'c',
        choices: [
          {
            index: 0,
            delta: { reasoning_details: [{ type: 'reasoning.text', index: 0, text: 'Call it.' }], tool_calls: [{ index: 0, id: 'call_1', function: { name: 'f', arguments: '{}' } }] },
            finish_reason: 'tool_calls',
          },
        ],
      },
    ] as MiniMaxChatCompletion[]);
    expect(parts.some((p) => p.type === 'text-delta')).toBe(false);
  });
});
