import { loadMiniMaxApiKey, resolveMiniMaxMediaBaseURL, type MiniMaxProviderSettings } from '../minimax-provider-settings';
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
