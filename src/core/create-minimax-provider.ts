import { NoSuchModelError } from '@ai-sdk/provider';
import { minimaxChatEndpoint } from './chat/minimax-chat-endpoint';
import { minimaxMessagesEndpoint } from './messages/minimax-messages-endpoint';
import { MiniMaxLanguageModel } from './language-model/minimax-language-model';
import { MINIMAX_WIRE_FACTS, type MiniMaxChatModelId } from './shared/minimax-facts';
import {
  loadMiniMaxApiKey,
  resolveMiniMaxBaseURLs,
  type MiniMaxProviderSettings,
} from './shared/minimax-provider-settings';
import type { MiniMaxCoreModel } from './shared/minimax-neutral-types';
import { JsonBodySerializer } from './shared/json-body-serializer';

/** The provider shape every spec entry shares; `MODEL` is that spec's language model. */
export interface MiniMaxProviderBase<MODEL> {
  (modelId: MiniMaxChatModelId): MODEL;
  /** A MiniMax chat-completions model (`/v1/chat/completions`). */
  chat(modelId: MiniMaxChatModelId): MODEL;
  /**
   * A model on MiniMax's Anthropic-compatible API (`/anthropic/v1/messages`):
   * thinking blocks with signatures, and prompt caching (`cacheControl`).
   */
  messages(modelId: MiniMaxChatModelId): MODEL;
  languageModel(modelId: MiniMaxChatModelId): MODEL;
  /** MiniMax has no embedding models: throws `NoSuchModelError`. */
  textEmbeddingModel(modelId: string): never;
  /** MiniMax has no embedding models: throws `NoSuchModelError`. */
  embeddingModel(modelId: string): never;
}

/**
 * Builds a provider instance for one AI SDK spec: `wrap` is that spec's thin
 * adapter around the spec-neutral core model.
 */
export function createMiniMaxProviderBase<MODEL>(
  settings: MiniMaxProviderSettings,
  wrap: (core: MiniMaxCoreModel) => MODEL,
): MiniMaxProviderBase<MODEL> {
  const { baseURL, anthropicBaseURL } = resolveMiniMaxBaseURLs(settings);
  const chatHeaders = () => ({
    Authorization: `Bearer ${loadMiniMaxApiKey(settings)}`,
    ...settings.headers,
  });
  const messagesHeaders = () => ({
    'x-api-key': loadMiniMaxApiKey(settings),
    'anthropic-version': MINIMAX_WIRE_FACTS.messages.anthropicVersion,
    ...settings.headers,
  });

  // One for both wires: a history's strings are escaped once, whichever model of this instance sends them again.
  const serializer = new JsonBodySerializer();
  // A proxy's alias takes the rules and prices of the MiniMax model it names; the alias itself is what is sent.
  const ids = (modelId: string) => ({ wire: modelId, facts: settings.modelAliases?.[modelId] ?? modelId });
  const createChatModel = (modelId: MiniMaxChatModelId) =>
    wrap(
      new MiniMaxLanguageModel(
        ids(modelId),
        { provider: 'minimax.chat', baseURL, headers: chatHeaders, fetch: settings.fetch, serializer },
        minimaxChatEndpoint,
      ),
    );
  const createMessagesModel = (modelId: MiniMaxChatModelId) =>
    wrap(
      new MiniMaxLanguageModel(
        ids(modelId),
        { provider: 'minimax.messages', baseURL: anthropicBaseURL, headers: messagesHeaders, fetch: settings.fetch, serializer },
        minimaxMessagesEndpoint,
      ),
    );

  const noSuchModel = (modelType: 'embeddingModel') => (modelId: string): never => {
    throw new NoSuchModelError({
      modelId,
      modelType,
      message: `MiniMax provider has no embedding model "${modelId}".`,
    });
  };

  const provider = function (modelId: MiniMaxChatModelId) {
    if (new.target) throw new Error('The MiniMax model function cannot be called with the new keyword.');
    return createChatModel(modelId);
  };
  return Object.assign(provider, {
    chat: createChatModel,
    messages: createMessagesModel,
    languageModel: createChatModel,
    textEmbeddingModel: noSuchModel('embeddingModel'),
    embeddingModel: noSuchModel('embeddingModel'),
  });
}
