/** ToolLoopAgent (ai@6, ai@7) with MiniMax: a multi-step agent with reasoning sent back between steps. */
import * as ai6 from 'ai-v6';
import * as ai7 from 'ai';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as v3 from '../src/v3/index';
import * as v4 from '../src/index';
import { createMiniMaxEmulator, type MiniMaxEmulator } from '../src/testing';
import { WEATHER_SCHEMA, weatherReport } from './support/ai-drivers';

let emulator: MiniMaxEmulator;
beforeAll(async () => {
  emulator = await createMiniMaxEmulator();
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

const majors = [
  { name: 'ai@6', ai: ai6 as unknown as typeof ai7, entry: v3 as unknown as typeof v4 },
  { name: 'ai@7', ai: ai7, entry: v4 },
];

describe.each(majors)('ToolLoopAgent on $name', ({ ai, entry }) => {
  function weatherAgent() {
    const minimax = entry.createMiniMax({ apiKey: 'k', baseURL: emulator.baseURL });
    return new ai.ToolLoopAgent({
      model: minimax('MiniMax-M2.1'),
      instructions: 'You are a weather assistant.',
      tools: {
        get_weather: ai.tool({
          description: 'Get the current weather for a city',
          inputSchema: ai.jsonSchema<{ location: string }>(WEATHER_SCHEMA),
          execute: async ({ location }) => weatherReport(location),
        }),
      },
      stopWhen: ai.stepCountIs(4),
    });
  }

  it('generate: calls the tool, sends reasoning back, answers from the result', async () => {
    emulator.enqueue(
      { type: 'reply', reasoning: 'Call the weather tool.', toolCalls: [{ id: 'call_1', name: 'get_weather', arguments: { location: 'Lima' } }] },
      { type: 'reply', reasoning: 'Now answer.', text: 'Lima is sunny, 24°C.' },
    );
    const result = await weatherAgent().generate({ prompt: 'Weather in Lima?' });
    expect(result.text).toBe('Lima is sunny, 24°C.');
    expect(result.steps).toHaveLength(2);
    expect(result.steps[0].toolResults.map((r) => r.output)).toEqual([weatherReport('Lima')]);

    const second = emulator.requests[1].body;
    expect(second.messages[0]).toEqual({ role: 'system', content: 'You are a weather assistant.' });
    expect(second.messages[2]).toMatchObject({
      role: 'assistant',
      reasoning_details: [{ type: 'reasoning.text', text: 'Call the weather tool.' }],
      tool_calls: [{ id: 'call_1', function: { name: 'get_weather', arguments: '{"location":"Lima"}' } }],
    });
    expect(second.messages[3]).toEqual({ role: 'tool', tool_call_id: 'call_1', content: JSON.stringify(weatherReport('Lima')) });
  });

  it('stream: streams the final answer after the tool step', async () => {
    emulator.enqueue(
      { type: 'reply', toolCalls: [{ id: 'call_2', name: 'get_weather', arguments: { location: 'Oslo' } }] },
      { type: 'reply', text: 'Oslo: sunny and 24°C today.', chunkSize: 4 },
    );
    const result = await weatherAgent().stream({ prompt: 'Weather in Oslo?' });
    const deltas: string[] = [];
    for await (const part of result.fullStream) if (part.type === 'text-delta') deltas.push(part.text);
    expect(deltas.length).toBeGreaterThan(2);
    expect(deltas.join('')).toBe('Oslo: sunny and 24°C today.');
    expect((await result.steps).length).toBe(2);
  });
});
