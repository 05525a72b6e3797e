import { InvalidArgumentError } from '@ai-sdk/provider';
import { loadApiKey, withoutTrailingSlash, type FetchFunction } from '@ai-sdk/provider-utils';
import type { MiniMaxChatModelId } from './minimax-facts';

export interface MiniMaxProviderSettings {
  /** MiniMax API key. Default: the `MINIMAX_API_KEY` environment variable. */
  apiKey?: string;
  /**
   * Base URL of the OpenAI-compatible API (chat completions are posted to
   * `${baseURL}/chat/completions`). Default: `MINIMAX_BASE_URL`, then
   * `MINIMAX_API_BASE`, then the region's host (`https://api.minimax.io/v1`).
   */
  baseURL?: string;
  /**
   * Base URL of the Anthropic-compatible API (`minimax.messages(id)` posts to
   * `${anthropicBaseURL}/messages`); a full endpoint ending in `/messages` is
   * used as given too. Never rewritten: a proxy's own route (LiteLLM's
   * `http://localhost:4000/v1`) is reached as given. Default: derived from
   * `baseURL` when that is set, else the region's (`https://api.minimax.io/anthropic/v1`).
   */
  anthropicBaseURL?: string;
  /**
   * Model names of a proxy mapped to the MiniMax model they stand for, e.g.
   * `{ fast: 'MiniMax-M2.1' }`: a call to `minimax('fast')` sends `fast` and
   * gets MiniMax-M2.1's rules and prices. Ids with a provider prefix
   * (`minimax/MiniMax-M2.1`, any case) need no entry.
   */
  modelAliases?: Record<string, MiniMaxChatModelId>;
  /**
   * Host of MiniMax's media APIs (speech `/v1/t2a_v2`, images `/v1/image_generation`, video
   * `/v1|v2/video_generation`), without a version path. Default: `baseURL` (or the environment's) without its
   * trailing `/v1`, else the region's host (`https://api.minimax.io`).
   */
  mediaBaseURL?: string;
  /** `global` (api.minimax.io, the default) or `cn` (api.minimaxi.com). */
  region?: 'global' | 'cn';
  /** Extra headers sent with every request. */
  headers?: Record<string, string>;
  /** A custom fetch, e.g. for proxies, tests or middleware. */
  fetch?: FetchFunction;
}

const HOSTS = { global: 'https://api.minimax.io', cn: 'https://api.minimaxi.com' } as const;

function readEnv(name: string): string | undefined {
  // `process` is absent in some edge and browser runtimes.
  const value = typeof process !== 'undefined' ? process.env?.[name] : undefined;
  return value && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * Reads an endpoint URL that may name the full path (LiteLLM's convention:
 * `…/anthropic/v1/messages`, `…/v1/chat/completions`) and returns both API
 * bases it implies.
 */
export function deriveMiniMaxBaseURLs(url: string): { baseURL: string; anthropicBaseURL: string } {
  // Nothing is derived from an invalid URL: it is kept as given, so the call fails naming it.
  if (!isHttpURL(url)) return { baseURL: url, anthropicBaseURL: url };
  const base = withoutTrailingSlash(url)!.replace(/\/(chat\/completions|messages)$/, '');
  const anthropic = base.match(/^(.*)\/anthropic(\/v1)?$/);
  if (anthropic) return { baseURL: `${anthropic[1]}/v1`, anthropicBaseURL: `${anthropic[1]}/anthropic/v1` };
  const root = base.replace(/\/v1$/, '');
  return { baseURL: base, anthropicBaseURL: `${root}/anthropic/v1` };
}

/** An explicit messages URL as given: only a trailing `/messages` comes off (the endpoint appends it again). */
function asGivenMessagesBaseURL(url: string): string {
  if (!isHttpURL(url)) return url; // kept as given, so the call fails naming it
  return withoutTrailingSlash(url)!.replace(/\/messages$/, '');
}

export function resolveMiniMaxBaseURLs(settings: MiniMaxProviderSettings): { baseURL: string; anthropicBaseURL: string } {
  // An explicit URL (either one) wins and implies the other; then the environment; then the region's host.
  const explicit = settings.baseURL ?? settings.anthropicBaseURL; // '' is explicit too: it fails at call time
  const fromEnv = readEnv('MINIMAX_BASE_URL') ?? readEnv('MINIMAX_API_BASE');
  const host = HOSTS[settings.region ?? 'global'] ?? HOSTS.global;
  const implied = explicit ?? fromEnv;
  const defaults = implied !== undefined
    ? deriveMiniMaxBaseURLs(implied)
    : { baseURL: `${host}/v1`, anthropicBaseURL: `${host}/anthropic/v1` };
  return {
    baseURL: settings.baseURL !== undefined ? deriveMiniMaxBaseURLs(settings.baseURL).baseURL : defaults.baseURL,
    anthropicBaseURL: settings.anthropicBaseURL !== undefined
      ? asGivenMessagesBaseURL(settings.anthropicBaseURL)
      : defaults.anthropicBaseURL,
  };
}

/**
 * The host the media APIs hang off: an explicit `mediaBaseURL`, else the chat base URL (explicit or from the
 * environment) without its `/v1`, else the region's host. Paths such as `/v1/t2a_v2` are appended to it.
 */
export function resolveMiniMaxMediaBaseURL(settings: MiniMaxProviderSettings): string {
  if (settings.mediaBaseURL !== undefined) return withoutTrailingSlash(settings.mediaBaseURL.trim()) ?? '';
  const implied = settings.baseURL ?? readEnv('MINIMAX_BASE_URL') ?? readEnv('MINIMAX_API_BASE');
  if (implied !== undefined) {
    if (!isHttpURL(implied)) return implied; // kept as given, so the call fails naming it
    return deriveMiniMaxBaseURLs(implied).baseURL.replace(/\/v1$/, '');
  }
  return HOSTS[settings.region ?? 'global'] ?? HOSTS.global;
}

/** Loads the API key when a request is made, so creating a provider never throws. */
export function loadMiniMaxApiKey(settings: MiniMaxProviderSettings): string {
  return loadApiKey({
    apiKey: settings.apiKey,
    environmentVariableName: 'MINIMAX_API_KEY',
    description: 'MiniMax',
  });
}

function isHttpURL(url: string): boolean {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
}

/** Throws a clear `InvalidArgumentError` unless `url` is an absolute http(s) URL with a host. */
export function assertMiniMaxBaseURL(url: string, argument = 'baseURL'): string {
  if (!isHttpURL(url)) {
    throw new InvalidArgumentError({ argument, message: `MiniMax ${argument} ${JSON.stringify(url)} is not an http(s) URL.` });
  }
  return url;
}
