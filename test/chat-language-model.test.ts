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
import { readAll } from './support/parts';
import { IMAGES_IN_EVERY_FORM } from './support/prompts';

const PROMPT: LanguageModelV4Prompt = [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }];

/**
 * A second turn on M3 with images in every form (URL, base64, a base64 data: URL, bytes), the first turn's
 * reasoning sent back inline (reasoning_split off), and a strict tool the model must call.
 */
const IMAGE_TURN: LanguageModelV4CallOptions = {
  prompt: [
    { role: 'system', content: 'You describe images.' },
    {
      role: 'user',
      content: IMAGES_IN_EVERY_FORM,
    },
    { role: 'assistant', content: [{ type: 'reasoning', text: 'Four images.' }, { type: 'text', text: 'A cat, and three more.' }] },
    { role: 'user', content: [{ type: 'text', text: 'Tag them.' }] },
  ],
  tools: [{ type: 'function', name: 'tag', inputSchema: { type: 'object' }, strict: true }],
  toolChoice: { type: 'tool', toolName: 'tag' },
  temperature: 3,
  providerOptions: { minimax: { reasoningSplit: false } },
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
  it('M3 with images in every form, reasoning sent back inline, a forced strict tool, temperature clamped', async () => {
    const fetch = fakeFetch({ body: fixtureJson('chat-reasoning-split.json') });
    const { warnings } = await fakeModel('chat', fetch, {}, 'MiniMax-M3').doGenerate(IMAGE_TURN);
    expect(fetch.requests[0].url).toBe('http://127.0.0.1:9/v1/chat/completions');
    expect(fetch.requests[0].body).toMatchInlineSnapshot(`
      {
        "messages": [
          {
            "content": "You describe images.",
            "role": "system",
          },
          {
            "content": [
              {
                "text": "What is on these?",
                "type": "text",
              },
              {
                "image_url": {
                  "url": "https://example.com/cat.png",
                },
                "type": "image_url",
              },
              {
                "image_url": {
                  "url": "data:image/jpeg;base64,iVBORw0KGgo=",
                },
                "type": "image_url",
              },
              {
                "image_url": {
                  "url": "data:image/webp;base64,UklGRg==",
                },
                "type": "image_url",
              },
              {
                "image_url": {
                  "url": "data:image/gif;base64,R0lG",
                },
                "type": "image_url",
              },
            ],
            "role": "user",
          },
          {
            "content": "<think>
      Four images.
      </think>

      A cat, and three more.",
            "role": "assistant",
          },
          {
            "content": "Tag them.",
            "role": "user",
          },
        ],
        "model": "MiniMax-M3",
        "reasoning_split": false,
        "temperature": 2,
        "tool_choice": {
          "function": {
            "name": "tag",
          },
          "type": "function",
        },
        "tools": [
          {
            "function": {
              "name": "tag",
              "parameters": {
                "type": "object",
              },
              "strict": true,
            },
            "type": "function",
          },
        ],
      }
    `);
    expect(warnings).toMatchInlineSnapshot(`
      [
        {
          "details": "MiniMax-M3 accepts temperature in [0, 2]; 3 was sent as 2.",
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
