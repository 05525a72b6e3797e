/**
 * The error table: every base_resp code in the shared docs and the HTTP
 * statuses MiniMax or a proxy in front of it can answer, with MiniMax-,
 * Anthropic-shaped, empty and HTML bodies, through a real doGenerate.
 */
import { APICallError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import { createMiniMax } from '../src/index';
import { MINIMAX_ERROR_CODES } from '../src/core/shared/minimax-error';
import { fakeFetch, fakeModel } from './support/fake-fetch';

const API_KEY = 'sk-error-table-secret-key';

async function callWith(status: number, body: string, headers: Record<string, string> = {}, endpoint: 'chat' | 'messages' = 'chat') {
  const model = fakeModel(endpoint, fakeFetch({ status, body, headers }), { apiKey: API_KEY });
  return model.doGenerate({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] }).then(
    () => {
      throw new Error('expected the call to fail');
    },
    (error: unknown) => error as APICallError,
  );
}

function expectNoKey(error: APICallError) {
  const exposed = JSON.stringify({ ...error, message: error.message, stack: error.stack });
  expect(exposed).not.toContain(API_KEY);
}

describe('base_resp codes in HTTP 200 bodies', () => {
  it.each(Object.entries(MINIMAX_ERROR_CODES).map(([code, info]) => [Number(code), info.reason, info.retryable] as const))(
    'code %i (%s) → APICallError, retryable: %s',
    async (code, reason, retryable) => {
      const body = JSON.stringify({ id: 'x', choices: null, base_resp: { status_code: code, status_msg: `${reason} happened` } });
      const error = await callWith(200, body);
      expect(APICallError.isInstance(error)).toBe(true);
      expect(error.statusCode).toBe(200);
      expect(error.isRetryable).toBe(retryable);
      expect(error.message).toContain(`${reason} happened (${code})`);
      expect(error.responseBody).toBe(body);
      expectNoKey(error);
    },
  );
});

const HTTP: Array<[number, boolean]> = [
  [400, false], [401, false], [403, false], [404, false], [408, true], [409, true], [413, false],
  [422, false], [429, true], [500, true], [502, true], [503, true], [504, true],
];

describe.each(['chat', 'messages'] as const)('HTTP errors (%s endpoint)', (endpoint) => {
  it.each(HTTP)('HTTP %i with a MiniMax body → retryable %s, reason, headers and body kept', async (status, retryable) => {
    const body = JSON.stringify({ type: 'error', error: { type: 'api_error', message: `upstream says ${status}`, http_code: String(status) } });
    const error = await callWith(status, body, { 'retry-after': '7', 'x-request-id': 'req-1' }, endpoint);
    expect(error).toMatchObject({ statusCode: status, isRetryable: retryable, responseBody: body });
    expect(error.message).toContain(`upstream says ${status}`);
    expect(error.responseHeaders).toMatchObject({ 'retry-after': '7', 'x-request-id': 'req-1' });
    expectNoKey(error);
  });

  it.each(HTTP)('HTTP %i with an empty body still says what happened', async (status, retryable) => {
    const error = await callWith(status, '', {}, endpoint);
    expect(error).toMatchObject({ statusCode: status, isRetryable: retryable });
    expect(error.message).toContain(`HTTP ${status}`);
  });

  it.each([502, 503, 504])('HTTP %i with an HTML page from a proxy is readable', async (status) => {
    const error = await callWith(status, `<html><head><title>${status}</title></head><body><h1>${status} Bad Gateway</h1><p>nginx</p></body></html>`, { 'content-type': 'text/html' }, endpoint);
    expect(error.message).toContain(`${status} Bad Gateway`);
    expect(error.isRetryable).toBe(true);
  });

  it('an Anthropic-shaped overload (529-style body on 503) is retryable and named', async () => {
    const error = await callWith(503, JSON.stringify({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }), {}, endpoint);
    expect(error.message).toContain('Overloaded');
    expect(error.isRetryable).toBe(true);
  });
});

describe('bodies that are not what they claim', () => {
  it('a 200 whose body is not JSON fails with a clear APICallError', async () => {
    const error = await callWith(200, 'upstream proxy error page');
    expect(error.message).toContain('not JSON');
    expect(error.responseBody).toBe('upstream proxy error page');
  });

  it('a 200 with __proto__ keys and deep nesting neither pollutes nor crashes', async () => {
    let deep = '{"x":1}';
    for (let i = 0; i < 2000; i++) deep = `{"a":${deep}}`;
    const body = `{"__proto__":{"polluted":true},"id":"x","choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"ok"}}],"extra":${deep}}`;
    const result = await fakeModel('chat', fakeFetch({ body }), { apiKey: API_KEY }).doGenerate({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] });
    expect(result.content).toEqual([{ type: 'text', text: 'ok' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('an invalid baseURL fails with a clear error naming it, not a crash', async () => {
    const minimax = createMiniMax({ apiKey: API_KEY, baseURL: 'not a url' });
    const error = await Promise.resolve(minimax('MiniMax-M2.1').doGenerate({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] })).then(() => new Error('expected the call to fail'), (e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect(String(error.message)).toMatch(/not a url|Invalid URL|Failed to parse URL/i);
    expect(JSON.stringify({ ...error, message: error.message })).not.toContain(API_KEY);
  });
});
