import { extractResponseHeaders, type ResponseHandler } from '@ai-sdk/provider-utils';
import type { z } from 'zod/v4';
import {
  createMiniMaxAPICallError,
  extractMiniMaxError,
  minimaxInvalidBodyError,
  type MiniMaxErrorContext,
} from './minimax-error';

/**
 * A successful-response handler for `postJsonToApi` / `getFromApi` that hands
 * `read` the response together with where it came from (URL, request body,
 * response headers), so whatever `read` finds wrong becomes an error that
 * names the call.
 */
export function minimaxResponseHandler<T>(
  read: (response: Response, context: Required<MiniMaxErrorContext>) => Promise<T>,
): ResponseHandler<T> {
  return async ({ response, url, requestBodyValues }) => {
    const context = { url, requestBodyValues, responseHeaders: extractResponseHeaders(response) };
    return { value: await read(response, context), responseHeaders: context.responseHeaders };
  };
}

/**
 * Reads a whole JSON body: one that is not JSON, that carries a MiniMax error
 * (`base_resp` inside an HTTP 200, MiniMax's usual way of failing), or that is
 * not of the expected shape becomes an `APICallError`.
 */
export async function readMiniMaxJsonResponse<T>(
  response: Response,
  context: MiniMaxErrorContext,
  schema: z.ZodType<T>,
  /** Rewrites the body text before it is parsed (e.g. quoting int64 ids that `JSON.parse` would round). */
  prepareText?: (text: string) => string,
): Promise<{ value: T; raw: unknown }> {
  const received = await response.text();
  return parseMiniMaxJsonBody(prepareText ? prepareText(received) : received, response.status, context, schema);
}

/** `readMiniMaxJsonResponse` for a body already read as text. */
export function parseMiniMaxJsonBody<T>(
  text: string,
  status: number,
  context: MiniMaxErrorContext,
  schema: z.ZodType<T>,
): { value: T; raw: unknown } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw minimaxInvalidBodyError(`MiniMax returned a body that is not JSON: ${text.slice(0, 200)}`, context, status, text, cause);
  }
  const error = extractMiniMaxError(raw);
  if (error) {
    throw createMiniMaxAPICallError({ details: error, ...context, statusCode: status, responseBody: text });
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    throw minimaxInvalidBodyError(
      `MiniMax returned an unexpected response shape: ${parsed.error.message}`,
      context,
      status,
      text,
      parsed.error,
    );
  }
  return { value: parsed.data, raw };
}
