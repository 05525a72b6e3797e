// Compiled against the built declarations with `ai` = ai@7: the main entry
// must type-check in an ai@7 project.
import { generateText, streamText, type LanguageModel } from 'ai';
import { createMiniMax, minimax, type MiniMaxCost, type MiniMaxProviderOptions } from 'minimax-ai-provider';

const model: LanguageModel = minimax('MiniMax-M2.1');
const custom: LanguageModel = createMiniMax({ apiKey: 'k', region: 'cn' }).languageModel('MiniMax-M3');
const options: MiniMaxProviderOptions = { reasoningSplit: false, thinking: { type: 'adaptive' } };

export async function run() {
  const { text, reasoningText, providerMetadata } = await generateText({ model, prompt: 'hi', providerOptions: { minimax: options } });
  const cost = providerMetadata?.minimax?.cost as MiniMaxCost | undefined;
  const result = streamText({ model: custom, prompt: 'hi' });
  return [text, reasoningText, cost?.total, result];
}
