import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { convertToMiniMaxChatMessages } from '../src/core/chat/convert-to-minimax-chat-messages';
import type { MiniMaxPrompt, ProviderOptions } from '../src/core/shared/minimax-neutral-types';

const SPLIT = { imageInput: false, reasoningSplit: true };
const DETAIL = { type: 'reasoning.text', id: 'reasoning-text-1', format: 'MiniMax-response-v1', index: 0, text: 'Need weather.' };

const toolLoop = (reasoningOptions?: ProviderOptions, callOptions?: ProviderOptions): MiniMaxPrompt => [
  { role: 'user', content: [{ type: 'text', text: 'Weather in Tokyo and Paris?' }] },
  {
    role: 'assistant',
    content: [
      { type: 'reasoning', text: 'Need weather.', providerOptions: reasoningOptions },
      { type: 'tool-call', toolCallId: 'call_1', toolName: 'get_weather', input: { location: 'Tokyo' }, providerOptions: callOptions },
      { type: 'tool-call', toolCallId: 'call_2', toolName: 'get_weather', input: { location: 'Paris' } },
    ],
  },
  {
    role: 'tool',
    content: [
      // Results in the wrong order: MiniMax rejects that (2013), so they are reordered.
      { type: 'tool-result', toolCallId: 'call_2', toolName: 'get_weather', output: { type: 'json', value: { temp: 18 } } },
      { type: 'tool-result', toolCallId: 'call_1', toolName: 'get_weather', output: { type: 'text', value: 'sunny, 24°C' } },
    ],
  },
];

describe('convertToMiniMaxChatMessages', () => {
  it('merges every system message into one, first', () => {
    const messages = convertToMiniMaxChatMessages(
      [
        { role: 'system', content: 'You are terse.' },
        { role: 'user', content: [{ type: 'text', text: 'Hi' }] },
        { role: 'system', content: 'Answer in French.' },
      ],
      SPLIT,
    );
    expect(messages).toEqual([
      { role: 'system', content: 'You are terse.\n\nAnswer in French.' },
      { role: 'user', content: 'Hi' },
    ]);
  });

  it('sends a tool loop back with reasoning_details, arguments as JSON strings, results in call order', () => {
    expect(convertToMiniMaxChatMessages(toolLoop({ minimax: { reasoningDetails: [DETAIL] } }), SPLIT)).toMatchInlineSnapshot(`
      [
        {
          "content": "Weather in Tokyo and Paris?",
          "role": "user",
        },
        {
          "content": "",
          "reasoning_details": [
            {
              "format": "MiniMax-response-v1",
              "id": "reasoning-text-1",
              "index": 0,
              "text": "Need weather.",
              "type": "reasoning.text",
            },
          ],
          "role": "assistant",
          "tool_calls": [
            {
              "function": {
                "arguments": "{"location":"Tokyo"}",
                "name": "get_weather",
              },
              "id": "call_1",
              "type": "function",
            },
            {
              "function": {
                "arguments": "{"location":"Paris"}",
                "name": "get_weather",
              },
              "id": "call_2",
              "type": "function",
            },
          ],
        },
        {
          "content": "sunny, 24°C",
          "role": "tool",
          "tool_call_id": "call_1",
        },
        {
          "content": "{"temp":18}",
          "role": "tool",
          "tool_call_id": "call_2",
        },
      ]
    `);
  });

  it('uses the exact details carried on the tool call when the reasoning part has none', () => {
    const exact = { ...DETAIL, text: 'exact text from MiniMax', signature_extra: 'kept' };
    const [, assistant] = convertToMiniMaxChatMessages(toolLoop(undefined, { minimax: { reasoningDetails: [exact] } }), SPLIT);
    expect(assistant).toMatchObject({ reasoning_details: [exact] });
  });

  it('rebuilds reasoning_details from the reasoning text when no metadata came back (ai@4)', () => {
    const [, assistant] = convertToMiniMaxChatMessages(toolLoop(), SPLIT);
    expect(assistant).toMatchObject({ reasoning_details: [DETAIL] });
  });

  it('sends reasoning back inline as <think> when reasoning_split is off', () => {
    const [, assistant] = convertToMiniMaxChatMessages(toolLoop(), { imageInput: false, reasoningSplit: false });
    expect(assistant).toMatchObject({ content: '<think>\nNeed weather.\n</think>\n\n' });
    expect(assistant).not.toHaveProperty('reasoning_details');
  });

  it('never sends content: null, even for an assistant turn with only tool calls', () => {
    const messages = convertToMiniMaxChatMessages(toolLoop(), SPLIT);
    for (const m of messages) expect(m.content).not.toBeNull();
  });

  it.each([
    [{ type: 'error-text', value: 'boom' }, 'boom'],
    [{ type: 'error-json', value: { error: 'x' } }, '{"error":"x"}'],
    [{ type: 'execution-denied', reason: 'user said no' }, 'Tool execution denied: user said no'],
    [{ type: 'content', value: [{ type: 'text', text: 'a' }, { type: 'text', text: 'b' }] }, 'a\nb'],
  ] as const)('turns tool output %j into text', (output, expected) => {
    const messages = convertToMiniMaxChatMessages(
      [{ role: 'tool', content: [{ type: 'tool-result', toolCallId: 'c', toolName: 't', output: output as never }] }],
      SPLIT,
    );
    expect(messages).toEqual([{ role: 'tool', tool_call_id: 'c', content: expected }]);
  });

  it('rejects image input on M2.x with UnsupportedFunctionalityError', () => {
    const prompt: MiniMaxPrompt = [
      { role: 'user', content: [{ type: 'text', text: 'What is this?' }, { type: 'file', data: 'AAAA', mediaType: 'image/png' }] },
    ];
    expect(() => convertToMiniMaxChatMessages(prompt, SPLIT)).toThrow(UnsupportedFunctionalityError);
  });

  it('sends images as image_url parts on models that accept them (M3)', () => {
    const prompt: MiniMaxPrompt = [
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Compare' },
          { type: 'file', data: new Uint8Array([1, 2, 3]), mediaType: 'image/png' },
          { type: 'file', data: new URL('https://example.com/cat.jpg'), mediaType: 'image/jpeg' },
        ],
      },
    ];
    expect(convertToMiniMaxChatMessages(prompt, { imageInput: true, reasoningSplit: true })).toEqual([
      {
        role: 'user',
        content: [
          { type: 'text', text: 'Compare' },
          { type: 'image_url', image_url: { url: 'data:image/png;base64,AQID' } },
          { type: 'image_url', image_url: { url: 'https://example.com/cat.jpg' } },
        ],
      },
    ]);
  });

  it('rejects non-image files with UnsupportedFunctionalityError, even on M3', () => {
    const prompt: MiniMaxPrompt = [{ role: 'user', content: [{ type: 'file', data: 'AAAA', mediaType: 'application/pdf' }] }];
    expect(() => convertToMiniMaxChatMessages(prompt, { imageInput: true, reasoningSplit: true })).toThrow(/application\/pdf/);
  });
});
