/*
 * Every error the provider raises about a call MiniMax answered (or failed to
 * answer), on both wires: how MiniMax's error bodies are read, which errors are
 * worth a retry, and the `APICallError` of each way a response can go wrong.
 * Nothing else in the provider constructs an `APICallError` for a call.
 */
import { APICallError } from '@ai-sdk/provider';
import { extractResponseHeaders, type ResponseHandler } from '@ai-sdk/provider-utils';
import { getMiniMaxModelInfo } from './minimax-facts';

/**
 * MiniMax's `base_resp.status_code` values, with whether retrying the same
 * request can succeed.
 */
export const MINIMAX_ERROR_CODES: Readonly<Record<number, { reason: string; retryable: boolean }>> = {
  1000: { reason: 'unknown error', retryable: true },
  1001: { reason: 'request timeout', retryable: true },
  1002: { reason: 'rate limit', retryable: true },
  1004: { reason: 'not authorized', retryable: false },
  1008: { reason: 'insufficient balance', retryable: false },
  1013: { reason: 'internal error', retryable: true },
  1024: { reason: 'internal error', retryable: true },
  1026: { reason: 'input sensitive', retryable: false },
  1027: { reason: 'output sensitive', retryable: false },
  1033: { reason: 'system error', retryable: true },
  1039: { reason: 'token limit', retryable: false },
  1041: { reason: 'connection limit', retryable: true },
  1042: { reason: 'invisible character ratio limit', retryable: false },
  2013: { reason: 'invalid params', retryable: false },
  2045: { reason: 'rate growth limit', retryable: true },
  2049: { reason: 'invalid api key', retryable: false },
  2056: { reason: 'usage limit exceeded', retryable: false },
  // "your current token plan not support model, <id>": the key's Token Plan does not include the model.
  2061: { reason: 'model not included in your token plan', retryable: false },
  // Reported by Token Plan users when MiniMax is congested: a later retry can get through.
  2062: { reason: 'service congested', retryable: true },
};

/** What an error body told us, whatever shape MiniMax used. */
export interface MiniMaxErrorDetails {
  code?: number;
  message?: string;
  type?: string;
}

/**
 * MiniMax's code in parentheses: at the end of its own messages ("invalid params, … (2013)"), and the last one
 * in a proxy's message that quotes MiniMax's body (LiteLLM: "MinimaxException - {…(2013)…}").
 */
const MESSAGE_CODE = /\((\d{4})\)(?!.*\(\d{4}\))/s;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function toCode(value: unknown): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) ? n : undefined;
}

/**
 * Finds MiniMax's error in a parsed body: `base_resp` (status_code ≠ 0),
 * the Anthropic/OpenAI `error` object, or nothing when the body is a success.
 */
export function extractMiniMaxError(body: unknown): MiniMaxErrorDetails | undefined {
  const record = asRecord(body);
  if (!record) return undefined;
  const baseResp = asRecord(record.base_resp);
  const baseCode = toCode(baseResp?.status_code);
  if (baseCode !== undefined && baseCode !== 0) {
    const message = typeof baseResp?.status_msg === 'string' ? baseResp.status_msg : undefined;
    return { code: baseCode, message };
  }
  const error = asRecord(record.error);
  if (error || typeof record.error === 'string') {
    const message =
      typeof error?.message === 'string'
        ? error.message
        : typeof record.error === 'string'
          ? record.error
          : undefined;
    // `error.code` is MiniMax's code only when it is one (4 digits); proxies put the HTTP status there (LiteLLM: "400").
    const ownCode = toCode(error?.code);
    const code = (ownCode !== undefined && ownCode >= 1000 ? ownCode : undefined) ?? toCode(message?.match(MESSAGE_CODE)?.[1]);
    const type = typeof error?.type === 'string' ? error.type : undefined;
    // A proxy's empty decoration (`"error": ""`, `"error": {}`) on a body that carries an answer is no error.
    if (!message && code === undefined && !type && carriesAnswer(record)) return undefined;
    return { code, message, type };
  }
  return undefined;
}

/** Whether a body holds an answer: chat `choices`, a messages `content`, or a messages stream event other than `error`. */
function carriesAnswer(record: Record<string, unknown>): boolean {
  return Array.isArray(record.choices) || Array.isArray(record.content) || (typeof record.type === 'string' && record.type !== 'error');
}

/** Where an error was met: the request, and the response headers once there are any. */
export interface MiniMaxErrorContext {
  url: string;
  requestBodyValues: unknown;
  responseHeaders?: Record<string, string>;
}

function isRetryableStatus(statusCode: number | undefined): boolean {
  return (
    statusCode === undefined ||
    statusCode === 408 ||
    statusCode === 409 ||
    statusCode === 429 ||
    statusCode >= 500
  );
}

/** Whether the SDK should retry: MiniMax's code decides when known, the HTTP status otherwise. */
export function isMiniMaxErrorRetryable(code: number | undefined, statusCode: number | undefined): boolean {
  const known = code === undefined ? undefined : MINIMAX_ERROR_CODES[code];
  return known ? known.retryable : isRetryableStatus(statusCode);
}

/** Anthropic-style error types (messages wire `error` events) that a retry can get past. */
const RETRYABLE_ERROR_TYPES = new Set(['overloaded_error', 'api_error', 'rate_limit_error', 'timeout_error']);

/** Whether an `error` event of the messages wire is worth a retry: its type decides (the stream carries no status). */
export function isMiniMaxErrorTypeRetryable(type: string | undefined): boolean {
  return type !== undefined && RETRYABLE_ERROR_TYPES.has(type);
}

/** MiniMax's two regions; a key belongs to one of them and fails on the other's host. */
const REGION_HOSTS = { global: 'api.minimax.io', cn: 'api.minimaxi.com' } as const;

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname : undefined;
  } catch {
    return undefined;
  }
}

/** A rejected key: HTTP 401, or MiniMax's 1004 (login fail) / 2049 (invalid api key) in any status. */
function isAuthFailure(details: MiniMaxErrorDetails, statusCode: number | undefined): boolean {
  return statusCode === 401 || details.code === 1004 || details.code === 2049;
}

/** MiniMax answers a prompt longer than the context window with 2013 ("context window exceeds limit", "prompt is too long"). */
function isContextOverflow(details: MiniMaxErrorDetails): boolean {
  return details.code === 2013 && /context window|context length|prompt is too long|too many tokens/i.test(details.message ?? '');
}

function modelOf(requestBodyValues: unknown): string | undefined {
  const model = typeof requestBodyValues === 'object' && requestBodyValues !== null ? (requestBodyValues as { model?: unknown }).model : undefined;
  return typeof model === 'string' ? model : undefined;
}

/** What to do about the errors users meet most, said in the message. */
function errorHint(details: MiniMaxErrorDetails, statusCode: number | undefined, url: string | undefined, requestBodyValues: unknown): string {
  if (isAuthFailure(details, statusCode)) {
    const host = hostOf(url);
    if (host === REGION_HOSTS.global) {
      return ` The key was refused by MiniMax's international host (${REGION_HOSTS.global}); a key made on MiniMax's China platform only works there: use region: 'cn' (${REGION_HOSTS.cn}).`;
    }
    if (host === REGION_HOSTS.cn) {
      return ` The key was refused by MiniMax's China host (${REGION_HOSTS.cn}); a key made on MiniMax's international platform only works there: use region: 'global' (${REGION_HOSTS.global}).`;
    }
    return ` Check the API key: a MiniMax key works only on its own region's host (region: 'global' → ${REGION_HOSTS.global}, region: 'cn' → ${REGION_HOSTS.cn}); behind a proxy, the proxy's own key is needed.`;
  }
  if (isContextOverflow(details)) {
    const model = modelOf(requestBodyValues);
    const window = model ? getMiniMaxModelInfo(model)?.contextWindow : undefined;
    return ` The prompt is longer than the model's context window${window ? ` (${model}: ${window.toLocaleString('en-US')} tokens)` : ''}: shorten the history or the tool results.`;
  }
  return '';
}

/** A one-line message naming MiniMax's reason and code, with a hint for the errors users meet most. */
export function formatMiniMaxErrorMessage(
  details: MiniMaxErrorDetails,
  statusCode?: number,
  url?: string,
  requestBodyValues?: unknown,
): string {
  const known = details.code === undefined ? undefined : MINIMAX_ERROR_CODES[details.code];
  const reason = details.message?.trim() || known?.reason || (statusCode ? `HTTP ${statusCode}` : 'unknown error');
  const code = details.code !== undefined && !reason.includes(`(${details.code})`) ? ` (${details.code})` : '';
  const label = known && details.message && !details.message.toLowerCase().includes(known.reason) ? ` [${known.reason}]` : '';
  return `MiniMax API error: ${reason}${code}${label}${errorHint(details, statusCode, url, requestBodyValues)}`;
}

export function createMiniMaxAPICallError(options: {
  details: MiniMaxErrorDetails;
  url: string;
  requestBodyValues: unknown;
  statusCode?: number;
  responseHeaders?: Record<string, string>;
  responseBody?: string;
  cause?: unknown;
}): APICallError {
  const { details, statusCode } = options;
  return new APICallError({
    message: formatMiniMaxErrorMessage(details, statusCode, options.url, options.requestBodyValues),
    url: options.url,
    requestBodyValues: options.requestBodyValues,
    statusCode,
    responseHeaders: options.responseHeaders,
    responseBody: options.responseBody,
    cause: options.cause,
    isRetryable: isMiniMaxErrorRetryable(details.code, statusCode),
    data: details,
  });
}

/** A `base_resp` (or `error`) failure found inside an HTTP 200 body or a stream chunk. */
export function minimaxInBodyError(details: MiniMaxErrorDetails, chunk: unknown, context: MiniMaxErrorContext): APICallError {
  return createMiniMaxAPICallError({ details, ...context, statusCode: 200, responseBody: JSON.stringify(chunk) });
}

/** A messages-wire `error` event (`{"type":"error","error":{type, message}}`) in the middle of a stream. */
export function minimaxErrorEventError(
  error: { type?: string | null; message?: string | null } | null | undefined,
  event: unknown,
  context: MiniMaxErrorContext,
): APICallError {
  const type = error?.type ?? undefined;
  return new APICallError({
    message: `MiniMax API error: ${error?.message ?? type ?? 'stream error'}${type ? ` [${type}]` : ''}`,
    ...context,
    statusCode: 200,
    responseBody: JSON.stringify(event),
    isRetryable: isMiniMaxErrorTypeRetryable(type),
  });
}

/**
 * A messages stream that starts a second, different message (`message_start` again, another id): what a proxy
 * splicing a retried stream into this one sends. The response is incomplete; a retry asks for a whole one.
 */
export function minimaxSplicedStreamError(
  firstId: string | undefined,
  secondId: string | undefined,
  event: unknown,
  context: MiniMaxErrorContext,
): APICallError {
  return new APICallError({
    message:
      `MiniMax stream started a second message (${secondId ?? 'no id'}) before message ${firstId ?? '(no id)'} ended, ` +
      'as when a proxy splices a retried stream into this one; the response was ended there, without the second message.',
    ...context,
    statusCode: 200,
    responseBody: JSON.stringify(event),
    isRetryable: true,
  });
}

/** A whole response body that is not JSON, or not of the expected shape. */
export function minimaxInvalidBodyError(
  message: string,
  context: MiniMaxErrorContext,
  statusCode: number,
  responseBody: string,
  cause?: unknown,
): APICallError {
  return createMiniMaxAPICallError({ details: { message }, ...context, statusCode, responseBody, cause });
}

/** One stream event whose data is not JSON, or not of the expected shape. */
export function minimaxInvalidChunkError(message: string, data: string, cause: unknown, context: MiniMaxErrorContext): APICallError {
  return new APICallError({ message, ...context, statusCode: 200, responseBody: data, cause, isRetryable: false });
}

/** A response the assembler could not process (e.g. JSON nested too deep to handle): a clear, non-retryable error. */
export function minimaxUnreadableResponseError(cause: unknown, context: MiniMaxErrorContext): APICallError {
  return new APICallError({
    message: `MiniMax sent a response that could not be read: ${cause instanceof Error ? cause.message : String(cause)}`,
    ...context,
    statusCode: 200,
    cause,
    isRetryable: false,
  });
}

/** A stream request answered with a body that holds no server-sent event at all (e.g. a proxy's HTML page). */
export function minimaxNoEventsError(contentType: string, head: string, context: MiniMaxErrorContext): APICallError {
  const shown = withoutMarkup(head).slice(0, 200);
  return new APICallError({
    message: `MiniMax answered a stream request with no server-sent events (content-type ${contentType || 'none'}): ${shown}`,
    ...context,
    statusCode: 200,
    responseBody: head,
    isRetryable: false,
  });
}

/** A stream whose connection failed part-way (not an abort): retryable. */
export function minimaxStreamBrokeOffError(cause: unknown, context: MiniMaxErrorContext): APICallError {
  return new APICallError({
    message: `MiniMax stream broke off: ${cause instanceof Error ? cause.message : String(cause)}`,
    ...context,
    cause,
    isRetryable: true,
  });
}

function tryParseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * How much of an error body is read and kept (bytes). MiniMax's error bodies are a few hundred bytes; a proxy's page
 * or a hostile server's endless body is cut here, before anything examines it, and the rest is never read.
 */
export const MAX_ERROR_BODY_BYTES = 64 * 1024;

/** The first `maxBytes` of a body as text; the rest is cancelled unread. A body that fails to read gives what came. */
async function readBodyStart(response: Response, maxBytes: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const pieces: Uint8Array[] = [];
  let size = 0;
  let ended = false;
  try {
    while (size < maxBytes) {
      const { done, value } = await reader.read();
      if (done) {
        ended = true;
        break;
      }
      pieces.push(value);
      size += value.length;
    }
  } catch {
    ended = true; // the connection failed: what arrived is all there is
  }
  if (!ended) reader.cancel().catch(() => {});
  const bytes = new Uint8Array(Math.min(size, maxBytes));
  let offset = 0;
  for (const piece of pieces) {
    const part = piece.subarray(0, bytes.length - offset);
    bytes.set(part, offset);
    offset += part.length;
    if (offset === bytes.length) break;
  }
  return new TextDecoder().decode(bytes);
}

/**
 * Turns a non-2xx response into an `APICallError` carrying MiniMax's reason.
 * Works for MiniMax, Anthropic and OpenAI shaped bodies, empty bodies and
 * HTML error pages. Only the first `MAX_ERROR_BODY_BYTES` of the body are read.
 */
export const minimaxFailedResponseHandler: ResponseHandler<APICallError> = async ({
  response,
  url,
  requestBodyValues,
}) => {
  const responseHeaders = extractResponseHeaders(response);
  const responseBody = await readBodyStart(response, MAX_ERROR_BODY_BYTES);
  const parsed = responseBody ? tryParseJson(responseBody) : undefined;
  const details: MiniMaxErrorDetails = extractMiniMaxError(parsed) ?? {
    message: describeUnparsedBody(responseBody, response.status, response.statusText),
  };
  return {
    responseHeaders,
    value: createMiniMaxAPICallError({
      details,
      url,
      requestBodyValues,
      statusCode: response.status,
      responseHeaders,
      responseBody,
    }),
  };
};

/**
 * The readable text of a body that may be an HTML page: tags out, whitespace collapsed. Linear in the body's length
 * (a tag match never runs past the next `<`, so a body of unclosed `<` costs no backtracking).
 */
function withoutMarkup(body: string): string {
  return body.replace(/<[^<>]*>/g, ' ').replace(/\s+/g, ' ').trim();
}

function describeUnparsedBody(body: string, status: number, statusText: string): string {
  const text = withoutMarkup(body);
  const base = `HTTP ${status}${statusText ? ` ${statusText}` : ''}`;
  return text ? `${base}: ${text.length > 200 ? `${text.slice(0, 200)}…` : text}` : base;
}

/** What replaces a secret in an error. */
const REDACTED = '[redacted]';
/** Secrets shorter than this are not searched for (they would cut ordinary words out of messages). */
const MIN_SECRET_LENGTH = 4;

/** Every form a secret may take in an echo: as is, escaped inside a JSON string, URL-encoded; longest first. */
function secretForms(secrets: readonly string[]): string[] {
  const forms = new Set<string>();
  for (const secret of secrets) {
    if (secret.length < MIN_SECRET_LENGTH) continue;
    forms.add(secret);
    forms.add(JSON.stringify(secret).slice(1, -1));
    forms.add(encodeURIComponent(secret));
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

function redactText(text: string, forms: readonly string[]): string {
  let out = text;
  for (const form of forms) if (out.includes(form)) out = out.split(form).join(REDACTED);
  return out;
}

/** How deep `redactMiniMaxSecrets` follows nested objects and causes. */
const MAX_REDACTION_DEPTH = 12;

function redactValue(value: unknown, forms: readonly string[], depth: number, seen: Map<object, unknown>): unknown {
  if (typeof value === 'string') return redactText(value, forms);
  if (typeof value !== 'object' || value === null || depth > MAX_REDACTION_DEPTH) return value;
  if (seen.has(value)) return seen.get(value);
  seen.set(value, value);
  const next = (v: unknown) => redactValue(v, forms, depth + 1, seen);
  if (APICallError.isInstance(value)) {
    const fields = {
      message: next(value.message) as string,
      url: value.url,
      requestBodyValues: value.requestBodyValues,
      statusCode: value.statusCode,
      responseHeaders: next(value.responseHeaders) as Record<string, string> | undefined,
      responseBody: next(value.responseBody) as string | undefined,
      cause: next(value.cause),
      isRetryable: value.isRetryable,
      data: next(value.data),
    };
    const changed =
      fields.message !== value.message ||
      fields.responseHeaders !== value.responseHeaders ||
      fields.responseBody !== value.responseBody ||
      fields.cause !== value.cause ||
      fields.data !== value.data;
    if (!changed) return value;
    const copy = new APICallError(fields);
    seen.set(value, copy);
    return copy;
  }
  if (value instanceof Error) {
    // Any other error (a cause, a validation error) is this call's own: its fields are redacted in place.
    const record: Record<string, unknown> = Object(value);
    for (const name of new Set([...Object.getOwnPropertyNames(value), 'message', 'stack', 'cause'])) {
      const field = record[name];
      const redacted = next(field);
      if (redacted !== field) Reflect.set(value, name, redacted);
    }
    return value;
  }
  if (Array.isArray(value)) {
    const items = value.map(next);
    return items.some((item, i) => item !== value[i]) ? items : value;
  }
  const prototype = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return value;
  const entries = Object.entries(value);
  const redacted = entries.map(([key, field]) => [key, next(field)] as const);
  return redacted.some(([, field], i) => field !== entries[i][1]) ? Object.fromEntries(redacted) : value;
}

/**
 * `value` (an error, usually) with every `secrets` string cut out of its message, response body and headers, data,
 * cause chain and nested errors, whatever echoed them. An `APICallError` that held a secret is rebuilt; other errors
 * are redacted in place; a value that held none is returned as it is.
 */
export function redactMiniMaxSecrets<T>(value: T, secrets: readonly string[]): T;
export function redactMiniMaxSecrets(value: unknown, secrets: readonly string[]): unknown {
  const forms = secretForms(secrets);
  return forms.length === 0 ? value : redactValue(value, forms, 0, new Map());
}

/** Why a redirect was not followed with the key. */
export type MiniMaxRedirectRefusal =
  | { kind: 'other-origin'; target: string }
  | { kind: 'hidden' }
  | { kind: 'too-many'; limit: number }
  | { kind: 'invalid-location' };

/**
 * A redirect that was not followed: to another origin (the key and the request stay with the configured host), to a
 * place the runtime does not reveal (browsers' opaque redirects), an invalid location, or one redirect too many.
 * Not retryable: the same request gets the same answer.
 */
export function minimaxRedirectRefusedError(options: {
  url: string;
  statusCode: number;
  responseHeaders: Record<string, string>;
  refusal: MiniMaxRedirectRefusal;
}): APICallError {
  const { url, refusal } = options;
  const from = new URL(url).origin;
  const where =
    refusal.kind === 'other-origin'
      ? `to another origin, ${refusal.target}, and was not followed: the API key and the request stay with ${from}. If that host is the one to use, make it the base URL`
      : refusal.kind === 'hidden'
        ? `to a location this runtime does not reveal, and was not followed: the API key stays with ${from}`
        : refusal.kind === 'too-many'
          ? `more than ${refusal.limit} times; no further redirect was followed`
          : 'to an invalid location, which was not followed';
  return new APICallError({
    message: `MiniMax's endpoint ${from} redirected the request (HTTP ${options.statusCode}) ${where}.`,
    url,
    requestBodyValues: undefined,
    statusCode: options.statusCode,
    responseHeaders: options.responseHeaders,
    isRetryable: false,
  });
}
