// Compiled against the built declarations with `ai` = ai@6: the /v3 entry must
// type-check in an ai@6 project, and its provider options and metadata types are usable.
import { createProviderRegistry, experimental_generateVideo, generateImage, generateText, streamText, type LanguageModel } from 'ai';
import {
  createMiniMax,
  getMiniMaxCost,
  minimax,
  type MiniMaxProviderMetadata,
  type MiniMaxProviderOptions,
} from 'minimax-ai-provider/v3';

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
import { getMiniMaxCost as speechCost, type MiniMaxSpeechOptions } from 'minimax-ai-provider/v3';

const speechOptions: MiniMaxSpeechOptions = { emotion: 'happy', voiceModify: { soundEffects: 'robotic' } };

export async function speak() {
  const { audio, providerMetadata } = await experimental_generateSpeech({
    model: createMiniMax({ apiKey: 'k' }).speech('speech-2.8-hd'),
    text: 'hi',
    providerOptions: { minimax: speechOptions },
  });
  return [audio.uint8Array, speechCost(providerMetadata)?.total];
}

// Images and video (Experimental_VideoModelV3).
export async function media() {
  const { images, providerMetadata } = await generateImage({ model: minimax.image('image-01'), prompt: { text: 'a lighthouse', images: ['https://example.com/a.png'] } });
  const { video } = await experimental_generateVideo({
    model: minimax.video('MiniMax-Hailuo-2.3'),
    prompt: 'waves [Push in]',
    duration: 6,
    providerOptions: { minimax: { pollIntervalMs: 5000, pollTimeoutMs: 600_000 } },
  });
  return [images[0].uint8Array, getMiniMaxCost(providerMetadata)?.total, video.uint8Array];
}

// The provider is a provider of its spec: a registry serves its image models.
export const registry = createProviderRegistry({ minimax });
export const registryImage = registry.imageModel('minimax:image-01');
