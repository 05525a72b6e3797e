import { experimental_streamSpeech } from 'ai';
import { providerFromEnv } from './chat';

export const SPEECH_MODEL_ID = 'speech-2.8-turbo';
export const SPEECH_VOICE = 'English_Graceful_Lady';
/** Longest answer the route reads aloud (characters); the provider itself streams any length in segments. */
const MAX_TEXT = 5000;

/**
 * `GET /api/speech?text=…`: the text read aloud as a streamed MP3. `experimental_streamSpeech` sends the text to
 * MiniMax sentence by sentence, so the first audio bytes leave while later sentences are still being synthesised,
 * and an `<audio>` element starts playing them at once.
 */
export async function handleSpeech(request: Request): Promise<Response> {
  const provider = providerFromEnv();
  if (!provider) return Response.json({ error: 'No MiniMax backend: set MINIMAX_API_KEY or run `npm run next-chat`.' }, { status: 500 });
  const text = new URL(request.url).searchParams.get('text')?.trim() ?? '';
  if (!text) return Response.json({ error: 'Nothing to read: pass ?text=' }, { status: 400 });
  if (text.length > MAX_TEXT) return Response.json({ error: `At most ${MAX_TEXT} characters` }, { status: 413 });

  // No `abortSignal`: when the listener goes away, the runtime cancels the response body, which cancels the speech
  // stream and closes its MiniMax requests. (Passing `request.signal` would make ai@7 merge two signals with
  // `AbortSignal.any`, which Next's edge runtime on Node 20 lacks.)
  const result = experimental_streamSpeech({
    model: provider.minimax.speech(SPEECH_MODEL_ID),
    text,
    voice: SPEECH_VOICE,
    onError: ({ error }) => console.error('speech:', error instanceof Error ? error.message : error),
  });
  return new Response(result.audioStream, {
    headers: { 'content-type': 'audio/mpeg', 'cache-control': 'no-store', 'x-minimax-speech-model': SPEECH_MODEL_ID },
  });
}
