import { handleChat } from '@/lib/chat';

// The Node.js runtime (Next's default, spelled out for contrast with ../chat-edge/route.ts).
export const runtime = 'nodejs';

export async function POST(request: Request): Promise<Response> {
  return handleChat(request);
}
