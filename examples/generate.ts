// generateText with reasoning: MiniMax's thinking arrives as `reasoningText`.
import { generateText } from 'ai';
import { getMiniMaxCost } from 'minimax-ai-provider';
import { formatUsd, runStandalone, type ExampleContext } from './setup';

export async function generateExample({ minimax }: ExampleContext) {
  const { text, reasoningText, usage, providerMetadata } = await generateText({
    model: minimax('MiniMax-M2.1'),
    prompt: 'Solve: 2+2=?',
  });
  console.log('## generateText');
  console.log(`Reasoning: ${reasoningText}`);
  console.log(`Answer:    ${text}`);
  console.log(`Usage:     ${usage.inputTokens} in / ${usage.outputTokens} out (${usage.outputTokenDetails.reasoningTokens ?? 0} reasoning)`);
  console.log(`Cost:      ${formatUsd(getMiniMaxCost(providerMetadata)?.total)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runStandalone(generateExample);
