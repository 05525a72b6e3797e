// Type resolution of every entry of the package, and a declaration emit of values typed by it (a library that
// exports a model must be able to name its type). Type-checked only; never run.
import * as main from 'minimax-ai-provider';
import * as v1 from 'minimax-ai-provider/v1';
import * as v2 from 'minimax-ai-provider/v2';
import * as v3 from 'minimax-ai-provider/v3';
import * as testing from 'minimax-ai-provider/testing';

export const models = {
  v4: main.createMiniMax({ apiKey: 'k' })('MiniMax-M2.1'),
  v4Messages: main.minimax.messages('MiniMax-M3'),
  v1: v1.createMiniMax({ apiKey: 'k' })('MiniMax-M2.1'),
  v2: v2.minimax.chat('MiniMax-M2.5'),
  v3: v3.minimax.languageModel('MiniMax-M2.7'),
};
export const specs: ['v4', 'v1', 'v2', 'v3'] = [
  models.v4.specificationVersion,
  models.v1.specificationVersion,
  models.v2.specificationVersion,
  models.v3.specificationVersion,
];
export const provider = main.createMiniMax({ region: 'cn' });
export const cost: number | undefined = main.calculateMiniMaxCost('MiniMax-M2.1', { inputTokens: 1, outputTokens: 1 })?.total;
export const startEmulator: typeof testing.createMiniMaxEmulator = testing.createMiniMaxEmulator;
