// ai@5, ai@6 and ai@7: generate, stream and a two-step tool loop against the emulator. ENTRY is replaced by the
// entry of the app's `ai` major. The consumer test copies this file into an ESM (.mts) and a CJS (.cts) module of a
// fresh app and compiles both with that app's own tsc.
import { generateText, stepCountIs, streamText, tool } from 'ai';
import { createMiniMax, getMiniMaxCost } from 'ENTRY';
import { z } from 'zod';

function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`consumer check failed: ${message}`);
}

export async function main(): Promise<void> {
  const minimax = createMiniMax({ apiKey: process.env.MINIMAX_API_KEY, baseURL: process.env.MINIMAX_BASE_URL });
  const model = minimax('MiniMax-M2.1');
  check(model.specificationVersion === 'SPEC', 'the entry gives the spec this ai major speaks');

  const generated = await generateText({ model, prompt: 'Say hello.' });
  check(generated.text === 'Hello from the consumer test.', `generateText text: ${JSON.stringify(generated.text)}`);
  check((getMiniMaxCost(generated.providerMetadata)?.total ?? 0) > 0, 'generateText reports a cost');

  const streamed = streamText({ model, prompt: 'Stream hello.' });
  let text = '';
  for await (const delta of streamed.textStream) text += delta;
  check(text === 'Streamed hello, in pieces.', `streamText text: ${JSON.stringify(text)}`);

  const looped = await generateText({
    model,
    prompt: 'What is the weather in Tokyo?',
    stopWhen: stepCountIs(2),
    tools: {
      getWeather: tool({
        description: 'The weather in a city',
        inputSchema: z.object({ city: z.string() }),
        execute: async ({ city }) => ({ city, forecast: 'sunny, 21 °C' }),
      }),
    },
  });
  check(looped.steps.length === 2, `tool loop steps: ${looped.steps.length}`);
  check(looped.steps[0].toolResults.length === 1, 'the tool ran once');
  check(looped.text === 'It is sunny in Tokyo, 21 °C.', `tool loop text: ${JSON.stringify(looped.text)}`);
}
