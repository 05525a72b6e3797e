import { getFromApi, postJsonToApi, type FetchFunction, type ResponseHandler } from '@ai-sdk/provider-utils';
import type { z } from 'zod/v4';
import { minimaxEndpointURL } from '../shared/minimax-provider-settings';
import { sendMiniMaxRequest } from '../shared/minimax-request';
import { minimaxFailedResponseHandler } from '../shared/minimax-error';
import { minimaxResponseHandler, readMiniMaxJsonResponse } from '../shared/minimax-response';

/** What a media model needs from its provider instance. */
export interface MiniMaxMediaConfig {
  /** Reported as the model's `provider` (e.g. `minimax.speech`). */
  provider: string;
  /** Host without a version path, e.g. `https://api.minimax.io`. */
  baseURL: string;
  /** Auth and custom headers; called per request so the API key is read lazily. */
  headers: () => Record<string, string | undefined>;
  fetch?: FetchFunction;
  /** For tests: the clock used for `response.timestamp`. */
  currentDate?: () => Date;
}

/** A parsed media response: the validated value, the raw JSON and the response headers. */
export interface MiniMaxMediaResponse<T> {
  value: T;
  raw: unknown;
  responseHeaders: Record<string, string>;
}

/** `${baseURL}${path}` (the base's query after the path), refusing a base URL that is not http(s) or carries credentials. */
export function minimaxMediaURL(config: MiniMaxMediaConfig, path: string): string {
  return minimaxEndpointURL(config.baseURL, path, 'mediaBaseURL');
}

/**
 * Quotes the bare integers of the named fields (`"file_id": 123…` → `"file_id": "123…"`) before parsing: MiniMax's
 * int64 ids can exceed 2^53, which `JSON.parse` would silently round.
 */
export function quoteIntegerFields(text: string, fields: readonly string[] | undefined): string {
  if (!fields?.length) return text;
  const names = fields.map((f) => f.replace(/[^\w]/g, '')).join('|');
  return text.replace(new RegExp(`"(${names})"(\\s*):(\\s*)(-?\\d+)(?=\\s*[,}\\]])`, 'g'), '"$1"$2:$3"$4"');
}

/**
 * A JSON success handler for MiniMax's media endpoints: a body that is not JSON, a `base_resp` error inside an
 * HTTP 200 (the v1 endpoints' way of failing) or a body of an unexpected shape becomes an `APICallError` with
 * MiniMax's reason and retryability (read as the language models read theirs).
 */
function minimaxMediaJsonHandler<T>(schema: z.ZodType<T>, integerFields?: readonly string[]): ResponseHandler<MiniMaxMediaResponse<T>> {
  return minimaxResponseHandler(async (response, context) => ({
    ...(await readMiniMaxJsonResponse(response, context, schema, (text) => quoteIntegerFields(text, integerFields))),
    responseHeaders: context.responseHeaders,
  }));
}

/** POSTs a JSON body to one of MiniMax's media endpoints and reads the JSON answer. */
export async function postMiniMaxMediaJson<T>(options: {
  config: MiniMaxMediaConfig;
  path: string;
  body: unknown;
  schema: z.ZodType<T>;
  headers?: Record<string, string | undefined>;
  abortSignal?: AbortSignal;
  /** Fields holding int64 ids, read as strings (see `quoteIntegerFields`). */
  integerFields?: readonly string[];
}): Promise<MiniMaxMediaResponse<T>> {
  const { config } = options;
  const url = minimaxMediaURL(config, options.path);
  return sendMiniMaxRequest(config, options.headers, async ({ headers, fetch }) => {
    const { value } = await postJsonToApi({
      url,
      headers,
      body: options.body,
      failedResponseHandler: minimaxFailedResponseHandler,
      successfulResponseHandler: minimaxMediaJsonHandler(options.schema, options.integerFields),
      abortSignal: options.abortSignal,
      fetch,
    });
    return value;
  });
}

/** GETs one of MiniMax's media endpoints (task and file queries) and reads the JSON answer. */
export async function getMiniMaxMediaJson<T>(options: {
  config: MiniMaxMediaConfig;
  path: string;
  schema: z.ZodType<T>;
  headers?: Record<string, string | undefined>;
  abortSignal?: AbortSignal;
  /** Fields holding int64 ids, read as strings (see `quoteIntegerFields`). */
  integerFields?: readonly string[];
}): Promise<MiniMaxMediaResponse<T>> {
  const { config } = options;
  const url = minimaxMediaURL(config, options.path);
  return sendMiniMaxRequest(config, options.headers, async ({ headers, fetch }) => {
    const { value } = await getFromApi({
      url,
      headers,
      failedResponseHandler: minimaxFailedResponseHandler,
      successfulResponseHandler: minimaxMediaJsonHandler(options.schema, options.integerFields),
      abortSignal: options.abortSignal,
      fetch,
    });
    return value;
  });
}
