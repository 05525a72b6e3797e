// Compiled against the built declarations with `ai` = ai@6: the /v3 entry must
// type-check in an ai@6 project, and its provider options and metadata types are usable.
import { generateText, streamText, type LanguageModel } from 'ai';
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
