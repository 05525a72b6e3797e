// The bundled model table and the pricing function, usable on their own.
import { calculateMiniMaxCost, MINIMAX_MODELS } from 'minimax-ai-provider';

export async function costExample() {
  console.log('## Prices (USD per 1M tokens) and the cost of 100K in + 10K out (20K of the input cached)');
  for (const model of MINIMAX_MODELS) {
    const cost = calculateMiniMaxCost(model.id, { inputTokens: 100_000, outputTokens: 10_000, cacheReadTokens: 20_000 });
    const p = model.pricing;
    console.log(
      `${model.id.padEnd(24)} in ${p.input.toFixed(2)}  out ${p.output.toFixed(2)}  cache read ${p.cacheRead.toFixed(2)}  →  $${cost!.total.toFixed(6)}`,
    );
  }
  const big = calculateMiniMaxCost('MiniMax-M3', { inputTokens: 600_000, outputTokens: 10_000 })!;
  console.log(`MiniMax-M3 above 512K input tokens is billed at the upper tier: 600K in + 10K out = $${big.total.toFixed(4)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await costExample();
