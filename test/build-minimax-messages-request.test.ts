import { describe, expect, it } from 'vitest';
import { buildMiniMaxMessagesRequest } from '../src/core/messages/build-minimax-messages-request';
import type { MiniMaxCallOptions } from '../src/core/shared/minimax-neutral-types';

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

const M21 = { wire: 'MiniMax-M2.1', facts: 'MiniMax-M2.1' };

describe('buildMiniMaxMessagesRequest', () => {
  it('builds system, merged turns, thinking with its signature, tool_use and tool_result, and max_tokens from the table', () => {
    const { body } = buildMiniMaxMessagesRequest(
      M21,
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
      M21,
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
      M21,
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
