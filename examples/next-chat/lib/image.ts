import { generateImage } from 'ai';
import { getMiniMaxCost } from 'minimax-ai-provider';
import { providerFromEnv } from './chat';

export const IMAGE_MODEL_ID = 'image-01';

/** What `app/api/image` answers: the image as a data URL, its size hint and cost. */
export interface GeneratedImageResponse {
  prompt: string;
  dataUrl: string;
  mediaType: string;
  model: string;
  costUSD?: number;
  backend: 'emulator' | 'minimax';
}

/** POST `{ prompt, aspectRatio? }` → one image from MiniMax's image-01 (the same provider set-up as the chat). */
export async function handleImage(request: Request): Promise<Response> {
  const provider = providerFromEnv();
  if (!provider) {
    return Response.json({ error: 'No MiniMax backend: set MINIMAX_API_KEY, or start the app with `npm run next-chat`.' }, { status: 500 });
  }
  const { prompt, aspectRatio } = (await request.json()) as { prompt?: string; aspectRatio?: `${number}:${number}` };
  if (!prompt?.trim()) return Response.json({ error: 'Type a prompt for the image first.' }, { status: 400 });
  try {
    const { image, providerMetadata } = await generateImage({
      model: provider.minimax.image(IMAGE_MODEL_ID),
      prompt,
      aspectRatio: aspectRatio ?? '1:1',
      abortSignal: request.signal,
    });
    const body: GeneratedImageResponse = {
      prompt,
      dataUrl: `data:${image.mediaType};base64,${image.base64}`,
      mediaType: image.mediaType,
      model: IMAGE_MODEL_ID,
      costUSD: getMiniMaxCost(providerMetadata)?.total,
      backend: provider.backend,
    };
    return Response.json(body);
  } catch (error) {
    return Response.json({ error: error instanceof Error ? error.message : String(error) }, { status: 502 });
  }
}
