// ai@4 (LanguageModelV1, `minimax-ai-provider/v1`): generate, stream and a two-step tool loop against the emulator.
// The consumer test copies this file into an ESM (.mts) and a CJS (.cts) module of a fresh app and compiles both
// with that app's own tsc.
import { generateText, streamText, tool } from 'ai';
import { createMiniMax, getMiniMaxCost } from 'minimax-ai-provider/v1';
import { z } from 'zod';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`consumer check failed: ${message}`);
}

export async function main(): Promise<void> {
  const minimax = createMiniMax({ apiKey: process.env.MINIMAX_API_KEY, baseURL: process.env.MINIMAX_BASE_URL });
  const model = minimax('MiniMax-M2.1');
  check(model.specificationVersion === 'v1', 'the v1 entry gives a LanguageModelV1');

  const generated = await generateText({ model, prompt: 'Say hello.', temperature: 1 });
  check(generated.text === 'Hello from the consumer test.', `generateText text: ${JSON.stringify(generated.text)}`);
  check((getMiniMaxCost(generated.providerMetadata)?.total ?? 0) > 0, 'generateText reports a cost');

  const streamed = streamText({ model, prompt: 'Stream hello.', temperature: 1 });
  let text = '';
  for await (const delta of streamed.textStream) text += delta;
  check(text === 'Streamed hello, in pieces.', `streamText text: ${JSON.stringify(text)}`);

  const looped = await generateText({
    model,
    prompt: 'What is the weather in Tokyo?',
    temperature: 1,
    maxSteps: 2,
    tools: {
      getWeather: tool({
        description: 'The weather in a city',
        parameters: z.object({ city: z.string() }),
        execute: async ({ city }) => ({ city, forecast: 'sunny, 21 °C' }),
      }),
    },
  });
  check(looped.steps.length === 2, `tool loop steps: ${looped.steps.length}`);
  check(looped.steps[0].toolResults.length === 1, 'the tool ran once');
  check(looped.text === 'It is sunny in Tokyo, 21 °C.', `tool loop text: ${JSON.stringify(looped.text)}`);
}
