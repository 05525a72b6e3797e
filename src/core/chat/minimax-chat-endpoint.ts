import { buildMiniMaxChatRequest, type MiniMaxChatRequestBody } from './build-minimax-chat-request';
import { MiniMaxChatAssembler } from './minimax-chat-assembler';
import { chatCompletionSchema, isPlainChatChunk, type MiniMaxChatCompletion } from './minimax-chat-response-schema';
import type { MiniMaxEndpoint } from '../language-model/minimax-endpoint';

/** MiniMax's OpenAI-compatible `/chat/completions`. A JSON completion is read as one chunk. */
export const minimaxChatEndpoint: MiniMaxEndpoint<MiniMaxChatRequestBody, MiniMaxChatCompletion> = {
  path: '/chat/completions',
  buildRequest: buildMiniMaxChatRequest,
  schema: chatCompletionSchema,
  isPlainChunk: isPlainChatChunk,
  templateLeaves: [
    ['choices', 0, 'delta', 'content'],
    ['choices', 0, 'delta', 'reasoning_content'],
    ['choices', 0, 'delta', 'reasoning_details', 0, 'text'],
    ['choices', 0, 'delta', 'tool_calls', 0, 'function', 'arguments'],
  ],
  jsonToChunks: (json) => [json],
  createAssembler: (context) => new MiniMaxChatAssembler(context),
};
