/** What every entry exports besides its provider: the model table, pricing, options and errors. */
export {
  MINIMAX_MODELS,
  getMiniMaxModelInfo,
  type MiniMaxChatModelId,
  type MiniMaxModelInfo,
  type MiniMaxPrices,
} from './core/minimax-models';
export { calculateMiniMaxCost, getMiniMaxPrices, type MiniMaxCost, type MiniMaxTokenCounts } from './core/minimax-pricing';
export { minimaxProviderOptionsSchema, type MiniMaxProviderOptions } from './core/minimax-chat-options';
export { MINIMAX_ERROR_CODES } from './core/minimax-error';
export type { MiniMaxProviderSettings } from './core/minimax-provider-settings';
export type { MiniMaxReasoningDetail } from './core/minimax-reasoning-details';
export type { MiniMaxProviderBase } from './core/create-minimax-provider';
export { getMiniMaxCost, type MiniMaxProviderMetadata } from './core/minimax-provider-metadata';
