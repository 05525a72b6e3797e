// ai@6 / ai@7 agents: ToolLoopAgent runs the tool loop; MiniMax's reasoning
// travels back between steps automatically.
import { jsonSchema, stepCountIs, tool, ToolLoopAgent } from 'ai';
import { getMiniMaxCost } from 'minimax-ai-provider';
import { formatUsd, runStandalone, type ExampleContext } from './setup';

export async function agentExample({ minimax }: ExampleContext) {
  const agent = new ToolLoopAgent({
    model: minimax('MiniMax-M2.1'),
    instructions: 'You are a weather assistant. Use the tool, then answer in one sentence.',
    tools: {
      get_weather: tool({
        description: 'Get the current weather for a city',
        inputSchema: jsonSchema<{ location: string }>({
          type: 'object',
          properties: { location: { type: 'string' } },
          required: ['location'],
        }),
        execute: async ({ location }) => ({ location, forecast: 'sunny', temperatureC: 24 }),
      }),
    },
    stopWhen: stepCountIs(5),
  });
  const result = await agent.generate({ prompt: 'Should I take an umbrella in Lima today?' });
  const cost = result.steps.reduce((sum, step) => sum + (getMiniMaxCost(step.providerMetadata)?.total ?? 0), 0);
  console.log('## ToolLoopAgent');
  console.log(`Steps: ${result.steps.length}, tools used: ${result.steps.flatMap((s) => s.toolCalls.map((c) => c.toolName)).join(', ')}`);
  console.log(`Answer: ${result.text}`);
  console.log(`Cost: ${formatUsd(cost)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runStandalone(agentExample);
