import { convertToModelMessages, stepCountIs, streamText } from 'ai';
import { createMiniMax, getMiniMaxCost } from 'minimax-ai-provider';
import type { ChatMessage, ChatMetadata, ChatRuntime } from './chat-types';
import { tools } from './tools';

export const MODEL_ID = 'MiniMax-M2.1';

/**
 * A provider per request, from the environment: MINIMAX_API_KEY set → MiniMax itself; unset → the local emulator
 * at MINIMAX_BASE_URL (which `npm run next-chat` starts and sets).
 */
export function providerFromEnv() {
  const apiKey = process.env.MINIMAX_API_KEY;
  if (apiKey) return { backend: 'minimax' as const, minimax: createMiniMax({ apiKey }) };
  const baseURL = process.env.MINIMAX_BASE_URL;
  if (!baseURL) return undefined;
  return { backend: 'emulator' as const, minimax: createMiniMax({ apiKey: 'emulator', baseURL }) };
}

/** What actually runs this code: Next's edge runtime defines the global `EdgeRuntime`. */
function currentRuntime(): ChatRuntime {
  return typeof (globalThis as { EdgeRuntime?: unknown }).EdgeRuntime === 'string' ? 'edge' : 'node';
}

/** The POST handler shared by `app/api/chat` (Node.js runtime) and `app/api/chat-edge` (edge runtime). */
export async function handleChat(request: Request): Promise<Response> {
  const provider = providerFromEnv();
  if (!provider) {
    return Response.json(
      {
        error:
          'No MiniMax backend: set MINIMAX_API_KEY, or start the app with `npm run next-chat`, ' +
          'which starts the local MiniMax emulator and sets MINIMAX_BASE_URL.',
      },
      { status: 500 },
    );
  }
  const { messages } = (await request.json()) as { messages: ChatMessage[] };

  const result = streamText({
    model: provider.minimax(MODEL_ID),
    system: 'You are a concise assistant. Use the get_weather tool for questions about the weather.',
    messages: await convertToModelMessages(messages, { tools }),
    tools,
    stopWhen: stepCountIs(5),
    abortSignal: request.signal,
  });

  // Usage and cost of this answer, summed over its steps (each tool round trip is one more model call).
  let steps = 0;
  let costUSD: number | undefined;
  const usage = { inputTokens: 0, outputTokens: 0, reasoningTokens: 0 };

  return result.toUIMessageStreamResponse({
    messageMetadata: ({ part }): ChatMetadata | undefined => {
      switch (part.type) {
        case 'start':
          return { runtime: currentRuntime(), backend: provider.backend, model: MODEL_ID };
        case 'finish-step': {
          steps += 1;
          const cost = getMiniMaxCost(part.providerMetadata);
          if (cost) costUSD = (costUSD ?? 0) + cost.total;
          usage.inputTokens += part.usage.inputTokens ?? 0;
          usage.outputTokens += part.usage.outputTokens ?? 0;
          usage.reasoningTokens += part.usage.outputTokenDetails?.reasoningTokens ?? 0;
          return { steps, costUSD, usage: { ...usage } };
        }
        case 'finish':
          return { steps, costUSD, usage: { ...usage }, finishReason: part.finishReason };
        default:
          return undefined;
      }
    },
    // The default hides every error as "An error occurred."; MiniMax's messages never contain the API key.
    onError: (error) => (error instanceof Error ? error.message : String(error)),
  });
}
