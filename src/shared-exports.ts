/** What every entry exports besides its provider: the model table, pricing, options and errors. */
export {
  MINIMAX_MODELS,
  getMiniMaxModelInfo,
  type MiniMaxChatModelId,
  type MiniMaxModelInfo,
  type MiniMaxPrices,
} from './core/shared/minimax-facts';
export { calculateMiniMaxCost, getMiniMaxPrices, type MiniMaxCost, type MiniMaxTokenCounts } from './core/shared/minimax-pricing';
export { minimaxProviderOptionsSchema, type MiniMaxProviderOptions } from './core/shared/minimax-provider-options';
export { MINIMAX_ERROR_CODES } from './core/shared/minimax-error';
export type { MiniMaxProviderSettings } from './core/shared/minimax-provider-settings';
export type { MiniMaxProviderBase } from './core/create-minimax-provider';
export {
  getMiniMaxCost,
  type MiniMaxProviderMetadata,
  type MiniMaxReasoningDetail,
} from './core/shared/minimax-provider-metadata';
