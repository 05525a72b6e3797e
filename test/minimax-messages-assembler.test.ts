import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { collectMiniMaxContent } from '../src/core/language-model/collect-minimax-content';
import { MiniMaxMessagesAssembler } from '../src/core/messages/minimax-messages-assembler';
import { messageToEvents, type MiniMaxMessagesEvent } from '../src/core/messages/minimax-messages-response-schema';
import { fixtureChunks } from './support/fixtures';
import { assembleAll } from './support/parts';

const events = (name: string) => fixtureChunks<MiniMaxMessagesEvent>(name);

const assemble = (list: MiniMaxMessagesEvent[]) =>
  assembleAll(new MiniMaxMessagesAssembler({ url: 'http://test/messages', requestBodyValues: {} }), list);

describe('MiniMaxMessagesAssembler', () => {
  it('replays messages-thinking-tool: thinking with its signature, text not duplicated, streamed tool input, cached usage', () => {
    const { parts, assembler } = assemble(events('messages-thinking-tool.events.txt'));
    const { content } = collectMiniMaxContent(parts);
    expect(content).toEqual([
      {
        type: 'reasoning',
        text: 'The user wants the weather in Tokyo. I will call get_weather.',
        providerMetadata: { minimax: { signature: 'cfa12f9d8e7b6a5c4d3e2f1a0b9c8d7e' } },
      },
      { type: 'text', text: 'Let me check.' },
      { type: 'tool-call', toolCallId: 'call_function_9x1_1', toolName: 'get_weather', input: '{"location": "Tokyo"}' },
    ]);
    expect(assembler.finish).toEqual({ unified: 'tool-calls', raw: 'tool_use' });
    expect(assembler.reportedUsage.inputTokens).toEqual({ total: 2358, noCache: 310, cacheRead: 2048, cacheWrite: 0 });
    expect(assembler.reportedUsage.outputTokens.total).toBe(87);
  });

  it('reads a non-streamed message through the same rules', () => {
    const message = {
      type: 'message',
      id: 'msg_1',
      model: 'MiniMax-M2.1',
      content: [
        { type: 'thinking', thinking: 'Plan.', signature: 'sig-1' },
        { type: 'text', text: 'Hello.' },
        { type: 'tool_use', id: 'toolu_1', name: 'lookup', input: { q: 'x' } },
      ],
      stop_reason: 'tool_use',
      usage: { input_tokens: 5, output_tokens: 7, cache_creation_input_tokens: 100, cache_read_input_tokens: 0 },
    } as MiniMaxMessagesEvent;
    const { parts, assembler } = assemble(messageToEvents(message));
    expect(collectMiniMaxContent(parts).content).toEqual([
      { type: 'reasoning', text: 'Plan.', providerMetadata: { minimax: { signature: 'sig-1' } } },
      { type: 'text', text: 'Hello.' },
      { type: 'tool-call', toolCallId: 'toolu_1', toolName: 'lookup', input: '{"q":"x"}' },
    ]);
    expect(assembler.reportedUsage.inputTokens).toEqual({ total: 105, noCache: 5, cacheRead: 0, cacheWrite: 100 });
  });

  it('turns an error event into an error part after the text already delivered', () => {
    const { parts, assembler } = assemble([
      { type: 'message_start', message: { id: 'm', model: 'MiniMax-M2.1' } },
      { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
      { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Partial' } },
      { type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } },
    ] as MiniMaxMessagesEvent[]);
    const errorAt = parts.findIndex((p) => p.type === 'error');
    expect(errorAt).toBeGreaterThan(parts.findIndex((p) => p.type === 'text-delta'));
    const error = (parts[errorAt] as { error: APICallError }).error;
    expect(error.message).toContain('Overloaded');
    expect(error.isRetryable).toBe(true);
    expect(assembler.finish.unified).toBe('error');
  });
});
