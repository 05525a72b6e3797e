import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createMiniMaxEmulator,
  parseEventFixture,
  thinkingSignature,
  type MiniMaxEmulator,
} from '../src/testing/index.js';

let emu: MiniMaxEmulator;

beforeEach(async () => {
  emu = await createMiniMaxEmulator();
});
afterEach(async () => {
  await emu.close();
});

const MODEL = 'MiniMax-M2.1';

function post(
  body: unknown,
  init: { headers?: Record<string, string>; signal?: AbortSignal; target?: MiniMaxEmulator } = {},
) {
  const target = init.target ?? emu;
  return fetch(`${target.anthropicBaseURL}/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'anthropic-version': '2023-06-01', ...init.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: init.signal,
  });
}

function chat(body: unknown) {
  return fetch(`${emu.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

function request(overrides: Record<string, unknown> = {}) {
  return { model: MODEL, max_tokens: 1024, messages: [{ role: 'user', content: 'Hello there' }], ...overrides };
}

interface SseEvent {
  event?: string;
  data: any;
}

/** Parses an Anthropic-style SSE body: events separated by a blank line, each `event: <name>` + `data: <json>`. */
async function readEvents(response: Response): Promise<{ events: SseEvent[]; raw: string }> {
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const raw = await response.text();
  expect(raw.endsWith('\n\n')).toBe(true);
  const events: SseEvent[] = [];
  for (const block of raw.split('\n\n')) {
    if (block === '') continue;
    let event: string | undefined;
    let data: string | undefined;
    for (const line of block.split('\n')) {
      if (line.startsWith('event: ')) event = line.slice('event: '.length);
      else if (line.startsWith('data: ')) data = line.slice('data: '.length);
      else throw new Error(`unexpected SSE line: ${line}`);
    }
    expect(data).toBeDefined();
    events.push({ event, data: JSON.parse(data!) });
  }
  return { events, raw };
}

/**
 * Reassembles content blocks the way a careful client does: start block + deltas (text appended to the
 * start block's text unless `dedupeStartText`, in which case a first delta equal to the start text is skipped).
 */
function reassemble(events: SseEvent[], options: { dedupeStartText?: boolean } = {}) {
  const blocks: any[] = [];
  const json: string[] = [];
  const startText: string[] = [];
  const deltaCount: number[] = [];
  for (const { data } of events) {
    if (data.type === 'content_block_start') {
      blocks[data.index] = { ...data.content_block };
      json[data.index] = '';
      startText[data.index] = data.content_block.text ?? '';
      deltaCount[data.index] = 0;
    } else if (data.type === 'content_block_delta') {
      const block = blocks[data.index];
      const delta = data.delta;
      const first = deltaCount[data.index]++ === 0;
      if (delta.type === 'thinking_delta') block.thinking += delta.thinking;
      else if (delta.type === 'signature_delta') block.signature += delta.signature;
      else if (delta.type === 'text_delta') {
        if (!(options.dedupeStartText && first && startText[data.index] !== '' && delta.text === startText[data.index])) {
          block.text += delta.text;
        }
      } else if (delta.type === 'input_json_delta') json[data.index] += delta.partial_json;
      else throw new Error(`unknown delta ${delta.type}`);
    } else if (data.type === 'content_block_stop') {
      const block = blocks[data.index];
      if (block.type === 'tool_use') block.input = json[data.index] === '' ? {} : JSON.parse(json[data.index]);
    }
  }
  return blocks;
}

const weatherTool = {
  name: 'get_weather',
  description: 'Weather for a place',
  input_schema: {
    type: 'object',
    properties: {
      location: { type: 'string' },
      unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
      days: { type: 'integer' },
      note: { type: 'string' },
    },
    required: ['location', 'unit', 'days'],
  },
};

/** The emulator's token rule, restated: ceil(characters / 4) of the blocks' JSON. */
function tokensOf(...blocks: unknown[]): number {
  return Math.ceil(blocks.map((block) => JSON.stringify(block)).join('').length / 4);
}

function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url)), 'utf8');
}

// The deadline bounds a failure only (generous: the machine may be busy); nothing is timed.
async function waitFor(condition: () => boolean, timeoutMs = 30_000) {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

describe('non-stream replies', () => {
  it('builds a message with thinking (signed), text and tool_use blocks', async () => {
    const reasoning = 'The user wants the weather; call the tool.';
    const text = 'Let me check.';
    emu.enqueue({
      type: 'reply',
      reasoning,
      text,
      toolCalls: [
        { name: 'get_weather', arguments: { location: 'Paris' } },
        { id: 'call_function_fixed0000001_2', name: 'get_weather', arguments: '{"location":"Rome"}' },
      ],
    });
    const prompt = 'Weather in Paris and Rome?';
    const res = await post(request({ model: 'MiniMax-M2.5', messages: [{ role: 'user', content: prompt }] }));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body: any = await res.json();
    expect(body).toEqual({
      id: expect.stringMatching(/^msg_[0-9a-f]{32}$/),
      type: 'message',
      role: 'assistant',
      model: 'MiniMax-M2.5',
      content: [
        { type: 'thinking', thinking: reasoning, signature: expect.stringMatching(/^[0-9a-f]{64}$/) },
        { type: 'text', text },
        { type: 'tool_use', id: expect.stringMatching(/^call_function_[a-z0-9]{12}_1$/), name: 'get_weather', input: { location: 'Paris' } },
        { type: 'tool_use', id: 'call_function_fixed0000001_2', name: 'get_weather', input: { location: 'Rome' } },
      ],
      stop_reason: 'tool_use',
      stop_sequence: null,
      usage: {
        input_tokens: tokensOf({ type: 'text', text: prompt }),
        // thinking tokens + ceil((text + each tool name + its JSON arguments) characters / 4)
        output_tokens:
          Math.ceil(reasoning.length / 4) +
          Math.ceil((text.length + 11 + '{"location":"Paris"}'.length + 11 + '{"location":"Rome"}'.length) / 4),
        cache_creation_input_tokens: 0,
        cache_read_input_tokens: 0,
      },
      base_resp: { status_code: 0, status_msg: '' },
    });
    expect(Object.keys(body.usage)).toEqual([
      'input_tokens',
      'output_tokens',
      'cache_creation_input_tokens',
      'cache_read_input_tokens',
    ]);
  });

  it('signs thinking deterministically: the same text gets the same signature, other text another', async () => {
    emu.enqueue(
      { type: 'reply', reasoning: 'Same thought.', text: 'a' },
      { type: 'reply', reasoning: 'Same thought.', text: 'b' },
      { type: 'reply', reasoning: 'Other thought.', text: 'c' },
    );
    const signatures: string[] = [];
    for (let i = 0; i < 3; i++) {
      const body: any = await (await post(request())).json();
      signatures.push(body.content[0].signature);
    }
    expect(signatures[0]).toBe(signatures[1]);
    expect(signatures[2]).not.toBe(signatures[0]);
    expect(signatures[0]).toBe(thinkingSignature('Same thought.'));
  });

  it('maps finishReason to stop_reason and lets reply usage override the estimates', async () => {
    emu.enqueue(
      { type: 'reply', text: 'cut', finishReason: 'length', usage: { output_tokens: 99, cache_read_input_tokens: 7, input_tokens: 3 } },
      { type: 'reply', text: 'chat names', usage: { prompt_tokens: 50, cached_tokens: 20, completion_tokens: 9 } },
    );
    const first: any = await (await post(request())).json();
    expect(first.content).toEqual([{ type: 'text', text: 'cut' }]);
    expect(first.stop_reason).toBe('max_tokens');
    expect(first.usage).toEqual({ input_tokens: 3, output_tokens: 99, cache_creation_input_tokens: 0, cache_read_input_tokens: 7 });

    const second: any = await (await post(request())).json();
    expect(second.stop_reason).toBe('end_turn');
    // chat names as fallbacks: prompt_tokens includes the cached ones, input_tokens does not
    expect(second.usage).toEqual({ input_tokens: 30, output_tokens: 9, cache_creation_input_tokens: 0, cache_read_input_tokens: 20 });
  });
});

describe('streaming replies', () => {
  it('streams message_start, ping, thinking + signature, text, tool_use fragments, message_delta, message_stop', async () => {
    const reasoning = 'Two cities: two calls, then a short note.';
    const text = 'Checking both cities now.';
    const reply = {
      reasoning,
      text,
      toolCalls: [
        { id: 'call_function_aaaaaaaaaaaa_1', name: 'get_weather', arguments: { location: 'Tokyo', unit: 'celsius', days: 3 } },
        { id: 'call_function_bbbbbbbbbbbb_2', name: 'get_weather', arguments: { location: 'Paris', unit: 'celsius', days: 1 } },
      ],
      chunkSize: 5,
    };
    emu.enqueue({ type: 'reply', ...reply }, { type: 'reply', ...reply });
    const res = await post(request({ stream: true, tools: [weatherTool] }));
    expect(res.status).toBe(200);
    const { events, raw } = await readEvents(res);
    expect(raw).not.toContain('[DONE]');
    for (const { event, data } of events) expect(event).toBe(data.type);

    const types = events.map((e) => e.data.type);
    expect(types.slice(0, 2)).toEqual(['message_start', 'ping']);
    expect(types.slice(-2)).toEqual(['message_delta', 'message_stop']);

    const start = events[0].data.message;
    expect(start).toEqual({
      id: expect.stringMatching(/^msg_[0-9a-f]{32}$/),
      type: 'message',
      role: 'assistant',
      model: MODEL,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: expect.any(Number), cache_creation_input_tokens: 0, cache_read_input_tokens: 0, output_tokens: 1 },
    });
    expect(start.usage.input_tokens).toBeGreaterThan(0);

    // Blocks open and close in index order, never overlapping.
    const blockEvents = events.slice(2, -2).map((e) => e.data);
    let open: number | undefined;
    let nextIndex = 0;
    for (const data of blockEvents) {
      if (data.type === 'content_block_start') {
        expect(open).toBeUndefined();
        expect(data.index).toBe(nextIndex++);
        open = data.index;
      } else {
        expect(data.index).toBe(open);
        if (data.type === 'content_block_stop') open = undefined;
        else expect(data.type).toBe('content_block_delta');
      }
    }
    expect(open).toBeUndefined();
    expect(nextIndex).toBe(4);

    const starts = blockEvents.filter((d) => d.type === 'content_block_start').map((d) => d.content_block);
    expect(starts).toEqual([
      { type: 'thinking', thinking: '', signature: '' },
      { type: 'text', text: '' },
      { type: 'tool_use', id: 'call_function_aaaaaaaaaaaa_1', name: 'get_weather', input: {} },
      { type: 'tool_use', id: 'call_function_bbbbbbbbbbbb_2', name: 'get_weather', input: {} },
    ]);

    const deltaTypes = (index: number) =>
      blockEvents.filter((d) => d.type === 'content_block_delta' && d.index === index).map((d) => d.delta.type);
    const thinkingDeltas = deltaTypes(0);
    expect(thinkingDeltas.length).toBe(Math.ceil(reasoning.length / 5) + 1);
    expect(thinkingDeltas.slice(0, -1).every((t) => t === 'thinking_delta')).toBe(true);
    expect(thinkingDeltas[thinkingDeltas.length - 1]).toBe('signature_delta');
    expect(deltaTypes(1).every((t) => t === 'text_delta')).toBe(true);
    expect(deltaTypes(2).length).toBeGreaterThan(4);
    expect(deltaTypes(2).every((t) => t === 'input_json_delta')).toBe(true);

    const blocks = reassemble(events);
    expect(blocks).toEqual([
      { type: 'thinking', thinking: reasoning, signature: thinkingSignature(reasoning) },
      { type: 'text', text },
      { type: 'tool_use', id: 'call_function_aaaaaaaaaaaa_1', name: 'get_weather', input: { location: 'Tokyo', unit: 'celsius', days: 3 } },
      { type: 'tool_use', id: 'call_function_bbbbbbbbbbbb_2', name: 'get_weather', input: { location: 'Paris', unit: 'celsius', days: 1 } },
    ]);

    const messageDelta = events[events.length - 2].data;
    expect(messageDelta.delta).toEqual({ stop_reason: 'tool_use', stop_sequence: null });
    expect(Object.keys(messageDelta.usage)).toEqual(['output_tokens']);

    // The same reply as JSON carries exactly the reassembled blocks and the same usage.
    const json: any = await (await post(request({ tools: [weatherTool] }))).json();
    expect(json.content).toEqual(blocks);
    expect(json.usage.output_tokens).toBe(messageDelta.usage.output_tokens);
    expect(json.usage.input_tokens).toBe(start.usage.input_tokens);
  });

  it('duplicateStartText puts the first text piece in content_block_start and repeats it in the first text_delta', async () => {
    const text = 'Hello, world! Nice day.';
    emu.enqueue(
      { type: 'reply', reasoning: 'Greet.', text, chunkSize: 6, duplicateStartText: true },
      { type: 'reply', reasoning: 'Greet.', text, chunkSize: 6 },
    );
    const { events } = await readEvents(await post(request({ stream: true })));
    const textStart = events.find((e) => e.data.type === 'content_block_start' && e.data.content_block.type === 'text')!.data;
    expect(textStart.content_block).toEqual({ type: 'text', text: 'Hello,' });
    const textDeltas = events
      .filter((e) => e.data.type === 'content_block_delta' && e.data.index === textStart.index)
      .map((e) => e.data.delta);
    expect(textDeltas[0]).toEqual({ type: 'text_delta', text: 'Hello,' });
    expect(textDeltas.map((d) => d.text).join('')).toBe(text);
    // A client that appends deltas to the start block shows the first piece twice; one that dedupes does not.
    expect(reassemble(events)[textStart.index].text).toBe(`Hello,${text}`);
    expect(reassemble(events, { dedupeStartText: true })[textStart.index].text).toBe(text);

    const plain = await readEvents(await post(request({ stream: true })));
    const plainStart = plain.events.find((e) => e.data.type === 'content_block_start' && e.data.content_block.type === 'text')!;
    expect(plainStart.data.content_block).toEqual({ type: 'text', text: '' });
    expect(reassemble(plain.events)[plainStart.data.index].text).toBe(text);
  });

  it('errorAfterChunks ends the stream with an overloaded_error event after that many events', async () => {
    emu.enqueue({
      type: 'reply',
      reasoning: 'Thinking hard about it.',
      text: 'This will not finish.',
      chunkSize: 4,
      errorAfterChunks: { after: 5, code: 1002, message: 'rate limit' },
    });
    const { events } = await readEvents(await post(request({ stream: true })));
    expect(events).toHaveLength(6);
    expect(events.slice(0, 5).map((e) => e.data.type)).toEqual([
      'message_start',
      'ping',
      'content_block_start',
      'content_block_delta',
      'content_block_delta',
    ]);
    expect(events[4].data.delta).toEqual({ type: 'thinking_delta', thinking: 'king' });
    expect(events[5]).toEqual({
      event: 'error',
      data: { type: 'error', error: { type: 'overloaded_error', message: 'rate limit (1002)' } },
    });
    expect(events.some((e) => e.data.type === 'message_stop')).toBe(false);
  });

  it('errorAfterChunks on a non-stream request answers HTTP 200 with a base_resp error', async () => {
    emu.enqueue({ type: 'reply', text: 'x', errorAfterChunks: { after: 1, code: 1008, message: 'insufficient balance' } });
    const res = await post(request());
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ base_resp: { status_code: 1008, status_msg: 'insufficient balance' } });
  });
});

describe('scripted queue', () => {
  it('is one FIFO across both wires', async () => {
    emu.enqueue({ type: 'json', body: { n: 1 } }, { type: 'json', body: { n: 2 } }, { type: 'json', body: { n: 3 } });
    expect(await (await post(request())).json()).toEqual({ n: 1 });
    expect(await (await chat({ model: MODEL, messages: [{ role: 'user', content: 'x' }] })).json()).toEqual({ n: 2 });
    expect(await (await post(request())).json()).toEqual({ n: 3 });
    // queue empty: each wire's default responder
    const message: any = await (await post(request())).json();
    expect(message.type).toBe('message');
    expect(emu.requests.map((r) => r.path)).toEqual([
      '/anthropic/v1/messages',
      '/v1/chat/completions',
      '/anthropic/v1/messages',
      '/anthropic/v1/messages',
    ]);
  });

  it('sse writes object chunks as event: <type> + data, strings raw, and no [DONE] unless asked', async () => {
    emu.enqueue(
      { type: 'sse', chunks: [{ type: 'ping' }, 'event: custom\ndata: {"broken":\n\n', { no: 'type' }] },
      { type: 'sse', chunks: [{ type: 'message_stop' }], done: true },
    );
    const first = await post(request({ stream: true }));
    expect(first.headers.get('content-type')).toBe('text/event-stream');
    expect(await first.text()).toBe(
      'event: ping\ndata: {"type":"ping"}\n\nevent: custom\ndata: {"broken":\n\ndata: {"no":"type"}\n\n',
    );
    const second = await post(request({ stream: true }));
    expect(await second.text()).toBe('event: message_stop\ndata: {"type":"message_stop"}\n\ndata: [DONE]\n\n');
  });

  it('raw and base-resp', async () => {
    emu.enqueue(
      { type: 'raw', status: 529, body: '{"type":"error","error":{"type":"overloaded_error","message":"busy"}}', headers: { 'content-type': 'application/json' } },
      { type: 'base-resp', code: 1002, message: 'rate limit' },
    );
    const raw = await post(request());
    expect(raw.status).toBe(529);
    expect(((await raw.json()) as any).error.type).toBe('overloaded_error');
    const baseResp = await post(request({ stream: true }));
    expect(baseResp.status).toBe(200);
    expect(baseResp.headers.get('content-type')).toContain('application/json');
    expect(await baseResp.json()).toEqual({ base_resp: { status_code: 1002, status_msg: 'rate limit' } });
  });

  it('replays the messages-thinking-text event fixture', async () => {
    const events = parseEventFixture(fixture('messages-thinking-text.events.txt'));
    expect(events[0].type).toBe('message_start');
    expect(events[events.length - 1].type).toBe('message_stop');
    emu.enqueue({ type: 'sse', chunks: events });
    const received = await readEvents(await post(request({ stream: true })));
    expect(received.events.map((e) => e.data)).toEqual(events);
    for (const { event, data } of received.events) expect(event).toBe(data.type);
    const blocks = reassemble(received.events);
    expect(blocks).toEqual([
      {
        type: 'thinking',
        thinking:
          'The user asks at what temperature water boils at sea level. That is 100 °C (212 °F) at standard pressure. A one-sentence answer is enough.',
        signature: '5b1e0c9f3a7d24e68c0b9a1f47d3e2c65a8b0f1e9d7c3b2a4f6e8d0c1b3a5f7e',
      },
      { type: 'text', text: 'At sea level, water boils at 100 °C (212 °F).' },
    ]);
    const messageDelta = received.events[received.events.length - 2].data;
    expect(messageDelta).toEqual({
      type: 'message_delta',
      delta: { stop_reason: 'end_turn', stop_sequence: null },
      usage: { output_tokens: 46 },
    });
  });
});

describe('default responder', () => {
  it('calls the first tool with synthesised input, then answers by quoting the tool_result', async () => {
    const question = { role: 'user', content: [{ type: 'text', text: 'Weather in Tokyo?' }] };
    const first = await post(request({ tools: [weatherTool, { name: 'other', input_schema: { type: 'object' } }], messages: [question] }));
    expect(first.status).toBe(200);
    const call: any = await first.json();
    expect(call.stop_reason).toBe('tool_use');
    expect(call.content.map((b: any) => b.type)).toEqual(['thinking', 'tool_use']);
    expect(call.content[0].thinking).toContain('get_weather');
    expect(call.content[0].signature).toBe(thinkingSignature(call.content[0].thinking));
    const toolUse = call.content[1];
    expect(toolUse).toEqual({
      type: 'tool_use',
      id: expect.stringMatching(/^call_function_[a-z0-9]{12}_1$/),
      name: 'get_weather',
      input: { location: 'Tokyo', unit: 'celsius', days: 1 },
    });

    // The client sends the assistant content back unchanged, plus the tool result.
    const second = await post(
      request({
        tools: [weatherTool],
        messages: [
          question,
          { role: 'assistant', content: call.content },
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: toolUse.id, content: 'Sunny, 21°C' }] },
        ],
      }),
    );
    expect(second.status).toBe(200);
    const answer: any = await second.json();
    expect(answer.stop_reason).toBe('end_turn');
    expect(answer.content.map((b: any) => b.type)).toEqual(['thinking', 'text']);
    expect(answer.content[0].thinking).toContain('get_weather');
    expect(answer.content[1].text).toBe('According to get_weather: "Sunny, 21°C".');
  });

  it('honours tool_choice {type: tool} and streams the tool_use', async () => {
    const res = await post(
      request({
        stream: true,
        tools: [{ name: 'first', input_schema: { type: 'object' } }, weatherTool],
        tool_choice: { type: 'tool', name: 'get_weather' },
        messages: [{ role: 'user', content: 'Weather?' }],
      }),
    );
    const { events } = await readEvents(res);
    const blocks = reassemble(events);
    expect(blocks.map((b) => b.type)).toEqual(['thinking', 'tool_use']);
    expect(blocks[1].name).toBe('get_weather');
    expect(blocks[1].input).toEqual({ location: 'Tokyo', unit: 'celsius', days: 1 });
    expect(events[events.length - 2].data.delta.stop_reason).toBe('tool_use');
  });

  it('answers plain questions with thinking + text, and skips thinking for M3 with thinking disabled', async () => {
    const plain: any = await (await post(request({ messages: [{ role: 'user', content: 'What is 6 * 7?' }] }))).json();
    expect(plain.content.map((b: any) => b.type)).toEqual(['thinking', 'text']);
    expect(plain.content[1].text).toBe('6 * 7 = 42.');
    expect(plain.stop_reason).toBe('end_turn');

    const m3: any = await (
      await post(request({ model: 'MiniMax-M3', thinking: { type: 'disabled' }, messages: [{ role: 'user', content: '2+2' }] }))
    ).json();
    expect(m3.content).toEqual([{ type: 'text', text: '2 + 2 = 4.' }]);
  });
});

describe('validation', () => {
  const user = { role: 'user', content: 'hi' };
  const toolUse = (id: string) => ({
    role: 'assistant',
    content: [{ type: 'tool_use', id, name: 'get_weather', input: { location: 'Tokyo' } }],
  });
  const toolResult = (id: string) => ({ role: 'user', content: [{ type: 'tool_result', tool_use_id: id, content: 'ok' }] });
  const cached = (text: string) => ({ type: 'text', text, cache_control: { type: 'ephemeral' } });

  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['missing max_tokens', { max_tokens: undefined }, /max_tokens is required/],
    ['missing messages', { messages: undefined }, /messages is empty/],
    ['empty messages', { messages: [] }, /messages is empty/],
    ['a system role inside messages', { messages: [{ role: 'system', content: 'Be brief.' }, user] }, /role system .*top-level system/],
    ['two consecutive user messages', { messages: [user, { role: 'user', content: 'again' }] }, /same role user/],
    [
      'two consecutive assistant messages',
      { messages: [user, { role: 'assistant', content: 'a' }, { role: 'assistant', content: 'b' }] },
      /same role assistant/,
    ],
    ['a tool_result with an unknown tool_use_id', { messages: [user, toolUse('c1'), toolResult('c2')] }, /tool_result .*"c2"/],
    [
      'a tool_result not right after its tool_use',
      { messages: [user, toolUse('c1'), { role: 'user', content: 'wait' }, { role: 'assistant', content: 'ok' }, toolResult('c1')] },
      /tool_result .*"c1"/,
    ],
    ['a tool_result in the first message', { messages: [toolResult('c1')] }, /tool_result/],
    ['temperature 0 on M2.x', { temperature: 0 }, /temperature must be in \(0, 1\]/],
    ['temperature 1.5 on M2.x', { temperature: 1.5 }, /temperature/],
    ['temperature 2.5 on M3', { model: 'MiniMax-M3', temperature: 2.5 }, /temperature must be in \[0, 2\]/],
    [
      'an image block on M2.x',
      {
        messages: [
          { role: 'user', content: [{ type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } }, { type: 'text', text: 'What is this?' }] },
        ],
      },
      /image blocks are not supported by MiniMax-M2\.1/,
    ],
    [
      'more than 4 cache_control breakpoints (tools + system + messages)',
      {
        tools: [{ ...weatherTool, cache_control: { type: 'ephemeral' } }, { name: 'other', input_schema: { type: 'object' }, cache_control: { type: 'ephemeral' } }],
        system: [cached('System one.'), cached('System two.')],
        messages: [{ role: 'user', content: [cached('Question?')] }],
      },
      /at most 4 .*cache_control, got 5/,
    ],
  ];

  for (const [name, overrides, message] of cases) {
    it(`rejects ${name} with 400 invalid_request_error 2013`, async () => {
      emu.enqueue({ type: 'json', body: { shouldNotBeServed: true } });
      const res = await post(request(overrides));
      expect(res.status).toBe(400);
      const body: any = await res.json();
      expect(body).toEqual({
        type: 'error',
        error: { type: 'invalid_request_error', message: expect.stringMatching(/^invalid params, .+ \(2013\)$/) },
      });
      expect(body.error.message).toMatch(message);
      expect(emu.requests).toHaveLength(1);
      expect(emu.requests[0].path).toBe('/anthropic/v1/messages');
      // the rejected request did not consume the scripted response
      expect(await (await post(request())).json()).toEqual({ shouldNotBeServed: true });
    });
  }

  it('accepts M3 temperatures 0 and 2, images on M3, 4 breakpoints, and a matching tool_result', async () => {
    for (const temperature of [0, 2]) {
      expect((await post(request({ model: 'MiniMax-M3', temperature }))).status).toBe(200);
    }
    expect((await post(request({ temperature: 1 }))).status).toBe(200);
    const image = await post(
      request({
        model: 'MiniMax-M3',
        messages: [{ role: 'user', content: [{ type: 'image', source: { type: 'url', url: 'https://example.com/a.png' } }, { type: 'text', text: 'What is this?' }] }],
      }),
    );
    expect(image.status).toBe(200);
    const fourBreakpoints = await post(
      request({
        tools: [{ ...weatherTool, cache_control: { type: 'ephemeral' } }],
        system: [cached('System.')],
        messages: [
          { role: 'user', content: [cached('Weather?')] },
          toolUse('c1'),
          { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'c1', content: 'Sunny', cache_control: { type: 'ephemeral' } }] },
        ],
      }),
    );
    expect(fourBreakpoints.status).toBe(200);
    expect(((await fourBreakpoints.json()) as any).content.at(-1).text).toBe('According to get_weather: "Sunny".');
  });

  it('rejects a body that is not JSON and records it', async () => {
    const res = await post('{"model": "MiniMax-M2.1", ');
    expect(res.status).toBe(400);
    expect(((await res.json()) as any).error).toEqual({
      type: 'invalid_request_error',
      message: 'invalid params, request body is not valid JSON (2013)',
    });
    expect(emu.requests[0].body).toBeUndefined();
    expect(emu.requests[0].rawBody).toBe('{"model": "MiniMax-M2.1", ');
  });
});

describe('authentication and routing', () => {
  it('answers 401 login fail (1004) without the right key, 200 with x-api-key or Bearer', async () => {
    const secured = await createMiniMaxEmulator({ apiKey: 'sk-test-456' });
    try {
      secured.enqueue({ type: 'json', body: { servedToTheFirstAuthorizedRequest: true } });
      for (const headers of [{}, { 'x-api-key': 'wrong' }, { Authorization: 'Bearer wrong' }] as Array<Record<string, string>>) {
        const res = await post(request(), { target: secured, headers });
        expect(res.status).toBe(401);
        expect(await res.json()).toEqual({
          type: 'error',
          error: {
            type: 'authentication_error',
            message: "login fail: Please carry the API secret key in the 'x-api-key' field of the request header (1004)",
          },
        });
      }
      // the 401s did not consume the scripted response
      const withKey = await post(request(), { target: secured, headers: { 'x-api-key': 'sk-test-456' } });
      expect(withKey.status).toBe(200);
      expect(await withKey.json()).toEqual({ servedToTheFirstAuthorizedRequest: true });
      const withBearer = await post(request(), { target: secured, headers: { Authorization: 'Bearer sk-test-456' } });
      expect(withBearer.status).toBe(200);
      expect(((await withBearer.json()) as any).type).toBe('message');
      expect(secured.requests).toHaveLength(5);
      expect(secured.requests.every((r) => r.path === '/anthropic/v1/messages')).toBe(true);
      expect(secured.requests[0].headers['x-api-key']).toBeUndefined();
      expect(secured.requests[3].headers['x-api-key']).toBe('sk-test-456');
      expect(secured.requests[3].headers['anthropic-version']).toBe('2023-06-01');
      expect(secured.requests[4].headers['authorization']).toBe('Bearer sk-test-456');
    } finally {
      await secured.close();
    }
  });

  it('records every request, and answers other /anthropic paths 404 and other methods 405', async () => {
    const payload = request();
    await post(payload);
    const other = await fetch(`${emu.anthropicBaseURL}/complete`, { method: 'POST', body: '{}' });
    expect(other.status).toBe(404);
    expect(((await other.json()) as any).error.type).toBe('not_found_error');
    const get = await fetch(`${emu.anthropicBaseURL}/messages`);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
    expect(((await get.json()) as any).type).toBe('error');
    expect(emu.requests.map((r) => `${r.method} ${r.path}`)).toEqual([
      'POST /anthropic/v1/messages',
      'POST /anthropic/v1/complete',
      'GET /anthropic/v1/messages',
    ]);
    expect(emu.requests[0].body).toEqual(payload);
    expect(emu.requests[0].rawBody).toBe(JSON.stringify(payload));
  });
});

describe('prompt caching', () => {
  const systemText = 'You are a meticulous travel assistant. Answer with facts only. '.repeat(8);
  const cachedRequest = (question: string, extra: Record<string, unknown> = {}) =>
    request({
      system: [{ type: 'text', text: systemText, cache_control: { type: 'ephemeral' } }],
      messages: [{ role: 'user', content: question }],
      ...extra,
    });
  const systemTokens = tokensOf({ type: 'text', text: systemText });

  it('writes a cached system block on the first request and reads it on the same request again', async () => {
    const first: any = await (await post(cachedRequest('Best time to visit Kyoto?'))).json();
    expect(first.usage.cache_creation_input_tokens).toBeGreaterThan(0);
    expect(first.usage.cache_read_input_tokens).toBe(0);
    expect(first.usage.cache_creation_input_tokens).toBe(systemTokens);
    const questionTokens = tokensOf({ type: 'text', text: systemText }, { type: 'text', text: 'Best time to visit Kyoto?' }) - systemTokens;
    expect(first.usage.input_tokens).toBe(questionTokens);

    const second: any = await (await post(cachedRequest('Best time to visit Kyoto?'))).json();
    expect(second.usage.cache_read_input_tokens).toBeGreaterThan(0);
    expect(second.usage.cache_creation_input_tokens).toBe(0);
    expect(second.usage.cache_read_input_tokens).toBe(first.usage.cache_creation_input_tokens);
    expect(second.usage.input_tokens).toBe(first.usage.input_tokens);

    // A string system without cache_control caches nothing.
    const uncached: any = await (await post(request({ system: systemText }))).json();
    expect(uncached.usage.cache_creation_input_tokens).toBe(0);
    expect(uncached.usage.cache_read_input_tokens).toBe(0);
  });

  it('reports the split in message_start of a stream, reads the longest cached prefix and writes the rest', async () => {
    const firstEvents = (await readEvents(await post(cachedRequest('Q1?', { stream: true })))).events;
    expect(firstEvents[0].data.message.usage).toMatchObject({ cache_creation_input_tokens: systemTokens, cache_read_input_tokens: 0 });

    // Same system, a later conversation with a second breakpoint on the last user block.
    const longer = cachedRequest('', {
      messages: [
        { role: 'user', content: 'Q1?' },
        { role: 'assistant', content: 'A1.' },
        { role: 'user', content: [{ type: 'text', text: 'Q2?', cache_control: { type: 'ephemeral' } }] },
      ],
    });
    const second: any = await (await post(longer)).json();
    const allTokens = tokensOf(
      { type: 'text', text: systemText },
      { type: 'text', text: 'Q1?' },
      { type: 'text', text: 'A1.' },
      { type: 'text', text: 'Q2?' },
    );
    expect(second.usage.cache_read_input_tokens).toBe(systemTokens);
    expect(second.usage.cache_creation_input_tokens).toBe(allTokens - systemTokens);
    expect(second.usage.input_tokens).toBe(0);

    const third: any = await (await post(longer)).json();
    expect(third.usage).toMatchObject({ cache_read_input_tokens: allTokens, cache_creation_input_tokens: 0, input_tokens: 0 });
  });

  it('keys the cache by model and content; tools come first in the prefix', async () => {
    await post(cachedRequest('Q?'));
    const otherModel: any = await (await post(cachedRequest('Q?', { model: 'MiniMax-M2.5' }))).json();
    expect(otherModel.usage.cache_read_input_tokens).toBe(0);
    expect(otherModel.usage.cache_creation_input_tokens).toBe(systemTokens);

    const withTool: any = await (await post(cachedRequest('Q?', { tools: [weatherTool] }))).json();
    expect(withTool.usage.cache_read_input_tokens).toBe(0); // the tool changed the prefix
    expect(withTool.usage.cache_creation_input_tokens).toBe(tokensOf(weatherTool, { type: 'text', text: systemText }));
  });

  it('expires entries after the TTL (overridable clock) and reset() clears the cache', async () => {
    let now = 1_000_000;
    const clocked = await createMiniMaxEmulator({ now: () => now });
    try {
      const ask = async () => ((await (await post(cachedRequest('Q?'), { target: clocked })).json()) as any).usage;
      expect((await ask()).cache_creation_input_tokens).toBe(systemTokens);
      now += 4 * 60 * 1000;
      expect((await ask()).cache_read_input_tokens).toBe(systemTokens); // the hit refreshes the entry
      now += 4 * 60 * 1000;
      expect((await ask()).cache_read_input_tokens).toBe(systemTokens);
      now += 5 * 60 * 1000;
      const expired = await ask();
      expect(expired.cache_read_input_tokens).toBe(0);
      expect(expired.cache_creation_input_tokens).toBe(systemTokens);
      clocked.reset();
      expect((await ask()).cache_creation_input_tokens).toBe(systemTokens);
    } finally {
      await clocked.close();
    }
  });

  it('scripted reply usage wins over the cache accounting', async () => {
    emu.enqueue({ type: 'reply', text: 'x', usage: { cache_read_input_tokens: 1234, cache_creation_input_tokens: 0 } });
    const body: any = await (await post(cachedRequest('Q?'))).json();
    expect(body.usage.cache_read_input_tokens).toBe(1234);
    expect(body.usage.cache_creation_input_tokens).toBe(0);
    // the prefix was still written: the next request reads it
    const next: any = await (await post(cachedRequest('Q?'))).json();
    expect(next.usage.cache_read_input_tokens).toBe(systemTokens);
  });
});

describe('aborts', () => {
  it('counts a client abort of a hanging stream in closedRequests', async () => {
    emu.enqueue({ type: 'hang' });
    const controller = new AbortController();
    const res = await post(request({ stream: true }), { signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(emu.closedRequests).toBe(0);
    const reading = res.text();
    controller.abort();
    await expect(reading).rejects.toThrow();
    await waitFor(() => emu.closedRequests === 1);
  });

  it('counts a client abort of a hanging non-stream request, but not completed requests', async () => {
    await (await post(request({ stream: true }))).text();
    await (await post(request())).json();
    emu.enqueue({ type: 'hang' });
    const controller = new AbortController();
    const pending = post(request(), { signal: controller.signal });
    await waitFor(() => emu.requests.length === 3);
    await new Promise((r) => setTimeout(r, 20));
    expect(emu.closedRequests).toBe(0);
    controller.abort();
    await expect(pending).rejects.toThrow();
    await waitFor(() => emu.closedRequests === 1);
  });
});
