import { InvalidArgumentError, LoadAPIKeyError } from '@ai-sdk/provider';
import { loadApiKey, type FetchFunction } from '@ai-sdk/provider-utils';
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
 * A base URL cut into what endpoint paths are appended to (surrounding whitespace and trailing slashes removed) and
 * its query (kept, to follow the endpoint path: `…/v1?tenant=acme` posts to `…/v1/chat/completions?tenant=acme`).
 */
function splitBaseURL(url: string): { path: string; query: string } {
  const trimmed = url.trim();
  const end = trimmed.search(/[?#]/);
  const path = (end === -1 ? trimmed : trimmed.slice(0, end)).replace(/[\s/]+$/, '');
  const query = end === -1 ? '' : trimmed.slice(end).replace(/#.*$/, '');
  return { path, query: query === '?' ? '' : query };
}

/** `url` with `rewrite` applied to its path; its query is kept after the new path. */
function rewriteBasePath(url: string, rewrite: (path: string) => string): string {
  const { path, query } = splitBaseURL(url);
  return `${rewrite(path)}${query}`;
}

/**
 * Reads an endpoint URL that may name the full path (LiteLLM's convention:
 * `…/anthropic/v1/messages`, `…/v1/chat/completions`) and returns both API
 * bases it implies.
 */
export function deriveMiniMaxBaseURLs(url: string): { baseURL: string; anthropicBaseURL: string } {
  // Nothing is derived from an invalid URL: it is kept as given, so the call fails naming it.
  if (!isHttpURL(url)) return { baseURL: url, anthropicBaseURL: url };
  const { path, query } = splitBaseURL(url);
  const base = path.replace(/\/(chat\/completions|messages)$/, '');
  const anthropic = base.match(/^(.*)\/anthropic(\/v1)?$/);
  if (anthropic) return { baseURL: `${anthropic[1]}/v1${query}`, anthropicBaseURL: `${anthropic[1]}/anthropic/v1${query}` };
  const root = base.replace(/\/v1$/, '');
  return { baseURL: `${base}${query}`, anthropicBaseURL: `${root}/anthropic/v1${query}` };
}

/** An explicit messages URL as given: only a trailing `/messages` comes off (the endpoint appends it again; a query stays). */
function asGivenMessagesBaseURL(url: string): string {
  if (!isHttpURL(url)) return url; // kept as given, so the call fails naming it
  return rewriteBasePath(url, (path) => path.replace(/\/messages$/, ''));
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
  if (settings.mediaBaseURL !== undefined) return settings.mediaBaseURL;
  const implied = settings.baseURL ?? readEnv('MINIMAX_BASE_URL') ?? readEnv('MINIMAX_API_BASE');
  if (implied !== undefined) {
    if (!isHttpURL(implied)) return implied; // kept as given, so the call fails naming it
    return rewriteBasePath(deriveMiniMaxBaseURLs(implied).baseURL, (path) => path.replace(/\/v1$/, ''));
  }
  return HOSTS[settings.region ?? 'global'] ?? HOSTS.global;
}

/** What an HTTP header value cannot hold: fetch refuses line breaks and NUL, and anything beyond Latin-1. */
const UNSENDABLE_HEADER_CHARACTER = /[\r\n\0]|[^\u0000-\u00ff]/;

/** Whether `value` can be sent as an HTTP header value. */
export function isSendableHeaderValue(value: string): boolean {
  return !UNSENDABLE_HEADER_CHARACTER.test(value);
}

/**
 * Loads the API key when a request is made, so creating a provider never throws. The key is trimmed (a key pasted
 * with a space or a line break around it works); an empty or blank key fails like a missing one, and a key that no
 * HTTP header can carry fails with an error that does not print it, before any request.
 */
export function loadMiniMaxApiKey(settings: MiniMaxProviderSettings): string {
  const key = loadApiKey({
    apiKey: settings.apiKey,
    environmentVariableName: 'MINIMAX_API_KEY',
    description: 'MiniMax',
  }).trim();
  if (key === '') {
    throw new LoadAPIKeyError({
      message: `MiniMax API key is empty. Pass it using the 'apiKey' parameter or the MINIMAX_API_KEY environment variable.`,
    });
  }
  if (!isSendableHeaderValue(key)) {
    throw new InvalidArgumentError({
      argument: 'apiKey',
      message:
        'MiniMax API key (apiKey or MINIMAX_API_KEY) holds a line break, a NUL or a character beyond Latin-1, which no HTTP header can carry; nothing was sent.',
    });
  }
  return key;
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

/** `url` as it may be printed: any `user:password@` cut out. */
function withoutCredentials(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, '$1');
}

/**
 * The URL of an endpoint: `path` appended to the base URL's path (surrounding whitespace and trailing slashes of the
 * base removed), the base's query after it. Throws a clear `InvalidArgumentError` unless the base is an absolute
 * http(s) URL with a host and without credentials (`user:password@` is refused before any request: the key goes in
 * `apiKey`, and the password is never printed).
 */
export function minimaxEndpointURL(baseURL: string, path: string, argument = 'baseURL'): string {
  const shown = JSON.stringify(withoutCredentials(baseURL));
  if (!isHttpURL(baseURL)) {
    throw new InvalidArgumentError({ argument, message: `MiniMax ${argument} ${shown} is not an http(s) URL.` });
  }
  const parsed = new URL(baseURL.trim());
  if (parsed.username !== '' || parsed.password !== '') {
    throw new InvalidArgumentError({
      argument,
      message: `MiniMax ${argument} ${shown} carries credentials (user:password@), which are not sent: pass the key as apiKey.`,
    });
  }
  const { path: base, query } = splitBaseURL(baseURL);
  return `${base}${path}${query}`;
}
