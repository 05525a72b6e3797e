import type { InferUITools, UIDataTypes, UIMessage } from 'ai';
import type { ChatTools } from './tools';

export type ChatRuntime = 'node' | 'edge';

/** Attached by the API routes to every assistant message (see `messageMetadata` in `lib/chat.ts`). */
export interface ChatMetadata {
  /** The runtime that actually served the answer (detected on the server, not the route asked for). */
  runtime?: ChatRuntime;
  /** `emulator` when MINIMAX_API_KEY is unset, else `minimax`. */
  backend?: 'emulator' | 'minimax';
  model?: string;
  /** Model calls so far (a tool call and the answer after it are two steps). */
  steps?: number;
  /** USD cost of the answer: `getMiniMaxCost(providerMetadata).total` summed over its steps. */
  costUSD?: number;
  usage?: { inputTokens: number; outputTokens: number; reasoningTokens: number };
  /** Set on the answer's last chunk. */
  finishReason?: string;
}

export type ChatMessage = UIMessage<ChatMetadata, UIDataTypes, InferUITools<ChatTools>>;
