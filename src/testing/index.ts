/**
 * Local MiniMax emulator for tests, demos and examples: `createMiniMaxEmulator()` (chat-completions and
 * Anthropic-compatible messages wires) plus the builders of MiniMax wire bodies (to craft fixtures).
 */
export { createMiniMaxEmulator } from './minimax-emulator.js';
export type {
  EmulatorMessagesUsage,
  EmulatorReply,
  EmulatorToolCall,
  EmulatorUsage,
  MiniMaxEmulator,
  MiniMaxEmulatorOptions,
  RecordedRequest,
  ScriptedReply,
  ScriptedResponse,
} from './shared/emulator-types.js';
export {
  DEFAULT_CHUNK_SIZE,
  DEFAULT_EMULATOR_MODEL,
  estimateTokens,
  newCompletionId,
  newToolCallId,
  tokensForCharacters,
} from './shared/emulator-reply-parts.js';
export {
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
  inlineThinkContent,
  parseChunkFixture,
} from './chat/emulator-chat-responses.js';
export type { BuildChatChunksOptions, BuildChatOptions, MiniMaxWireUsage } from './chat/emulator-chat-responses.js';
export { createDefaultReply, synthesizeArguments } from './chat/emulator-chat-default-reply.js';
export { validateChatRequest } from './chat/emulator-validate-chat-request.js';
export { isM3Model, temperatureProblem } from './shared/emulator-model-rules.js';
export type { EmulatorRejection } from './shared/emulator-model-rules.js';
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
} from './messages/emulator-messages-responses.js';
export type {
  BuildMessagesEventsOptions,
  BuildMessagesOptions,
  MessagesWireUsage,
} from './messages/emulator-messages-responses.js';
export { createMessagesDefaultReply, messagesRequestAsChat } from './messages/emulator-messages-default-reply.js';
export { MAX_CACHE_BREAKPOINTS, validateMessagesRequest } from './messages/emulator-validate-messages-request.js';
export {
  DEFAULT_PROMPT_CACHE_TTL_MS,
  EmulatorPromptCache,
  countCacheBreakpoints,
  messagesPromptSegments,
} from './messages/emulator-prompt-cache.js';
export type { MessagesPromptUsage, PromptCacheOptions, PromptSegment } from './messages/emulator-prompt-cache.js';
// Speech (text-to-speech, `POST /v1/t2a_v2`).
export type { MiniMaxSpeechEmulator, ScriptedSpeech, ScriptedSpeechResponse } from './speech/emulator-speech-types.js';
export {
  buildSpeechBaseRespBody,
  buildSpeechResponse,
  buildSpeechStreamChunks,
  newTraceId,
} from './speech/emulator-speech-responses.js';
export type { SpeechAnswer, SpeechChunkOptions } from './speech/emulator-speech-responses.js';
export { DEFAULT_SPEECH_MS_PER_CHARACTER, generateSpeechAudio, melodyOf } from './speech/emulator-speech-audio.js';
export type { EmulatorAudio, EmulatorAudioFormat, EmulatorAudioOptions } from './speech/emulator-speech-audio.js';
export { validateSpeechRequest } from './speech/emulator-validate-speech-request.js';
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
