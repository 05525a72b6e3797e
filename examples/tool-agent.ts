// A multi-step tool-calling agent. MiniMax's reasoning from step 1 is sent
// back with the tool call in step 2 (interleaved thinking), automatically.
import { generateText, jsonSchema, stepCountIs, tool } from 'ai';
import { getMiniMaxCost } from 'minimax-ai-provider';
import { formatUsd, runStandalone, type ExampleContext } from './setup';

const getWeather = tool({
  description: 'Get the current weather for a city',
  inputSchema: jsonSchema<{ location: string }>({
    type: 'object',
    properties: { location: { type: 'string', description: 'City name' } },
    required: ['location'],
  }),
  execute: async ({ location }) => ({ location, forecast: 'sunny', temperatureC: 24 }),
});

export async function toolAgentExample({ minimax }: ExampleContext) {
  const result = await generateText({
    model: minimax('MiniMax-M2.1'),
    tools: { get_weather: getWeather },
    stopWhen: stepCountIs(5),
    prompt: 'What is the weather in Tokyo right now?',
  });
  console.log('## Tool-calling agent');
  result.steps.forEach((step, i) => {
    console.log(`Step ${i + 1}: finish=${step.finishReason}`);
    if (step.reasoningText) console.log(`  thinking: ${step.reasoningText}`);
    for (const call of step.toolCalls) console.log(`  tool call: ${call.toolName}(${JSON.stringify(call.input)})`);
    for (const res of step.toolResults) console.log(`  tool result: ${JSON.stringify(res.output)}`);
    if (step.text) console.log(`  text: ${step.text}`);
    console.log(`  cost: ${formatUsd(getMiniMaxCost(step.providerMetadata)?.total)}`);
  });
  const total = result.steps.reduce((sum, s) => sum + (getMiniMaxCost(s.providerMetadata)?.total ?? 0), 0);
  console.log(`Total: ${result.totalUsage.inputTokens} in / ${result.totalUsage.outputTokens} out, ${formatUsd(total)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runStandalone(toolAgentExample);
