import { handleSpeech } from '@/lib/speech';

// Speech on the edge runtime: the provider's hex decoding and its per-sentence HTTP streams need nothing from Node.js.
export const runtime = 'edge';

export async function GET(request: Request): Promise<Response> {
  return handleSpeech(request);
}
