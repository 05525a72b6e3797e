// streamText: reasoning and text are streamed as separate parts.
import { streamText } from 'ai';
import { getMiniMaxCost } from 'minimax-ai-provider';
import { formatUsd, runStandalone, type ExampleContext } from './setup';

export async function streamExample({ minimax }: ExampleContext) {
  const result = streamText({
    model: minimax('MiniMax-M2.1'),
    system: 'You are a concise storyteller.',
    prompt: 'Tell me a three-sentence story about a lighthouse.',
  });
  console.log('## streamText');
  let phase: 'reasoning' | 'text' | undefined;
  for await (const part of result.fullStream) {
    if (part.type === 'reasoning-delta') {
      if (phase !== 'reasoning') process.stdout.write('[thinking] ');
      phase = 'reasoning';
      process.stdout.write(part.text);
    } else if (part.type === 'text-delta') {
      if (phase !== 'text') process.stdout.write('\n[answer]   ');
      phase = 'text';
      process.stdout.write(part.text);
    }
  }
  const metadata = await result.providerMetadata;
  console.log(`\nCost: ${formatUsd(getMiniMaxCost(metadata)?.total)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runStandalone(streamExample);
