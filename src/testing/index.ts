/**
 * Local MiniMax emulator for tests, demos and examples: `createMiniMaxEmulator()` plus the builders of
 * MiniMax wire bodies (to craft fixtures).
 */
export { createMiniMaxEmulator } from './minimax-emulator.js';
export type {
  EmulatorDelivery,
  EmulatorReply,
  EmulatorToolCall,
  EmulatorUsage,
  MiniMaxEmulator,
  MiniMaxEmulatorOptions,
  RecordedRequest,
  ScriptedReply,
  ScriptedResponse,
} from './emulator-types.js';
export {
  DEFAULT_CHUNK_SIZE,
  DEFAULT_EMULATOR_MODEL,
  buildAuthErrorBody,
  buildBaseRespBody,
  buildChatCompletion,
  buildChatCompletionChunks,
  buildHttpErrorBody,
  buildInvalidParamsBody,
  buildUsage,
  encodeSseEvent,
  encodeSseEvents,
  estimatePromptTokens,
  estimateTokens,
  inlineThinkContent,
  newCompletionId,
  newToolCallId,
  parseChunkFixture,
} from './emulator-chat-responses.js';
export type { BuildChatChunksOptions, BuildChatOptions, MiniMaxWireUsage } from './emulator-chat-responses.js';
export { createDefaultReply, synthesizeArguments } from './emulator-default-reply.js';
export { isM3Model, validateChatRequest } from './emulator-validate-request.js';
export type { EmulatorRejection } from './emulator-validate-request.js';
