/**
 * MiniMax answers on both wires, as bodies a fake `fetch` or a loopback server sends: a chat completion or its
 * stream, a messages-API message or its event stream. Each test changes only the field it is about.
 */
import type { FetchFunction } from '@ai-sdk/provider-utils';
import type { FakeRequest, FakeResponse } from '../../support/fake-fetch';
export const TEXT = 'The answer is 4.';

/** A non-streamed chat completion whose message is `message`; `extra` replaces top-level fields. */
export function chatCompletion(message: Record<string, unknown> = { content: TEXT }, extra: Record<string, unknown> = {}) {
  return {
    id: 'chatcmpl-1',
    object: 'chat.completion',
    created: 1764000000,
    model: 'MiniMax-M2.1',
    choices: [{ index: 0, message: { role: 'assistant', ...message }, finish_reason: 'stop' }],
    usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 },
    ...extra,
  };
}

/** Chat stream chunks for `text`, then a finish chunk with usage (`extra` replaces top-level fields of every chunk). */
export function chatChunks(text = TEXT, extra: Record<string, unknown> = {}) {
  const base = { id: 'chatcmpl-1', object: 'chat.completion.chunk', created: 1764000000, model: 'MiniMax-M2.1', ...extra };
  return [
    { ...base, choices: [{ index: 0, delta: { role: 'assistant', content: text } }] },
    { ...base, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage: { prompt_tokens: 10, completion_tokens: 5, total_tokens: 15 } },
  ];
}

/** Chat chunks as an SSE body; `[DONE]` at the end unless `done` is false. */
export function chatSse(chunks: unknown[], done = true): string {
  return chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`).join('') + (done ? 'data: [DONE]\n\n' : '');
}

/** A non-streamed messages-API answer with `content` blocks; `extra` replaces top-level fields. */
export function messagesBody(content: unknown[] = [{ type: 'text', text: TEXT }], extra: Record<string, unknown> = {}) {
  return {
    id: 'msg_1',
    type: 'message',
    role: 'assistant',
    model: 'MiniMax-M2.1',
    content,
    stop_reason: 'end_turn',
    usage: { input_tokens: 10, output_tokens: 5 },
    ...extra,
  };
}

/** Messages stream events for a text answer, from `message_start` to `message_stop`. */
export function messagesEvents(text = TEXT): Array<Record<string, unknown>> {
  return [
    { type: 'message_start', message: { id: 'msg_1', type: 'message', role: 'assistant', model: 'MiniMax-M2.1', content: [], usage: { input_tokens: 10, output_tokens: 0 } } },
    { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
    { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text } },
    { type: 'content_block_stop', index: 0 },
    { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 5 } },
    { type: 'message_stop' },
  ];
}

/** Messages events as an SSE body (`event:` line + `data:` line each). */
export function messagesSse(events: unknown[]): string {
  return events.map((event) => `event: ${(event as { type: string }).type}\ndata: ${JSON.stringify(event)}\n\n`).join('');
}

/** The whole successful answer of `wire`, streamed or not, as a body and its content type. */
export function successBody(wire: 'chat' | 'messages', stream: boolean): { body: string; contentType: string } {
  if (stream) return { body: wire === 'chat' ? chatSse(chatChunks()) : messagesSse(messagesEvents()), contentType: 'text/event-stream' };
  return { body: JSON.stringify(wire === 'chat' ? chatCompletion() : messagesBody()), contentType: 'application/json' };
}

/** The path a wire posts to under its base URL. */
export const WIRE_PATH = { chat: '/v1/chat/completions', messages: '/anthropic/v1/messages' } as const;

/** Provider settings whose every request goes to `fetch` (the base URL is a loopback port nothing listens on). */
export const fakeSettings = (fetch: FetchFunction, apiKey = 'sk-adversarial-key') => ({ apiKey, baseURL: 'http://127.0.0.1:9/v1', fetch });

/** Whether a recorded request asked for a stream. */
export const isStreamRequest = (request: FakeRequest) => request.body?.stream === true;

/** An SSE body as a fake response. */
export const sseResponse = (body: string): FakeResponse => ({ body, headers: { 'content-type': 'text/event-stream' } });
