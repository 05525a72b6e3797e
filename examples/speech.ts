// Text-to-speech: generateSpeech writes an MP3 and prints its cost; experimental_streamSpeech reads an answer
// aloud while it is still being written (streamText's text stream in, audio chunks out).
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { experimental_streamSpeech, generateSpeech, streamText } from 'ai';
import { getMiniMaxCost, type MiniMaxSpeechProviderMetadata } from 'minimax-ai-provider';
import { formatUsd, runStandalone, type ExampleContext } from './setup';

/** Where the audio files go: MINIMAX_SPEECH_DIR, else the system's temporary directory. */
const OUT_DIR = process.env.MINIMAX_SPEECH_DIR ?? tmpdir();

export async function speechExample({ minimax }: ExampleContext) {
  console.log('## generateSpeech');
  const { audio, providerMetadata } = await generateSpeech({
    model: minimax.speech('speech-2.8-hd'),
    text: 'Hello from MiniMax! This sentence was spoken by the AI SDK.',
    voice: 'English_Graceful_Lady',
    providerOptions: { minimax: { emotion: 'happy', languageBoost: 'English' } },
  });
  const file = join(OUT_DIR, `minimax-speech.${audio.format}`);
  await writeFile(file, audio.uint8Array);
  const metadata = providerMetadata.minimax as MiniMaxSpeechProviderMetadata;
  console.log(`Audio:  ${file} (${audio.mediaType}, ${audio.uint8Array.length} bytes, ${((metadata.audioLength ?? 0) / 1000).toFixed(1)} s)`);
  console.log(`Billed: ${metadata.usageCharacters} characters, cost ${formatUsd(getMiniMaxCost(providerMetadata)?.total)}\n`);

  console.log('## experimental_streamSpeech (an answer read aloud while it streams)');
  const answer = streamText({ model: minimax('MiniMax-M2.1'), prompt: 'Tell me, in two sentences, why the sky is blue.' });
  const speech = experimental_streamSpeech({ model: minimax.speech('speech-2.8-turbo'), text: answer.textStream });
  const chunks: Uint8Array[] = [];
  let firstAudioAfter: number | undefined;
  let textSoFar = 0;
  void (async () => {
    for await (const delta of answer.textStream) textSoFar += delta.length;
  })();
  for await (const chunk of speech.audioStream) {
    firstAudioAfter ??= textSoFar;
    chunks.push(chunk);
  }
  const streamed = join(OUT_DIR, 'minimax-speech-stream.mp3');
  await writeFile(streamed, Buffer.concat(chunks));
  const streamMetadata = (await speech.providerMetadata).minimax as MiniMaxSpeechProviderMetadata;
  console.log(`Audio:  ${streamed} (${chunks.length} chunks, ${streamMetadata.segments} segment requests; first audio with ${firstAudioAfter} of ${(await answer.text).length} answer characters written)`);
  console.log(`Billed: ${streamMetadata.usageCharacters} characters, cost ${formatUsd(getMiniMaxCost(await speech.providerMetadata)?.total)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await runStandalone(speechExample);
