import { loadMiniMaxApiKey, resolveMiniMaxMediaBaseURL, type MiniMaxProviderSettings } from '../shared/minimax-provider-settings';
import type { MiniMaxMediaConfig } from './minimax-media-http';

/** The media config of a provider instance: the media host, Bearer auth read at call time, the custom fetch. */
export function createMiniMaxMediaConfig(settings: MiniMaxProviderSettings, provider: string): MiniMaxMediaConfig {
  const baseURL = resolveMiniMaxMediaBaseURL(settings);
  return {
    provider,
    baseURL,
    headers: () => ({ Authorization: `Bearer ${loadMiniMaxApiKey(settings)}`, ...settings.headers }),
    fetch: settings.fetch,
  };
}

/**
 * `(modelId) => MODEL` for a provider instance's media models: each is a `CORE` on the instance's media config,
 * wrapped in the entry's spec adapter.
 */
export function createMiniMaxMediaModelFactory<CORE, MODEL>(
  settings: MiniMaxProviderSettings,
  provider: string,
  Core: new (modelId: string, config: MiniMaxMediaConfig) => CORE,
  wrap: (core: CORE) => MODEL,
): (modelId: string) => MODEL {
  const config = createMiniMaxMediaConfig(settings, provider);
  return (modelId) => wrap(new Core(modelId, config));
}
