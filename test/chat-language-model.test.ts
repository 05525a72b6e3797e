/**
 * The chat-completions wire end to end, the way the AI SDK's own provider tests
 * are written: a fixture (MiniMax's answer) is replayed through the model's
 * `doGenerate` / `doStream`, and the whole result — every part, in order, with
 * usage, cost and metadata — is compared with its snapshot, so an unexpected
 * extra or missing part fails. Request bodies are inline snapshots.
 */
import type { LanguageModelV4CallOptions, LanguageModelV4Prompt } from '@ai-sdk/provider';
import type { LanguageModelV1CallOptions } from '@ai-sdk/provider-v1';
import { describe, expect, it } from 'vitest';
import { createMiniMax as createMiniMaxV1 } from '../src/v1/index';
import { fakeFetch, fakeModel } from './support/fake-fetch';
import { fixtureJson, fixtureSseBody } from './support/fixtures';
import { readAll } from './support/read-stream';

const PROMPT: LanguageModelV4Prompt = [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }];

/** A second step of a tool loop: the reasoning and tool call of the first, its result, and a tool to call again. */
const TOOL_LOOP: LanguageModelV4CallOptions = {
  prompt: [
    { role: 'system', content: 'You are a weather assistant.' },
    { role: 'user', content: [{ type: 'text', text: 'Weather in Tokyo?' }] },
    {
      role: 'assistant',
      content: [
        {
          type: 'reasoning',
          text: 'Call get_weather.',
          providerOptions: {
            minimax: {
              reasoningDetails: [{ type: 'reasoning.text', id: 'reasoning-text-1', format: 'MiniMax-response-v1', index: 0, text: 'Call get_weather.' }],
            },
          },
        },
        { type: 'tool-call', toolCallId: 'call_1', toolName: 'get_weather', input: { location: 'Tokyo' } },
      ],
    },
    { role: 'tool', content: [{ type: 'tool-result', toolCallId: 'call_1', toolName: 'get_weather', output: { type: 'json', value: { forecast: 'sunny' } } }] },
  ],
  tools: [{ type: 'function', name: 'get_weather', description: 'Weather of a city', inputSchema: { type: 'object', properties: { location: { type: 'string' } } } }],
  temperature: 0,
  maxOutputTokens: 1024,
};

describe('chat: doGenerate replays a JSON answer', () => {
  it.each(['chat-reasoning-split.json', 'chat-tool-call.json', 'chat-think-tags.json'])('%s', async (name) => {
    const result = await fakeModel('chat', fakeFetch({ body: fixtureJson(name) })).doGenerate({ prompt: PROMPT });
    expect(result).toMatchSnapshot();
  });

  it('chat-base-resp-error.json: an HTTP 200 carrying base_resp fails with MiniMax\'s reason', async () => {
    const call = fakeModel('chat', fakeFetch({ body: fixtureJson('chat-base-resp-error.json') })).doGenerate({ prompt: PROMPT });
    await expect(call).rejects.toMatchObject({ statusCode: 200, isRetryable: false });
    await expect(call).rejects.toThrowErrorMatchingInlineSnapshot(`[AI_APICallError: MiniMax API error: insufficient balance (1008)]`);
  });
});

describe('chat: doStream replays a stream', () => {
  it.each([
    'chat-reasoning-split.chunks.txt',
    'chat-think-tags.chunks.txt',
    'chat-parallel-tools.chunks.txt',
    'chat-base-resp-error.chunks.txt',
  ])('%s', async (name) => {
    const { stream, ...result } = await fakeModel('chat', fakeFetch({ chunks: [fixtureSseBody(name)] })).doStream({ prompt: PROMPT });
    expect({ parts: await readAll(stream), ...result }).toMatchSnapshot();
  });

  it('chat-reasoning-split.chunks.txt with includeRawChunks: a raw part before each chunk\'s parts', async () => {
    const model = fakeModel('chat', fakeFetch({ chunks: [fixtureSseBody('chat-reasoning-split.chunks.txt')] }));
    const parts = await readAll((await model.doStream({ prompt: PROMPT, includeRawChunks: true })).stream);
    expect(parts.map((p) => p.type)).toMatchSnapshot();
  });
});

describe('chat: through LanguageModelV1 (ai@4)', () => {
  const v1Options = (prompt: LanguageModelV1CallOptions['prompt']): LanguageModelV1CallOptions => ({
    inputFormat: 'prompt',
    mode: { type: 'regular' },
    prompt,
  });

  it.each(['chat-think-tags.chunks.txt', 'chat-parallel-tools.chunks.txt'])('doStream %s', async (name) => {
    const fetch = fakeFetch({ chunks: [fixtureSseBody(name)] });
    const model = createMiniMaxV1({ apiKey: 'sk-fake-fetch-key', baseURL: 'http://127.0.0.1:9/v1', fetch })('MiniMax-M2.1');
    const { stream, ...result } = await model.doStream(v1Options([{ role: 'user', content: [{ type: 'text', text: 'hi' }] }]));
    expect({ parts: await readAll(stream), ...result }).toMatchSnapshot();
  });

  it('doGenerate chat-tool-call.json', async () => {
    const fetch = fakeFetch({ body: fixtureJson('chat-tool-call.json') });
    const model = createMiniMaxV1({ apiKey: 'sk-fake-fetch-key', baseURL: 'http://127.0.0.1:9/v1', fetch })('MiniMax-M2.1');
    expect(await model.doGenerate(v1Options([{ role: 'user', content: [{ type: 'text', text: 'hi' }] }]))).toMatchSnapshot();
  });
});

describe('chat: request bodies', () => {
  it('a tool loop: one system message, reasoning_details sent back, the result after its call, temperature clamped', async () => {
    const fetch = fakeFetch({ body: fixtureJson('chat-reasoning-split.json') });
    const { warnings } = await fakeModel('chat', fetch).doGenerate(TOOL_LOOP);
    expect(fetch.requests[0].url).toBe('http://127.0.0.1:9/v1/chat/completions');
    expect(fetch.requests[0].body).toMatchInlineSnapshot(`
      {
        "max_completion_tokens": 1024,
        "messages": [
          {
            "content": "You are a weather assistant.",
            "role": "system",
          },
          {
            "content": "Weather in Tokyo?",
            "role": "user",
          },
          {
            "content": "",
            "reasoning_details": [
              {
                "format": "MiniMax-response-v1",
                "id": "reasoning-text-1",
                "index": 0,
                "text": "Call get_weather.",
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
            ],
          },
          {
            "content": "{"forecast":"sunny"}",
            "role": "tool",
            "tool_call_id": "call_1",
          },
        ],
        "model": "MiniMax-M2.1",
        "reasoning_split": true,
        "temperature": 0.01,
        "tools": [
          {
            "function": {
              "description": "Weather of a city",
              "name": "get_weather",
              "parameters": {
                "properties": {
                  "location": {
                    "type": "string",
                  },
                },
                "type": "object",
              },
            },
            "type": "function",
          },
        ],
      }
    `);
    expect(warnings).toMatchInlineSnapshot(`
      [
        {
          "details": "MiniMax-M2.1 accepts temperature in (0, 1]; 0 was sent as 0.01.",
          "feature": "temperature",
          "type": "unsupported",
        },
      ]
    `);
  });

  it('a stream request on M3: stream_options, thinking, response_format and stop', async () => {
    const fetch = fakeFetch({ chunks: [fixtureSseBody('chat-reasoning-split.chunks.txt')] });
    const model = fakeModel('chat', fetch, {}, 'MiniMax-M3');
    await readAll(
      (
        await model.doStream({
          prompt: PROMPT,
          responseFormat: { type: 'json', schema: { type: 'object', properties: { answer: { type: 'string' } } }, name: 'answer' },
          stopSequences: ['END'],
          providerOptions: { minimax: { thinking: { type: 'disabled' }, serviceTier: 'priority', user: 'user-7' } },
        })
      ).stream,
    );
    expect(fetch.requests[0].body).toMatchInlineSnapshot(`
      {
        "messages": [
          {
            "content": "hi",
            "role": "user",
          },
        ],
        "model": "MiniMax-M3",
        "reasoning_split": true,
        "response_format": {
          "json_schema": {
            "name": "answer",
            "schema": {
              "properties": {
                "answer": {
                  "type": "string",
                },
              },
              "type": "object",
            },
          },
          "type": "json_schema",
        },
        "service_tier": "priority",
        "stop": [
          "END",
        ],
        "stream": true,
        "stream_options": {
          "include_usage": true,
        },
        "thinking": {
          "type": "disabled",
        },
        "user": "user-7",
      }
    `);
  });
});
