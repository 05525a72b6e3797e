/**
 * Local MiniMax emulator for tests, demos and examples: `createMiniMaxEmulator()` (chat-completions and
 * Anthropic-compatible messages wires) plus the builders of MiniMax wire bodies (to craft fixtures).
 */
export { createMiniMaxEmulator } from './minimax-emulator.js';
export type {
  EmulatorDelivery,
  EmulatorMessagesUsage,
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
  tokensForCharacters,
} from './emulator-chat-responses.js';
export type { BuildChatChunksOptions, BuildChatOptions, MiniMaxWireUsage } from './emulator-chat-responses.js';
export { createDefaultReply, synthesizeArguments } from './emulator-default-reply.js';
export { isM3Model, temperatureProblem, validateChatRequest } from './emulator-validate-request.js';
export type { EmulatorRejection } from './emulator-validate-request.js';
export {
  buildMessagesAuthErrorBody,
  buildMessagesBaseRespBody,
  buildMessagesErrorBody,
  buildMessagesEvents,
  buildMessagesInvalidParamsBody,
  buildMessagesResponse,
  buildMessagesUsage,
  encodeMessagesSseEvent,
  encodeMessagesSseEvents,
  messagesStopReason,
  newMessageId,
  parseEventFixture,
  thinkingSignature,
} from './emulator-messages-responses.js';
export type {
  BuildMessagesEventsOptions,
  BuildMessagesOptions,
  MessagesWireUsage,
} from './emulator-messages-responses.js';
export { createMessagesDefaultReply, messagesRequestAsChat } from './emulator-messages-default-reply.js';
export { MAX_CACHE_BREAKPOINTS, validateMessagesRequest } from './emulator-validate-messages-request.js';
export {
  DEFAULT_PROMPT_CACHE_TTL_MS,
  EmulatorPromptCache,
  countCacheBreakpoints,
  messagesPromptSegments,
} from './emulator-prompt-cache.js';
export type { MessagesPromptUsage, PromptCacheOptions, PromptSegment } from './emulator-prompt-cache.js';
// Media APIs (images, video): types, and the file encoders behind the generated images and videos.
export type {
  EmulatorCallbackDelivery,
  EmulatorDownloadBehaviour,
  EmulatorVideoOutcome,
  EmulatorVideoTask,
  ScriptedImageGeneration,
  ScriptedVideoTask,
} from './media/emulator-media-types.js';
export { crc32, encodePng, generateImagePng } from './image/emulator-png.js';
export { createMp4, mp4SizeForRatio, type Mp4Options } from './video/emulator-mp4.js';
export { validateImageRequest } from './image/emulator-image-generation.js';
export { validateV1VideoRequest, validateV2VideoRequest } from './video/emulator-video-validation.js';
