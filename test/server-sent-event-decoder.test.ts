import { describe, expect, it } from 'vitest';
import { ServerSentEventDecoder, type ServerSentEvent } from '../src/core/shared/server-sent-event-decoder';

function decode(chunks: Uint8Array[]): ServerSentEvent[] {
  const decoder = new ServerSentEventDecoder();
  const events: ServerSentEvent[] = [];
  for (const chunk of chunks) decoder.push(chunk, (event) => events.push(event));
  decoder.end((event) => events.push(event));
  return events;
}

function splitEvery(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.slice(i, i + size));
  return out;
}

const encoder = new TextEncoder();
const BODY = ': keep-alive\n\ndata: {"a":"é中🙂"}\n\nevent: message_delta\ndata: {"b":1}\n\ndata: [DONE]\n\n';
const EXPECTED = [
  { event: undefined, data: '{"a":"é中🙂"}' },
  { event: 'message_delta', data: '{"b":1}' },
  { event: undefined, data: '[DONE]' },
];

describe('ServerSentEventDecoder', () => {
  it.each([1, 2, 3, 5, 7, 64])('yields the same events when the bytes are cut every %i bytes (mid UTF-8, mid line)', async (size) => {
    expect(decode(splitEvery(encoder.encode(BODY), size))).toEqual(EXPECTED);
  });

  it.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('accepts %s line endings, also when the pair is cut between chunks', async (_name, eol) => {
    const body = BODY.replace(/\n/g, eol);
    expect(decode([encoder.encode(body)])).toEqual(EXPECTED);
    expect(decode(splitEvery(encoder.encode(body), 1))).toEqual(EXPECTED);
  });

  it('delivers a last event that has no blank line after it (stream cut at EOF)', async () => {
    expect(decode([encoder.encode('data: {"x":1}\n\ndata: {"y":2}')])).toEqual([
      { event: undefined, data: '{"x":1}' },
      { event: undefined, data: '{"y":2}' },
    ]);
  });

  it('joins multi-line data and ignores empty events and unknown fields', async () => {
    expect(decode([encoder.encode('id: 3\nretry: 10\n\n\n\ndata: a\ndata: b\n\n')])).toEqual([
      { event: undefined, data: 'a\nb' },
    ]);
  });
});

describe('ServerSentEventDecoder limits', () => {
  it('refuses an event longer than the limit with a clear error instead of buffering without bound', () => {
    const decoder = new ServerSentEventDecoder({ maxEventLength: 500 });
    expect(() => decoder.push(encoder.encode(`data: ${'x'.repeat(600)}`), () => {})).toThrow(/longer than 500 characters/);
  });
});
