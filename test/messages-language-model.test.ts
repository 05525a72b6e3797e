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
import { readAll } from './support/parts';
import { IMAGES_IN_EVERY_FORM } from './support/prompts';

const PROMPT: LanguageModelV4Prompt = [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }];
const CACHE = { minimax: { cacheControl: { type: 'ephemeral' } } };

/**
 * A second turn on M3: images in every form (URL, base64, a base64 data: URL, bytes), a redacted thinking block
 * sent back as it came, a cache breakpoint on the user message (its last block), and a forced tool. (A data: URL
 * is sent as the base64 data it carries, by the image rule both wires share; before that rule the messages wire
 * sent the whole URL as base64 data.)
 */
const IMAGE_TURN: LanguageModelV4CallOptions = {
  prompt: [
    {
      role: 'user',
      content: IMAGES_IN_EVERY_FORM,
      providerOptions: CACHE,
    },
    {
      role: 'assistant',
      content: [
        { type: 'reasoning', text: '', providerOptions: { minimax: { redactedData: 'EuYBCkQYAiJAx5n3mZ' } } },
        { type: 'text', text: 'A cat, and three more.' },
      ],
    },
    { role: 'user', content: [{ type: 'text', text: 'Tag them.' }] },
  ],
  tools: [{ type: 'function', name: 'tag', inputSchema: { type: 'object' } }],
  toolChoice: { type: 'tool', toolName: 'tag' },
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
  it('M3 with images in every form, a redacted thinking block sent back, a cached user turn, a forced tool', async () => {
    const fetch = fakeFetch({ body: fixtureJson('messages-thinking-tool.json') });
    const { warnings } = await fakeModel('messages', fetch, {}, 'MiniMax-M3').doGenerate(IMAGE_TURN);
    expect(fetch.requests[0].url).toBe('http://127.0.0.1:9/anthropic/v1/messages');
    expect(fetch.requests[0].headers['anthropic-version']).toBe('2023-06-01');
    expect(fetch.requests[0].body).toMatchInlineSnapshot(`
      {
        "max_tokens": 131072,
        "messages": [
          {
            "content": [
              {
                "text": "What is on these?",
                "type": "text",
              },
              {
                "source": {
                  "type": "url",
                  "url": "https://example.com/cat.png",
                },
                "type": "image",
              },
              {
                "source": {
                  "data": "iVBORw0KGgo=",
                  "media_type": "image/jpeg",
                  "type": "base64",
                },
                "type": "image",
              },
              {
                "source": {
                  "data": "UklGRg==",
                  "media_type": "image/webp",
                  "type": "base64",
                },
                "type": "image",
              },
              {
                "cache_control": {
                  "type": "ephemeral",
                },
                "source": {
                  "data": "R0lG",
                  "media_type": "image/gif",
                  "type": "base64",
                },
                "type": "image",
              },
            ],
            "role": "user",
          },
          {
            "content": [
              {
                "data": "EuYBCkQYAiJAx5n3mZ",
                "type": "redacted_thinking",
              },
              {
                "text": "A cat, and three more.",
                "type": "text",
              },
            ],
            "role": "assistant",
          },
          {
            "content": [
              {
                "text": "Tag them.",
                "type": "text",
              },
            ],
            "role": "user",
          },
        ],
        "model": "MiniMax-M3",
        "tool_choice": {
          "name": "tag",
          "type": "tool",
        },
        "tools": [
          {
            "input_schema": {
              "type": "object",
            },
            "name": "tag",
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
