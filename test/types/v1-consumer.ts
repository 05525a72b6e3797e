// Compiled against the built declarations with `ai` = ai@4 (see tsconfig.json
// here): the /v1 entry must type-check in an ai@4 project.
import { generateText, streamText, type LanguageModel } from 'ai';
import { createMiniMax, minimax, type MiniMaxProviderOptions } from 'minimax-ai-provider/v1';

const model: LanguageModel = minimax('MiniMax-M2.1');
const custom: LanguageModel = createMiniMax({ apiKey: 'k', region: 'cn' }).chat('MiniMax-M2');
const options: MiniMaxProviderOptions = { reasoningSplit: true };

export async function run() {
  const { text, reasoning } = await generateText({ model, prompt: 'hi', providerOptions: { minimax: options } });
  const result = streamText({ model: custom, prompt: 'hi' });
  return [text, reasoning, result];
}
