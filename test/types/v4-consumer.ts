// Compiled against the built declarations with `ai` = ai@7: the main entry
// must type-check in an ai@7 project.
import {
  createProviderRegistry,
  experimental_generateVideo,
  experimental_getVideoStatus,
  experimental_startVideo,
  generateImage,
  generateText,
  streamText,
  type LanguageModel,
} from 'ai';
import { createMiniMax, getMiniMaxCost, minimax, parseMiniMaxVideoCallback, type MiniMaxCost, type MiniMaxProviderOptions } from 'minimax-ai-provider';

const model: LanguageModel = minimax('MiniMax-M2.1');
const custom: LanguageModel = createMiniMax({ apiKey: 'k', region: 'cn' }).languageModel('MiniMax-M3');
const options: MiniMaxProviderOptions = { reasoningSplit: false, thinking: { type: 'adaptive' } };

export async function run() {
  const { text, reasoningText, providerMetadata } = await generateText({ model, prompt: 'hi', providerOptions: { minimax: options } });
  const cost = providerMetadata?.minimax?.cost as MiniMaxCost | undefined;
  const result = streamText({ model: custom, prompt: 'hi' });
  return [text, reasoningText, cost?.total, result];
}

// Speech: generateSpeech and experimental_streamSpeech take the main entry's speech model.
import { experimental_streamSpeech, generateSpeech, type SpeechModel } from 'ai';
import { type MiniMaxSpeechOptions, type MiniMaxSpeechProviderMetadata } from 'minimax-ai-provider';

const speechModel: SpeechModel = minimax.speech('speech-2.8-hd');
const speechOptions: MiniMaxSpeechOptions = { emotion: 'happy', languageBoost: 'English', maxSegmentCharacters: 500 };

export async function speak() {
  const { audio, providerMetadata } = await generateSpeech({ model: speechModel, text: 'hi', providerOptions: { minimax: speechOptions } });
  const metadata = providerMetadata.minimax as MiniMaxSpeechProviderMetadata | undefined;
  const stream = experimental_streamSpeech({ model: createMiniMax({ apiKey: 'k' }).speechModel('speech-2.8-turbo'), text: 'hi' });
  return [audio.uint8Array, metadata?.usageCharacters, getMiniMaxCost(providerMetadata)?.total, stream.audioStream];
}

// Images and video (VideoModelV4: doGenerate, doStart/doStatus, webhooks).
export async function media() {
  const { images, providerMetadata } = await generateImage({ model: minimax.image('image-01'), prompt: 'a lighthouse', n: 12, aspectRatio: '21:9' });
  const model = minimax.video('MiniMax-H3');
  const { operation } = await experimental_startVideo({ model, prompt: 'a boy by the sea', aspectRatio: '16:9' });
  const status = await experimental_getVideoStatus(model, { operation });
  const { video } = await experimental_generateVideo({ model: minimax.videoModel('MiniMax-H3-Max'), prompt: 'x', poll: { intervalMs: 5000 } });
  return [images[0].uint8Array, getMiniMaxCost(providerMetadata)?.total, status.status, video.uint8Array, parseMiniMaxVideoCallback({ challenge: 'c' })];
}

// The provider is a provider of its spec: a registry serves its image models.
export const registry = createProviderRegistry({ minimax });
export const registryImage = registry.imageModel('minimax:image-01');
