import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import {
  extractMiniMaxError,
  isMiniMaxErrorRetryable,
  MINIMAX_ERROR_CODES,
  minimaxFailedResponseHandler,
} from '../src/core/shared/minimax-error';

async function fail(status: number, body: string, headers: Record<string, string> = {}) {
  const { value } = await minimaxFailedResponseHandler({
    url: 'http://127.0.0.1/v1/chat/completions',
    requestBodyValues: { model: 'MiniMax-M2.1' },
    response: new Response(body, { status, headers }),
  });
  return value;
}

describe('MiniMax errors', () => {
  it.each([
    [1000, true], [1001, true], [1002, true], [1004, false], [1008, false], [1013, true], [1024, true],
    [1026, false], [1027, false], [1033, true], [1039, false], [1041, true], [1042, false], [2013, false],
    [2045, true], [2049, false], [2056, false],
  ])('base_resp code %i is retryable: %s', (code, retryable) => {
    expect(MINIMAX_ERROR_CODES[code]).toBeDefined();
    expect(isMiniMaxErrorRetryable(code, 200)).toBe(retryable);
  });

  it.each([
    [408, true], [409, true], [429, true], [500, true], [503, true], [400, false], [401, false], [404, false], [422, false],
  ])('without a MiniMax code, HTTP %i is retryable: %s', (status, retryable) => {
    expect(isMiniMaxErrorRetryable(undefined, status)).toBe(retryable);
  });

  it('reads base_resp, the Anthropic-style error object and the code at the end of its message', () => {
    expect(extractMiniMaxError({ base_resp: { status_code: 1002, status_msg: 'rate limit' } })).toEqual({ code: 1002, message: 'rate limit' });
    expect(extractMiniMaxError({ base_resp: { status_code: 0, status_msg: '' }, choices: [] })).toBeUndefined();
    expect(
      extractMiniMaxError({ type: 'error', error: { type: 'bad_request_error', message: 'invalid params, tool call result does not follow tool call (2013)', http_code: '400' } }),
    ).toEqual({ code: 2013, message: 'invalid params, tool call result does not follow tool call (2013)', type: 'bad_request_error' });
  });

  it('turns a 401 login failure into a non-retryable APICallError with MiniMax\'s reason', async () => {
    const error = await fail(401, JSON.stringify({ type: 'error', error: { type: 'authentication_error', message: 'login fail: Please carry the API secret key (1004)', http_code: '401' } }));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ statusCode: 401, isRetryable: false });
    expect(error.message).toContain('login fail');
    expect(error.message).toContain('(1004)');
  });

  it('keeps response headers (retry-after) and body on a 429', async () => {
    const body = JSON.stringify({ base_resp: { status_code: 1002, status_msg: 'rate limit exceeded' } });
    const error = await fail(429, body, { 'retry-after': '3' });
    expect(error).toMatchObject({ statusCode: 429, isRetryable: true, responseBody: body });
    expect(error.responseHeaders?.['retry-after']).toBe('3');
    expect(error.message).toContain('rate limit exceeded (1002)');
  });

  it.each([
    ['an empty body', 502, '', 'HTTP 502'],
    ['an HTML page', 503, '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>', '503 Service Temporarily Unavailable'],
    ['plain text', 500, 'upstream exploded', 'upstream exploded'],
  ])('describes %s readably', async (_name, status, body, expected) => {
    const error = await fail(status, body);
    expect(error.message).toContain(expected);
    expect(error.isRetryable).toBe(true);
  });
});
