import type { FetchFunction } from '@ai-sdk/provider-utils';
import type { JsonBodySerializer } from './json-body-serializer';

/** What a core model needs from its provider instance. */
export interface MiniMaxModelConfig {
  /** Reported as the model's `provider` (e.g. `minimax.chat`). */
  provider: string;
  /** Base URL without a trailing slash, e.g. `https://api.minimax.io/v1`. */
  baseURL: string;
  /** Auth and custom headers; called per request so the API key is read lazily. */
  headers: () => Record<string, string | undefined>;
  fetch?: FetchFunction;
  /**
   * Writes the request bodies of every model of the provider instance, keeping the escaped text of long strings
   * between calls (a history sent again by a later step, a later turn or a model made per request).
   */
  serializer: JsonBodySerializer;
}
