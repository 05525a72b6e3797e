import { APICallError } from '@ai-sdk/provider';
import { streamText } from 'ai';
import { describe, expect, it } from 'vitest';
import { fakeFetch, fakeModel } from './support/fake-fetch';
import { readAll as drain } from './support/parts';

const encoder = new TextEncoder();
const chunk = (content: string) =>
  encoder.encode(`data: ${JSON.stringify({ id: 'c1', model: 'MiniMax-M2.1', choices: [{ index: 0, delta: { content } }] })}\n\n`);

/** A fetch whose SSE body delivers `pieces` and then fails like a dropped connection. */
function brokenFetch(pieces: Uint8Array[], failure: Error) {
  return fakeFetch({ chunks: pieces, end: { error: failure } });
}

describe('a stream that breaks off', () => {
  it('regression: a dropped connection ends with an error part and a finish, after the text already delivered', async () => {
    const model = fakeModel('chat', brokenFetch([chunk('Hello'), chunk(' wor')], new TypeError('terminated')));
    const { stream } = await model.doStream({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] });
    const parts = await drain(stream);
    const types = parts.map((p) => p.type);
    expect(parts.filter((p) => p.type === 'text-delta').map((p) => (p as { delta: string }).delta).join('')).toBe('Hello wor');
    expect(types.indexOf('error')).toBeGreaterThan(types.lastIndexOf('text-delta'));
    expect(types[types.length - 1]).toBe('finish');
    const error = (parts.find((p) => p.type === 'error') as { error: APICallError }).error;
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toContain('stream broke off: terminated');
    expect(error.isRetryable).toBe(true);
    expect(parts[parts.length - 1]).toMatchObject({ finishReason: { unified: 'error' } });
  });

  it('reaches streamText as an onError call, never an unhandled rejection', async () => {
    const errors: unknown[] = [];
    const model = fakeModel('chat', brokenFetch([chunk('Partial')], new TypeError('socket hang up')));
    const result = streamText({ model, prompt: 'hi', onError: ({ error }) => void errors.push(error) });
    expect(await result.text).toBe('Partial');
    expect(errors).toHaveLength(1);
    expect(String((errors[0] as Error).message)).toContain('socket hang up');
  });

  it('an abort still rejects the read (the SDK reports aborts itself)', async () => {
    const abort = new DOMException('The operation was aborted.', 'AbortError');
    const model = fakeModel('chat', brokenFetch([chunk('x')], abort));
    const { stream } = await model.doStream({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] });
    await expect(drain(stream)).rejects.toThrow(/aborted/);
  });
});

describe('a slow network', () => {
  it('regression: network chunks that complete no event do not stall the stream (bytes arriving one at a time)', async () => {
    const bytes = new Uint8Array([...chunk('Hel'), ...chunk('lo'), ...encoder.encode('data: [DONE]\n\n')]);
    // One byte per read, 1 ms apart.
    const model = fakeModel('chat', fakeFetch({ chunks: Array.from(bytes, (byte) => new Uint8Array([byte])), chunkDelayMs: 1 }));
    const { stream } = await model.doStream({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }] });
    const parts = await drain(stream);
    expect(parts.filter((p) => p.type === 'text-delta').map((p) => (p as { delta: string }).delta).join('')).toBe('Hello');
    expect(parts[parts.length - 1].type).toBe('finish');
  });
});
