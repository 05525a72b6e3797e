import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { buildMiniMaxMessagesRequest } from '../src/core/messages/build-minimax-messages-request';
import { collectMiniMaxContent } from '../src/core/language-model/collect-minimax-content';
import { MiniMaxMessagesAssembler } from '../src/core/messages/minimax-messages-assembler';
import { messageToEvents, type MiniMaxMessagesEvent } from '../src/core/messages/minimax-messages-response-schema';
import type { MiniMaxCallOptions, MiniMaxStreamPart } from '../src/core/shared/minimax-neutral-types';
import { fixtureChunks } from './support/fixtures';

const events = (name: string) => fixtureChunks<MiniMaxMessagesEvent>(name);

function assemble(list: MiniMaxMessagesEvent[]) {
  const assembler = new MiniMaxMessagesAssembler({ url: 'http://test/messages', requestBodyValues: {} });
  const parts: MiniMaxStreamPart[] = [];
  for (const e of list) assembler.push(e, parts);
  assembler.end(parts);
  return { parts, assembler };
}

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

const prompt = (extra: Partial<MiniMaxCallOptions> = {}): MiniMaxCallOptions => ({
  prompt: [
    { role: 'system', content: 'Long system prompt.', providerOptions: { minimax: { cacheControl: { type: 'ephemeral' } } } },
    { role: 'user', content: [{ type: 'text', text: 'Weather in Tokyo?' }] },
    {
      role: 'assistant',
      content: [
        { type: 'reasoning', text: 'Call the tool.', providerOptions: { minimax: { signature: 'sig-abc' } } },
        { type: 'tool-call', toolCallId: 'toolu_1', toolName: 'get_weather', input: { location: 'Tokyo' } },
      ],
    },
    { role: 'tool', content: [{ type: 'tool-result', toolCallId: 'toolu_1', toolName: 'get_weather', output: { type: 'json', value: { temp: 24 } } }] },
    { role: 'user', content: [{ type: 'text', text: 'And tomorrow?' }] },
  ],
  ...extra,
});

describe('buildMiniMaxMessagesRequest', () => {
  it('builds system, merged turns, thinking with its signature, tool_use and tool_result, and max_tokens from the table', () => {
    const { body } = buildMiniMaxMessagesRequest(
      'MiniMax-M2.1',
      prompt({ tools: [{ type: 'function', name: 'get_weather', inputSchema: { type: 'object' }, providerOptions: { minimax: { cacheControl: { type: 'ephemeral' } } } }] }),
      true,
    );
    expect(body).toMatchInlineSnapshot(`
      {
        "max_tokens": 65536,
        "messages": [
          {
            "content": [
              {
                "text": "Weather in Tokyo?",
                "type": "text",
              },
            ],
            "role": "user",
          },
          {
            "content": [
              {
                "signature": "sig-abc",
                "thinking": "Call the tool.",
                "type": "thinking",
              },
              {
                "id": "toolu_1",
                "input": {
                  "location": "Tokyo",
                },
                "name": "get_weather",
                "type": "tool_use",
              },
            ],
            "role": "assistant",
          },
          {
            "content": [
              {
                "content": "{"temp":24}",
                "tool_use_id": "toolu_1",
                "type": "tool_result",
              },
              {
                "text": "And tomorrow?",
                "type": "text",
              },
            ],
            "role": "user",
          },
        ],
        "model": "MiniMax-M2.1",
        "stream": true,
        "system": [
          {
            "cache_control": {
              "type": "ephemeral",
            },
            "text": "Long system prompt.",
            "type": "text",
          },
        ],
        "tools": [
          {
            "cache_control": {
              "type": "ephemeral",
            },
            "input_schema": {
              "type": "object",
            },
            "name": "get_weather",
          },
        ],
      }
    `);
  });

  it('sends only the first 4 cache breakpoints, with a warning', () => {
    const cached = { minimax: { cacheControl: { type: 'ephemeral' } } };
    const { body, warnings } = buildMiniMaxMessagesRequest(
      'MiniMax-M2.1',
      {
        prompt: [
          { role: 'system', content: 'S', providerOptions: cached },
          ...[1, 2, 3, 4].map((n) => ({ role: 'user' as const, content: [{ type: 'text' as const, text: `u${n}`, providerOptions: cached }] })),
        ],
      },
      false,
    );
    expect(JSON.stringify(body).match(/cache_control/g)).toHaveLength(4);
    expect((body.messages[0].content[3] as { cache_control?: unknown }).cache_control).toBeUndefined();
    expect(warnings).toContainEqual(expect.objectContaining({ type: 'other', message: expect.stringContaining('at most 4 cache breakpoints') }));
  });

  it('sends thinking with a budget when asked (the seed\'s M2.1 example) and maps tool choice', () => {
    const { body } = buildMiniMaxMessagesRequest(
      'MiniMax-M2.1',
      {
        ...prompt(),
        providerOptions: { minimax: { thinking: { type: 'enabled', budgetTokens: 1000 } } },
        tools: [{ type: 'function', name: 'get_weather', inputSchema: { type: 'object' } }],
        toolChoice: { type: 'required' },
        maxOutputTokens: 1000,
      },
      false,
    );
    expect(body).toMatchObject({ thinking: { type: 'enabled', budget_tokens: 1000 }, tool_choice: { type: 'any' }, max_tokens: 1000 });
  });
});
