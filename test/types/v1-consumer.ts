// Compiled against the built declarations with `ai` = ai@4 (see tsconfig.json
// here): the /v1 entry must type-check in an ai@4 project.
import { experimental_generateImage, generateText, streamText, type LanguageModel } from 'ai';
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

// Images (ai@4 has no video function: the /v1 provider has no `video`).
export async function image() {
  const { images } = await experimental_generateImage({
    model: createMiniMax({ apiKey: 'k' }).image('image-01'),
    prompt: 'a lighthouse',
    n: 2,
    aspectRatio: '16:9',
    providerOptions: { minimax: { responseFormat: 'url', promptOptimizer: true } },
  });
  // @ts-expect-error no video models for ai@4
  createMiniMax({ apiKey: 'k' }).video('MiniMax-H3');
  return images[0].uint8Array;
}
