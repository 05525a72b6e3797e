import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { buildMiniMaxChatRequest } from '../src/core/chat/build-minimax-chat-request';
import type { MiniMaxCallOptions } from '../src/core/shared/minimax-neutral-types';

const prompt: MiniMaxCallOptions['prompt'] = [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }];
const build = (modelId: string, options: Partial<MiniMaxCallOptions>, stream = false) =>
  buildMiniMaxChatRequest({ wire: modelId, facts: modelId }, { prompt, ...options }, stream);

describe('buildMiniMaxChatRequest', () => {
  it('sends reasoning_split by default and stream_options.include_usage when streaming', () => {
    expect(build('MiniMax-M2.1', { maxOutputTokens: 512 }, true).body).toMatchInlineSnapshot(`
      {
        "max_completion_tokens": 512,
        "messages": [
          {
            "content": "Hi",
            "role": "user",
          },
        ],
        "model": "MiniMax-M2.1",
        "reasoning_split": true,
        "stream": true,
        "stream_options": {
          "include_usage": true,
        },
      }
    `);
  });

  it('lets providerOptions.minimax turn reasoning_split off and set service tier and user', () => {
    const { body } = build('MiniMax-M2.1', {
      providerOptions: { minimax: { reasoningSplit: false, serviceTier: 'priority', user: 'u-1' } },
    });
    expect(body).toMatchObject({ reasoning_split: false, service_tier: 'priority', user: 'u-1' });
  });

  it.each([
    ['MiniMax-M2.1', 0, 0.01],
    ['MiniMax-M2.1', 1.5, 1],
    ['MiniMax-M2.1', -1, 0.01],
    ['MiniMax-M3', 0, 0],
    ['MiniMax-M3', 1.5, 1.5],
    ['MiniMax-M3', 3, 2],
    ['MiniMax-M9-unknown', 0, 0.01],
  ])('keeps temperature inside %s range: %s → %s', (model, given, sent) => {
    const { body, warnings } = build(model, { temperature: given });
    expect(body.temperature).toBe(sent);
    expect(warnings.some((w) => w.type === 'unsupported-setting' && w.setting === 'temperature')).toBe(given !== sent);
  });

  it('warns about, and does not send, settings MiniMax ignores', () => {
    const { body, warnings } = build('MiniMax-M2.1', {
      topK: 5,
      presencePenalty: 0.5,
      frequencyPenalty: 0.5,
      seed: 42,
      stopSequences: ['END'],
    });
    expect(body).not.toHaveProperty('stop');
    expect(Object.keys(body).sort()).toEqual(['messages', 'model', 'reasoning_split']);
    expect(warnings.map((w) => (w.type === 'unsupported-setting' ? w.setting : w.type)).sort()).toEqual([
      'frequencyPenalty',
      'presencePenalty',
      'seed',
      'stopSequences',
      'topK',
    ]);
  });

  it('sends stop sequences to M3, which honours them', () => {
    expect(build('MiniMax-M3', { stopSequences: ['END'] }).body.stop).toEqual(['END']);
  });

  it('clamps max tokens to the model limit with a warning', () => {
    const { body, warnings } = build('MiniMax-M2.1', { maxOutputTokens: 1_000_000 });
    expect(body.max_completion_tokens).toBe(204_800);
    expect(warnings).toContainEqual(expect.objectContaining({ setting: 'maxOutputTokens' }));
  });

  it('sends response_format with the schema to M3', () => {
    const schema = { type: 'object', properties: { a: { type: 'number' } } } as const;
    const { body, warnings } = build('MiniMax-M3', { responseFormat: { type: 'json', schema, name: 'answer' } });
    expect(body.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'answer', schema } });
    expect(warnings).toEqual([]);
  });

  it('puts the JSON schema into the system prompt for M2.x, with a warning', () => {
    const schema = { type: 'object', properties: { a: { type: 'number' } } } as const;
    const { body, warnings } = build('MiniMax-M2.1', {
      prompt: [{ role: 'system', content: 'Be exact.' }, ...prompt],
      responseFormat: { type: 'json', schema },
    });
    expect(body).not.toHaveProperty('response_format');
    expect(body.messages[0]).toEqual({
      role: 'system',
      content: `Be exact.\n\nAnswer with a single JSON value that conforms to this JSON schema, and nothing else:\n${JSON.stringify(schema)}`,
    });
    expect(warnings).toContainEqual(expect.objectContaining({ setting: 'responseFormat' }));
  });

  it('maps tools and tool choice; strict is never sent as null', () => {
    const { body, warnings } = build('MiniMax-M2.1', {
      tools: [
        { type: 'function', name: 'get_weather', description: 'Weather', inputSchema: { type: 'object' } },
        { type: 'provider', id: 'openai.web_search', name: 'web_search' },
      ],
      toolChoice: { type: 'tool', toolName: 'get_weather' },
    });
    expect(body.tools).toEqual([
      { type: 'function', function: { name: 'get_weather', description: 'Weather', parameters: { type: 'object' } } },
    ]);
    expect(body.tool_choice).toEqual({ type: 'function', function: { name: 'get_weather' } });
    expect(warnings.map((w) => w.type)).toEqual(['unsupported-tool', 'unsupported-setting']);
  });

  it('maps ai@7 reasoning "none" to thinking disabled on M3, and warns on M2.x which always thinks', () => {
    expect(build('MiniMax-M3', { reasoning: 'none' }).body.thinking).toEqual({ type: 'disabled' });
    const m2 = build('MiniMax-M2.1', { reasoning: 'none' });
    expect(m2.body).not.toHaveProperty('thinking');
    expect(m2.warnings).toContainEqual(expect.objectContaining({ setting: 'reasoning' }));
  });

  it('rejects invalid provider options with an InvalidArgumentError naming the field', () => {
    expect(() => build('MiniMax-M2.1', { providerOptions: { minimax: { reasoningSplit: 'yes' } } })).toThrow(InvalidArgumentError);
    expect(() => build('MiniMax-M2.1', { providerOptions: { minimax: { reasoningSpilt: true } } })).toThrow(/reasoningSpilt|Unrecognized/);
  });
});
