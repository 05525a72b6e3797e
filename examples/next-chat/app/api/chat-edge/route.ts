import { handleChat } from '@/lib/chat';

// The same chat on the edge runtime: the provider's main entry must not need any Node.js-only module.
export const runtime = 'edge';

export async function POST(request: Request): Promise<Response> {
  return handleChat(request);
}
