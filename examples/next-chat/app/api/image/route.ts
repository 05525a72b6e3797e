import { handleImage } from '@/lib/image';

// Images: MiniMax image-01 through `generateImage` (Node.js runtime; the provider's image model runs on the edge too).
export const runtime = 'nodejs';

export async function POST(request: Request): Promise<Response> {
  return handleImage(request);
}
