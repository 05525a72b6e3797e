// Compiled against the built declarations with `ai` = ai@5: the /v2 entry must
// type-check in an ai@5 project, and its provider options and metadata types are usable.
import { experimental_generateImage, generateText, streamText, type LanguageModel } from 'ai';
import {
  createMiniMax,
  getMiniMaxCost,
  minimax,
  type MiniMaxProviderMetadata,
  type MiniMaxProviderOptions,
} from 'minimax-ai-provider/v2';

const model: LanguageModel = minimax('MiniMax-M2.1');
const custom: LanguageModel = createMiniMax({ apiKey: 'k', region: 'cn' }).languageModel('MiniMax-M3');
const options: MiniMaxProviderOptions = { reasoningSplit: true, thinking: { type: 'disabled' } };

export async function run() {
  const { text, reasoningText, providerMetadata } = await generateText({ model, prompt: 'hi', providerOptions: { minimax: options } });
  const metadata = providerMetadata?.minimax as MiniMaxProviderMetadata | undefined;
  const result = streamText({ model: custom, prompt: 'hi' });
  return [text, reasoningText, metadata?.cost?.total, getMiniMaxCost(providerMetadata)?.total, result];
}

// Speech: the entry's speech model is what this ai major's experimental_generateSpeech takes.
import { experimental_generateSpeech } from 'ai';
import { getMiniMaxCost as speechCost, type MiniMaxSpeechOptions } from 'minimax-ai-provider/v2';

const speechOptions: MiniMaxSpeechOptions = { emotion: 'happy', voiceModify: { soundEffects: 'robotic' } };

export async function speak() {
  const { audio, providerMetadata } = await experimental_generateSpeech({
    model: createMiniMax({ apiKey: 'k' }).speech('speech-2.8-hd'),
    text: 'hi',
    providerOptions: { minimax: speechOptions },
  });
  return [audio.uint8Array, speechCost(providerMetadata)?.total];
}

// Images (ai@5 has no video function: the /v2 provider has no `video`).
export async function image() {
  const { images, providerMetadata } = await experimental_generateImage({ model: minimax.image('image-01-live'), prompt: 'a lighthouse', size: '1024x1024' });
  // @ts-expect-error no video models for ai@5
  minimax.videoModel('MiniMax-H3');
  return [images[0].uint8Array, getMiniMaxCost(providerMetadata)?.total];
}
