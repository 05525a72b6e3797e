/**
 * The Anthropic-compatible messages wire end to end, written like the AI SDK's
 * own provider tests: a fixture (MiniMax's answer) is replayed through
 * `doGenerate` / `doStream` and the whole result is compared with its
 * snapshot, so an unexpected extra or missing part fails. Request bodies are
 * inline snapshots.
 */
import type { LanguageModelV4CallOptions, LanguageModelV4Prompt } from '@ai-sdk/provider';
import type { LanguageModelV1CallOptions } from '@ai-sdk/provider-v1';
import { describe, expect, it } from 'vitest';
import { createMiniMax as createMiniMaxV1 } from '../src/v1/index';
import { fakeFetch, fakeModel } from './support/fake-fetch';
import { fixtureJson, fixtureSseBody } from './support/fixtures';
import { readAll } from './support/read-stream';

const PROMPT: LanguageModelV4Prompt = [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }];
const CACHE = { minimax: { cacheControl: { type: 'ephemeral' } } };

/** A second step of a tool loop with a cached system prompt and tool list. */
const TOOL_LOOP: LanguageModelV4CallOptions = {
  prompt: [
    { role: 'system', content: 'You are a weather assistant.', providerOptions: CACHE },
    { role: 'user', content: [{ type: 'text', text: 'Weather in Tokyo?' }] },
    {
      role: 'assistant',
      content: [
        { type: 'reasoning', text: 'Call get_weather.', providerOptions: { minimax: { signature: 'sig-1' } } },
        { type: 'text', text: 'Let me check.' },
        { type: 'tool-call', toolCallId: 'toolu_1', toolName: 'get_weather', input: { location: 'Tokyo' } },
      ],
    },
    { role: 'tool', content: [{ type: 'tool-result', toolCallId: 'toolu_1', toolName: 'get_weather', output: { type: 'json', value: { forecast: 'sunny' } } }] },
  ],
  tools: [{ type: 'function', name: 'get_weather', inputSchema: { type: 'object', properties: { location: { type: 'string' } } }, providerOptions: CACHE }],
  toolChoice: { type: 'required' },
  temperature: 0.7,
};

describe('messages: doGenerate replays a JSON answer', () => {
  it.each(['messages-thinking-tool.json', 'messages-redacted-thinking.json'])('%s', async (name) => {
    const result = await fakeModel('messages', fakeFetch({ body: fixtureJson(name) })).doGenerate({ prompt: PROMPT });
    expect(result).toMatchSnapshot();
  });
});

describe('messages: doStream replays a stream', () => {
  it.each(['messages-thinking-text.events.txt', 'messages-thinking-tool.events.txt', 'messages-overloaded-error.events.txt'])(
    '%s',
    async (name) => {
      const { stream, ...result } = await fakeModel('messages', fakeFetch({ chunks: [fixtureSseBody(name)] })).doStream({ prompt: PROMPT });
      expect({ parts: await readAll(stream), ...result }).toMatchSnapshot();
    },
  );

  it('messages-thinking-tool.json answering a stream request: the same parts as a stream', async () => {
    const model = fakeModel('messages', fakeFetch({ body: fixtureJson('messages-thinking-tool.json') }));
    const { stream } = await model.doStream({ prompt: PROMPT });
    expect(await readAll(stream)).toMatchSnapshot();
  });
});

describe('messages: through LanguageModelV1 (ai@4)', () => {
  const v1Options: LanguageModelV1CallOptions = {
    inputFormat: 'prompt',
    mode: { type: 'regular' },
    prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }],
  };
  const model = (fetch: ReturnType<typeof fakeFetch>) =>
    createMiniMaxV1({ apiKey: 'sk-fake-fetch-key', baseURL: 'http://127.0.0.1:9/v1', fetch }).messages('MiniMax-M2.1');

  it('doStream messages-thinking-tool.events.txt: the signature as a reasoning-signature part', async () => {
    const { stream, ...result } = await model(fakeFetch({ chunks: [fixtureSseBody('messages-thinking-tool.events.txt')] })).doStream(v1Options);
    expect({ parts: await readAll(stream), ...result }).toMatchSnapshot();
  });

  it('doGenerate messages-redacted-thinking.json: redacted reasoning', async () => {
    expect(await model(fakeFetch({ body: fixtureJson('messages-redacted-thinking.json') })).doGenerate(v1Options)).toMatchSnapshot();
  });
});

describe('messages: request bodies', () => {
  it('a tool loop: cached system and tools, thinking sent back signed, the tool result in the next user turn', async () => {
    const fetch = fakeFetch({ body: fixtureJson('messages-thinking-tool.json') });
    const { warnings } = await fakeModel('messages', fetch).doGenerate(TOOL_LOOP);
    expect(fetch.requests[0].url).toBe('http://127.0.0.1:9/anthropic/v1/messages');
    expect(fetch.requests[0].headers['anthropic-version']).toBe('2023-06-01');
    expect(fetch.requests[0].body).toMatchInlineSnapshot(`
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
                "signature": "sig-1",
                "thinking": "Call get_weather.",
                "type": "thinking",
              },
              {
                "text": "Let me check.",
                "type": "text",
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
                "content": "{"forecast":"sunny"}",
                "tool_use_id": "toolu_1",
                "type": "tool_result",
              },
            ],
            "role": "user",
          },
        ],
        "model": "MiniMax-M2.1",
        "system": [
          {
            "cache_control": {
              "type": "ephemeral",
            },
            "text": "You are a weather assistant.",
            "type": "text",
          },
        ],
        "temperature": 0.7,
        "tool_choice": {
          "type": "any",
        },
        "tools": [
          {
            "cache_control": {
              "type": "ephemeral",
            },
            "input_schema": {
              "properties": {
                "location": {
                  "type": "string",
                },
              },
              "type": "object",
            },
            "name": "get_weather",
          },
        ],
      }
    `);
    expect(warnings).toMatchInlineSnapshot(`[]`);
  });

  it('a stream request with chat-only options: they are not sent, with warnings', async () => {
    const fetch = fakeFetch({ chunks: [fixtureSseBody('messages-thinking-text.events.txt')] });
    const { stream } = await fakeModel('messages', fetch).doStream({
      prompt: PROMPT,
      maxOutputTokens: 500,
      providerOptions: { minimax: { reasoningSplit: false, serviceTier: 'priority', thinking: { type: 'enabled' }, user: 'user-7' } },
    });
    const parts = await readAll(stream);
    expect(fetch.requests[0].body).toMatchInlineSnapshot(`
      {
        "max_tokens": 500,
        "messages": [
          {
            "content": [
              {
                "text": "hi",
                "type": "text",
              },
            ],
            "role": "user",
          },
        ],
        "metadata": {
          "user_id": "user-7",
        },
        "model": "MiniMax-M2.1",
        "stream": true,
        "thinking": {
          "budget_tokens": 1024,
          "type": "enabled",
        },
      }
    `);
    expect(parts[0]).toMatchInlineSnapshot(`
      {
        "type": "stream-start",
        "warnings": [
          {
            "message": "reasoningSplit applies to the chat endpoint only; messages always return thinking blocks.",
            "type": "other",
          },
          {
            "message": "serviceTier applies to the chat endpoint only; it was not sent.",
            "type": "other",
          },
        ],
      }
    `);
  });
});
