/**
 * What every request that carries the API key goes through: both language-model wires, and the speech, image and
 * video calls (downloads of the files MiniMax points to carry no key and do not). Its headers are checked before
 * anything is sent, redirects are followed only within the origin the key was configured for, and the key is cut
 * out of any error about the request.
 */
import { InvalidArgumentError } from '@ai-sdk/provider';
import { combineHeaders, extractResponseHeaders, type FetchFunction } from '@ai-sdk/provider-utils';
import { minimaxRedirectRefusedError, redactMiniMaxSecrets, type MiniMaxRedirectRefusal } from './minimax-error';
import { isSendableHeaderValue } from './minimax-provider-settings';

/** A request about to be sent with the key. */
export interface MiniMaxKeyedRequest {
  /** The request's headers, every value sendable. */
  headers: Record<string, string | undefined>;
  /** The provider's fetch, following redirects only within the request's origin. */
  fetch: FetchFunction;
  /** `error` with every credential of this request cut out (the same object when it held none). */
  redact<T>(error: T): T;
}

/** Header names whose values are credentials: cut out of errors wherever a server echoes them. */
const CREDENTIAL_HEADER = /auth|key|token|secret|password|cookie/i;

/** The credentials among `headers`: `Authorization: Bearer <key>` gives the key (the scheme may stay readable). */
function credentialsIn(headers: Record<string, string | undefined>): string[] {
  const secrets: string[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && CREDENTIAL_HEADER.test(name)) secrets.push(value.trim().replace(/^(Bearer|Basic|Token)\s+/i, ''));
  }
  return secrets;
}

/**
 * Prepares a keyed request: the config's headers (the key, loaded now: a missing, empty or unsendable key throws
 * before any request) and the call's, checked; a value no HTTP header can carry is an `InvalidArgumentError` naming
 * the header, never its value.
 */
export function prepareMiniMaxRequest(
  config: { headers: () => Record<string, string | undefined>; fetch?: FetchFunction },
  callHeaders?: Record<string, string | undefined>,
): MiniMaxKeyedRequest {
  const headers = combineHeaders(config.headers(), callHeaders);
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !isSendableHeaderValue(value)) {
      throw new InvalidArgumentError({
        argument: `headers.${name}`,
        message: `The ${name} header holds a line break, a NUL or a character beyond Latin-1, which no HTTP header can carry; nothing was sent.`,
      });
    }
  }
  const secrets = credentialsIn(headers);
  return { headers, fetch: sameOriginRedirects(config.fetch), redact: (error) => redactMiniMaxSecrets(error, secrets) };
}

/**
 * Sends a keyed request (`send` gets its checked headers and guarded fetch); any error it throws has the request's
 * credentials cut out.
 */
export async function sendMiniMaxRequest<T>(
  config: { headers: () => Record<string, string | undefined>; fetch?: FetchFunction },
  callHeaders: Record<string, string | undefined> | undefined,
  send: (request: MiniMaxKeyedRequest) => Promise<T>,
): Promise<T> {
  const request = prepareMiniMaxRequest(config, callHeaders);
  try {
    return await send(request);
  } catch (error) {
    throw request.redact(error);
  }
}

/**
 * Runs a call of a media model; whatever error it throws has the credentials cut out, also one built from a
 * successful body (a video task's failure message, an image answer without images) that echoed them.
 */
export async function withMiniMaxSecretsRedacted<T>(
  config: { headers: () => Record<string, string | undefined> },
  callHeaders: Record<string, string | undefined> | undefined,
  call: () => Promise<T>,
): Promise<T> {
  try {
    return await call();
  } catch (error) {
    let headers: Record<string, string | undefined>;
    try {
      headers = combineHeaders(config.headers(), callHeaders);
    } catch {
      throw error; // no key could be loaded, so none was sent
    }
    throw redactMiniMaxSecrets(error, credentialsIn(headers));
  }
}

/** The statuses fetch follows. */
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
/** Redirects followed per request (fetch's own limit is 20; an API needs one at most). */
const MAX_REDIRECTS = 5;

function urlOf(input: RequestInfo | URL): string {
  return typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
}

/**
 * `fetch` with redirects handled here rather than by the runtime (`redirect: 'manual'`): one within the request's
 * origin is followed (with the key, and, as fetch does, as a GET without body after a 303, or a 301/302 to a POST);
 * one to another origin, to a place the runtime hides (a browser's opaque redirect), to an invalid location, or past
 * `MAX_REDIRECTS` is refused with an `APICallError`. A custom fetch that follows redirects itself is not second-guessed.
 */
function sameOriginRedirects(custom: FetchFunction | undefined): FetchFunction {
  return async (input, init) => {
    const fetch = custom ?? globalThis.fetch;
    let url = urlOf(input);
    let request: RequestInit = { ...init, redirect: 'manual' };
    for (let hops = 0; ; hops++) {
      const response = await fetch(url, request);
      const hidden = response.type === 'opaqueredirect';
      if (!hidden && !REDIRECT_STATUSES.has(response.status)) return response;
      const location = response.headers.get('location');
      if (!hidden && location === null) return response; // a 3xx without a location is an answer, described as one
      await response.body?.cancel().catch(() => {});
      const refuse = (refusal: MiniMaxRedirectRefusal) =>
        minimaxRedirectRefusedError({ url, statusCode: response.status, responseHeaders: extractResponseHeaders(response), refusal });
      if (hidden || location === null) throw refuse({ kind: 'hidden' });
      let target: URL;
      try {
        target = new URL(location, url);
      } catch {
        throw refuse({ kind: 'invalid-location' });
      }
      if (target.origin !== new URL(url).origin || target.username !== '' || target.password !== '') {
        throw refuse({ kind: 'other-origin', target: target.origin });
      }
      if (hops >= MAX_REDIRECTS) throw refuse({ kind: 'too-many', limit: MAX_REDIRECTS });
      const method = (request.method ?? 'GET').toUpperCase();
      if (response.status === 303 ? method !== 'HEAD' : (response.status === 301 || response.status === 302) && method === 'POST') {
        const headers = new Headers(request.headers);
        headers.delete('content-type');
        request = { ...request, method: 'GET', body: undefined, headers };
      }
      url = target.href;
    }
  };
}
