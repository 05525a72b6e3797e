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

// Speech: the entry's speech model is what this ai major's experimental_generateSpeech takes.
import { experimental_generateSpeech } from 'ai';
import { getMiniMaxCost as speechCost, type MiniMaxSpeechOptions } from 'minimax-ai-provider/v1';

const speechOptions: MiniMaxSpeechOptions = { emotion: 'happy', voiceModify: { soundEffects: 'robotic' } };

export async function speak() {
  const { audio, providerMetadata } = await experimental_generateSpeech({
    model: createMiniMax({ apiKey: 'k' }).speech('speech-2.8-hd'),
    text: 'hi',
    providerOptions: { minimax: speechOptions },
  });
  return [audio.uint8Array, speechCost(providerMetadata)?.total];
}
