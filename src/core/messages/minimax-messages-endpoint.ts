import { buildMiniMaxMessagesRequest, type MiniMaxMessagesRequestBody } from './build-minimax-messages-request';
import type { MiniMaxEndpoint } from '../language-model/minimax-endpoint';
import { MiniMaxMessagesAssembler } from './minimax-messages-assembler';
import { isPlainMessagesEvent, messagesEventSchema, messageToEvents, type MiniMaxMessagesEvent } from './minimax-messages-response-schema';

/** MiniMax's Anthropic-compatible `/anthropic/v1/messages`. A JSON message is replayed as stream events. */
export const minimaxMessagesEndpoint: MiniMaxEndpoint<MiniMaxMessagesRequestBody, MiniMaxMessagesEvent> = {
  path: '/messages',
  buildRequest: buildMiniMaxMessagesRequest,
  schema: messagesEventSchema,
  isPlainChunk: isPlainMessagesEvent,
  templateLeaves: [
    ['delta', 'text'],
    ['delta', 'thinking'],
    ['delta', 'partial_json'],
  ],
  jsonToChunks: messageToEvents,
  createAssembler: (context) => new MiniMaxMessagesAssembler(context),
};
