/**
 * No silent wrong results, through ai@4 and ai@7 with the SDK's own tool loop (a custom fetch plays the server and
 * records what goes back to it):
 *
 * - deltas for a messages content block that never started: their text arrives (a tool input for one is an error),
 *   never an empty success;
 * - a tool call with an empty name is surfaced (the SDK's invalid-tool-call path), never dropped;
 * - tool calls with empty, missing or repeated ids get unique ids, and those are the ids sent back to MiniMax with
 *   the results, each result with its own call;
 * - a tool name streamed in pieces (with string indexes) is assembled and the tool runs.
 */
import { describe, expect, it } from 'vitest';
import { fakeFetch, type FakeRequest, type FakeResponse } from '../support/fake-fetch';
import { attempt, describeError, MAJORS, quietSdkWarnings } from './support/majors';
import { chatChunks, chatCompletion, chatSse, messagesBody, messagesEvents, messagesSse, TEXT, fakeSettings, isStreamRequest, sseResponse } from './support/wire';

const API_KEY = 'sk-adversarial-results-key';

quietSdkWarnings();

const settingsFor = (fetch: ReturnType<typeof fakeFetch>) => fakeSettings(fetch, API_KEY);

/**
 * The first request of a call is answered by `first` (streamed or not, as asked); any later one (the tool loop's
 * next step) by a plain text answer.
 */
function firstThenText(first: (request: FakeRequest) => FakeResponse) {
  const fetch = fakeFetch((request) => {
    if (fetch.requests.length === 1) return first(request);
    const messages = request.url.includes('/messages');
    if (isStreamRequest(request)) return sseResponse(messages ? messagesSse(messagesEvents()) : chatSse(chatChunks()));
    return { body: JSON.stringify(messages ? messagesBody() : chatCompletion()) };
  });
  return fetch;
}

describe('messages deltas for a block that never started', () => {
  const events = (deltaType: 'text_delta' | 'input_json_delta') => [
    messagesEvents()[0],
    // No content_block_start for index 0.
    { type: 'content_block_delta', index: 0, delta: deltaType === 'text_delta' ? { type: 'text_delta', text: TEXT } : { type: 'input_json_delta', partial_json: '{"a":1}' } },
    { type: 'content_block_stop', index: 0 },
    { type: 'message_delta', delta: { stop_reason: 'end_turn' }, usage: { output_tokens: 5 } },
    { type: 'message_stop' },
  ];

  it.each(MAJORS)('$name: text arrives; a tool input for one is an error, not an empty success', async (driver) => {
    const text = await driver.streamParts(settingsFor(fakeFetch(sseResponse(messagesSse(events('text_delta'))))), { endpoint: 'messages' });
    expect(text).toMatchObject({ text: TEXT, finishReason: 'stop', errors: [] });
    const input = await driver.streamParts(settingsFor(fakeFetch(sseResponse(messagesSse(events('input_json_delta'))))), { endpoint: 'messages' });
    expect(describeError(input.errors[0]).message).toMatch(/content block 0, which never started/);
    expect(input.finishReason).toBe('error');
  });
});

describe('a tool call with an empty name is surfaced', () => {
  const unnamed = (request: FakeRequest): FakeResponse => {
    const call = { id: 'call_1', type: 'function', function: { name: '', arguments: '{"location":"Paris"}' } };
    if (!isStreamRequest(request)) return { body: JSON.stringify(chatCompletion({ content: null, tool_calls: [call] }, { choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: [call] }, finish_reason: 'tool_calls' }] })) };
    return sseResponse(chatSse([{ choices: [{ index: 0, delta: { tool_calls: [{ index: 0, ...call }] } }] }, { choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] }]));
  };

  it.each(MAJORS)('$name: generate and stream report it (ai@4: NoSuchToolError; ai@7: an invalid call whose error goes back to MiniMax)', async (driver) => {
    for (const mode of ['generate', 'stream'] as const) {
      const fetch = firstThenText(unnamed);
      const args = { withTools: true, maxSteps: 2 };
      if (driver.name === 'ai@4') {
        const error = mode === 'generate' ? (await attempt(() => driver.generate(settingsFor(fetch), args))).error : (await driver.streamParts(settingsFor(fetch), args)).errors[0];
        expect(describeError(error).name, mode).toBe('AI_NoSuchToolError');
      } else {
        if (mode === 'generate') await driver.generate(settingsFor(fetch), args);
        else await driver.streamParts(settingsFor(fetch), args);
        // The SDK answered the call as invalid, and the next step told MiniMax so, under the call's id.
        expect(fetch.requests, mode).toHaveLength(2);
        const toolMessages = fetch.requests[1].body.messages.filter((m: { role: string }) => m.role === 'tool');
        expect(toolMessages.map((m: { tool_call_id: string }) => m.tool_call_id)).toEqual(['call_1']);
      }
    }
  });
});

describe('empty, missing or repeated tool-call ids get unique ids, and the results map back', () => {
  const cities = ['Paris', 'Tokyo'];
  /** Two weather calls in one answer whose ids are `ids` (`undefined`: no id at all). */
  const twoCalls = (wire: 'chat' | 'messages', ids: Array<string | undefined>) => (request: FakeRequest): FakeResponse => {
    if (wire === 'messages') {
      const blocks = cities.map((city, i) => ({ type: 'tool_use', ...(ids[i] === undefined ? {} : { id: ids[i] }), name: 'get_weather', input: { location: city } }));
      if (!isStreamRequest(request)) return { body: JSON.stringify(messagesBody(blocks, { stop_reason: 'tool_use' })) };
      return sseResponse(
        messagesSse([
          messagesEvents()[0],
          ...blocks.flatMap((block, index) => [
            { type: 'content_block_start', index, content_block: { ...block, input: {} } },
            { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: JSON.stringify(block.input) } },
            { type: 'content_block_stop', index },
          ]),
          { type: 'message_delta', delta: { stop_reason: 'tool_use' }, usage: { output_tokens: 9 } },
          { type: 'message_stop' },
        ]),
      );
    }
    const calls = cities.map((city, i) => ({ ...(ids[i] === undefined ? {} : { id: ids[i] }), type: 'function', function: { name: 'get_weather', arguments: JSON.stringify({ location: city }) } }));
    if (!isStreamRequest(request)) {
      return { body: JSON.stringify(chatCompletion(undefined, { choices: [{ index: 0, message: { role: 'assistant', content: null, tool_calls: calls }, finish_reason: 'tool_calls' }] })) };
    }
    return sseResponse(chatSse([{ choices: [{ index: 0, delta: { tool_calls: calls.map((call, index) => ({ index, ...call })) } }] }, { choices: [{ index: 0, delta: {}, finish_reason: 'tool_calls' }] }]));
  };

  /** The ids of the calls and of the results sent back in the next step, and which city each result is for. */
  function sentBack(request: FakeRequest, wire: 'chat' | 'messages') {
    const messages: any[] = request.body.messages;
    if (wire === 'chat') {
      const assistant = messages.find((m) => m.role === 'assistant' && m.tool_calls);
      const calls = assistant.tool_calls.map((c: any) => ({ id: c.id, city: JSON.parse(c.function.arguments).location }));
      const results = messages.filter((m) => m.role === 'tool').map((m) => ({ id: m.tool_call_id, content: String(m.content) }));
      return { calls, results };
    }
    const uses = messages.flatMap((m) => (Array.isArray(m.content) ? m.content : [])).filter((b: any) => b.type === 'tool_use');
    const results = messages.flatMap((m) => (Array.isArray(m.content) ? m.content : [])).filter((b: any) => b.type === 'tool_result');
    return {
      calls: uses.map((b: any) => ({ id: b.id, city: b.input.location })),
      results: results.map((b: any) => ({ id: b.tool_use_id, content: JSON.stringify(b.content) })),
    };
  }

  describe.each(MAJORS)('$name', (driver) => {
    it.each([
      ['chat', ['', '']],
      ['chat', [undefined, undefined]],
      ['chat', ['call_same', 'call_same']],
      ['messages', ['', '']],
      ['messages', ['toolu_same', 'toolu_same']],
    ] as const)('%s, ids %j', async (wire, ids) => {
      for (const mode of ['generate', 'stream'] as const) {
        const fetch = firstThenText(twoCalls(wire, [...ids]));
        const args = { endpoint: wire, withTools: true, maxSteps: 2 };
        if (mode === 'generate') await driver.generate(settingsFor(fetch), args);
        else expect((await driver.streamParts(settingsFor(fetch), args)).errors).toEqual([]);
        expect(fetch.requests, mode).toHaveLength(2);
        const { calls, results } = sentBack(fetch.requests[1], wire);
        const callIds = calls.map((c: { id: string }) => c.id);
        expect(new Set(callIds).size, `${mode}: unique call ids ${JSON.stringify(callIds)}`).toBe(2);
        for (const id of callIds) expect(id).toMatch(/\S/);
        // Each result goes back under its own call's id, with that call's city.
        expect(results.map((r: { id: string }) => r.id)).toEqual(callIds);
        calls.forEach((call: { city: string }, i: number) => expect(results[i].content).toContain(call.city));
      }
    });
  });
});

describe('a tool name streamed in pieces', () => {
  /** The call's name in two pieces, then its arguments in two; indexes as numbers, or (as some proxies send them) strings. */
  const pieces = (index: number | string) => () =>
    sseResponse(
      chatSse([
        { choices: [{ index, delta: { tool_calls: [{ index, id: 'call_1', type: 'function', function: { name: 'get_', arguments: '' } }] } }] },
        { choices: [{ index, delta: { tool_calls: [{ index, function: { name: 'weather', arguments: '' } }] } }] },
        { choices: [{ index, delta: { tool_calls: [{ index, function: { arguments: '{"location":' } }] } }] },
        { choices: [{ index, delta: { tool_calls: [{ index, function: { arguments: '"Paris"}' } }] } }] },
        { choices: [{ index, delta: {}, finish_reason: 'tool_calls' }] },
      ]),
    );

  it.each(MAJORS)('$name: is assembled, and the tool runs', async (driver) => {
    for (const index of [0, '0']) {
      const fetch = firstThenText(pieces(index));
      const outcome = await driver.streamParts(settingsFor(fetch), { withTools: true, maxSteps: 2 });
      expect(outcome.errors, `index ${JSON.stringify(index)}`).toEqual([]);
      expect(fetch.requests).toHaveLength(2);
      const assistant = fetch.requests[1].body.messages.find((m: any) => m.role === 'assistant');
      expect(assistant.tool_calls.map((c: any) => c.function.name)).toEqual(['get_weather']);
      const tool = fetch.requests[1].body.messages.find((m: any) => m.role === 'tool');
      expect(tool).toMatchObject({ tool_call_id: 'call_1' });
      expect(String(tool.content)).toContain('sunny');
      expect(outcome.text).toBe(TEXT);
    }
  });
});
