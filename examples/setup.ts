/**
 * Shared by the examples: a MiniMax provider pointed at the real API when
 * MINIMAX_API_KEY is set, and at the local emulator otherwise (offline).
 */
import { createMiniMax, type MiniMaxProvider } from 'minimax-ai-provider';
import { createMiniMaxEmulator } from 'minimax-ai-provider/testing';

export interface ExampleContext {
  minimax: MiniMaxProvider;
  offline: boolean;
  close(): Promise<void>;
}

export async function setup(): Promise<ExampleContext> {
  if (process.env.MINIMAX_API_KEY) {
    console.log('MINIMAX_API_KEY is set: calling MiniMax.\n');
    return { minimax: createMiniMax(), offline: false, close: async () => {} };
  }
  const emulator = await createMiniMaxEmulator({ chunkDelayMs: 15 });
  console.log(`MINIMAX_API_KEY is not set: running offline against the local MiniMax emulator at ${emulator.baseURL}.\n`);
  return {
    minimax: createMiniMax({ apiKey: 'emulator-key', baseURL: emulator.baseURL }),
    offline: true,
    close: () => emulator.close(),
  };
}

export function formatUsd(value: unknown): string {
  return typeof value === 'number' ? `$${value.toFixed(6)}` : 'n/a (model not in the price table)';
}

/** Runs an example file on its own (`tsx examples/generate.ts`). */
export async function runStandalone(example: (ctx: ExampleContext) => Promise<void>): Promise<void> {
  const ctx = await setup();
  try {
    await example(ctx);
  } finally {
    await ctx.close();
  }
}
