import { APICallError } from '@ai-sdk/provider';
import { extractResponseHeaders, isAbortError, readResponseWithSizeLimit, type FetchFunction } from '@ai-sdk/provider-utils';

/** A downloaded file: its bytes and the media type the server named (if any). */
export interface MiniMaxDownloadedFile {
  data: Uint8Array;
  mediaType: string | undefined;
  responseHeaders: Record<string, string>;
}

/** Default cap on a downloaded file: 1 GiB (a 15 s 2K video is tens of MB). */
const DEFAULT_MAX_BYTES = 1024 * 1024 * 1024;

/**
 * Downloads a file MiniMax pointed to (an image, audio or video URL on its CDN) through the provider's `fetch`.
 * No provider header travels with it: the URL is on another host and carries its own authorisation, so the API
 * key never leaves for it. Failures are `APICallError`s: a 403/404/410 says the URL may have expired (MiniMax's
 * URLs are time-limited), 408/429/5xx and a download that breaks off are retryable, an abort stays an abort.
 */
export async function downloadMiniMaxFile(options: {
  url: string;
  fetch?: FetchFunction;
  abortSignal?: AbortSignal;
  maxBytes?: number;
}): Promise<MiniMaxDownloadedFile> {
  const { url } = options;
  const fetchFn = options.fetch ?? globalThis.fetch;
  const fail = (message: string, extra: { statusCode?: number; cause?: unknown; isRetryable: boolean; responseHeaders?: Record<string, string> }) =>
    new APICallError({ message, url, requestBodyValues: undefined, ...extra });

  let response: Response;
  try {
    response = await fetchFn(url, { method: 'GET', signal: options.abortSignal });
  } catch (cause) {
    if (isAbortError(cause)) throw cause;
    throw fail(`Could not download the file MiniMax returned: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
      isRetryable: true,
    });
  }
  const responseHeaders = extractResponseHeaders(response);
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    const status = response.status;
    const expired = status === 403 || status === 404 || status === 410;
    throw fail(
      `Downloading the file MiniMax returned failed with HTTP ${status}${expired ? ' (its URL may have expired: MiniMax file URLs are time-limited)' : ''}`,
      { statusCode: status, responseHeaders, isRetryable: status === 408 || status === 429 || status >= 500 },
    );
  }
  let data: Uint8Array;
  try {
    data = await readResponseWithSizeLimit({ response, url, maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES });
  } catch (cause) {
    if (isAbortError(cause) || options.abortSignal?.aborted) throw cause;
    throw fail(`The download of the file MiniMax returned broke off: ${cause instanceof Error ? cause.message : String(cause)}`, {
      statusCode: response.status,
      responseHeaders,
      cause,
      isRetryable: true,
    });
  }
  const contentType = response.headers.get('content-type')?.split(';')[0]?.trim();
  return { data, mediaType: contentType || undefined, responseHeaders };
}
