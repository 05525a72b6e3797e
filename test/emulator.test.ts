import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  buildChatCompletionChunks,
  createMiniMaxEmulator,
  parseChunkFixture,
  type MiniMaxEmulator,
} from '../src/testing/index.js';
import { readFixture } from './support/fixtures';

let emu: MiniMaxEmulator;

beforeEach(async () => {
  emu = await createMiniMaxEmulator();
});
afterEach(async () => {
  await emu.close();
});

function chat(body: unknown, init: { headers?: Record<string, string>; signal?: AbortSignal; target?: MiniMaxEmulator } = {}) {
  const target = init.target ?? emu;
  return fetch(`${target.baseURL}/chat/completions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...init.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    signal: init.signal,
  });
}

interface SseResult {
  /** Parsed JSON payloads in order. */
  chunks: any[];
  /** Whether a `data: [DONE]` line was received, and whether it was the last event. */
  done: boolean;
  doneIsLast: boolean;
  raw: string;
}

/** Parses an SSE body line by line: every non-empty line must be `data: <payload>`. */
async function readSse(response: Response): Promise<SseResult> {
  expect(response.headers.get('content-type')).toContain('text/event-stream');
  const raw = await response.text();
  const chunks: any[] = [];
  let done = false;
  let doneIsLast = false;
  for (const line of raw.split('\n')) {
    if (line === '') continue;
    expect(line.startsWith('data: ')).toBe(true);
    const payload = line.slice('data: '.length);
    if (payload === '[DONE]') {
      done = true;
      doneIsLast = true;
      continue;
    }
    doneIsLast = false;
    chunks.push(JSON.parse(payload));
  }
  return { chunks, done, doneIsLast, raw };
}

function deltas(chunks: any[]): any[] {
  return chunks.filter((c) => c.choices?.length).map((c) => c.choices[0].delta ?? {});
}

/** Reassembles streamed tool calls by index. */
function reassembleToolCalls(chunks: any[]) {
  const calls: Array<{ id?: string; name?: string; arguments: string }> = [];
  for (const delta of deltas(chunks)) {
    for (const part of delta.tool_calls ?? []) {
      const call = (calls[part.index] ??= { arguments: '' });
      if (part.id) call.id = part.id;
      if (part.function?.name) call.name = part.function.name;
      call.arguments += part.function?.arguments ?? '';
    }
  }
  return calls;
}

const weatherTool = {
  type: 'function',
  function: {
    name: 'get_weather',
    description: 'Weather for a place',
    parameters: {
      type: 'object',
      properties: {
        location: { type: 'string' },
        unit: { type: 'string', enum: ['celsius', 'fahrenheit'] },
        days: { type: 'integer' },
        detailed: { type: 'boolean' },
        note: { type: 'string' },
      },
      required: ['location', 'unit', 'days', 'detailed'],
    },
  },
};


describe('addresses', () => {
  it('binds 127.0.0.1 on a random port and derives the base URLs', () => {
    expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(Number(new URL(emu.url).port)).toBeGreaterThan(0);
    expect(emu.baseURL).toBe(`${emu.url}/v1`);
    expect(emu.anthropicBaseURL).toBe(`${emu.url}/anthropic/v1`);
  });
});

describe('non-stream replies', () => {
  it('builds a MiniMax chat.completion body from a scripted reply', async () => {
    emu.enqueue({
      type: 'reply',
      reasoning: 'Thinking about it.',
      text: 'The answer is 42.',
      usage: { cached_tokens: 3 },
    });
    const res = await chat({
      model: 'MiniMax-M2.5',
      reasoning_split: true,
      messages: [{ role: 'user', content: 'What is the answer to everything, really?' }],
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('application/json');
    const body: any = await res.json();
    expect(body.object).toBe('chat.completion');
    expect(body.id).toMatch(/^[0-9a-f]{32}$/);
    expect(body.model).toBe('MiniMax-M2.5');
    const nowSeconds = Date.now() / 1000; // `created` is a Unix timestamp in seconds: it must be today's, not milliseconds
    expect(Math.abs(body.created - nowSeconds)).toBeLessThan(60);
    expect(body.base_resp).toEqual({ status_code: 0, status_msg: '' });
    expect(body.input_sensitive).toBe(false);
    expect(body.output_sensitive).toBe(false);
    const choice = body.choices[0];
    expect(choice.index).toBe(0);
    expect(choice.finish_reason).toBe('stop');
    expect(choice.message).toEqual({
      content: 'The answer is 42.',
      role: 'assistant',
      name: 'MiniMax AI',
      audio_content: '',
      reasoning_content: 'Thinking about it.',
      reasoning_details: [
        { type: 'reasoning.text', id: 'reasoning-text-1', format: 'MiniMax-response-v1', index: 0, text: 'Thinking about it.' },
      ],
    });
    // prompt: 41 chars → 11 tokens; reasoning 18 chars → 5; text 17 chars → 5
    expect(body.usage).toEqual({
      total_tokens: 21,
      total_characters: 0,
      prompt_tokens: 11,
      completion_tokens: 10,
      prompt_tokens_details: { cached_tokens: 3 },
      completion_tokens_details: { reasoning_tokens: 5 },
    });
  });

  it('inlines reasoning as <think> content when reasoning_split is not true', async () => {
    const res = await chat({ model: 'MiniMax-M2.1', messages: [{ role: 'user', content: '2+2' }] });
    const body: any = await res.json();
    const message = body.choices[0].message;
    expect(message.content).toMatch(/^<think>.+<\/think>\n\n2 \+ 2 = 4\.$/s);
    expect(message.reasoning_content).toBeUndefined();
    expect(message.reasoning_details).toBeUndefined();
    expect(body.usage.completion_tokens_details.reasoning_tokens).toBeGreaterThan(0);
  });

  it('answers non-arithmetic text deterministically, splitting reasoning when asked', async () => {
    const res = await chat({
      model: 'MiniMax-M2.1',
      reasoning_split: true,
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: [{ type: 'text', text: 'Tell me a fact' }] },
      ],
    });
    const body: any = await res.json();
    expect(body.choices[0].message.content).toBe('You said: "Tell me a fact". Here is my answer.');
    expect(body.choices[0].message.reasoning_content).toContain('Tell me a fact');
    expect(body.choices[0].finish_reason).toBe('stop');
  });

  it('default responder calls the first tool with arguments synthesised from its schema', async () => {
    const res = await chat({
      model: 'MiniMax-M2.1',
      reasoning_split: true,
      tools: [weatherTool, { type: 'function', function: { name: 'other', parameters: { type: 'object' } } }],
      messages: [{ role: 'user', content: 'Weather in Tokyo?' }],
    });
    const body: any = await res.json();
    const choice = body.choices[0];
    expect(choice.finish_reason).toBe('tool_calls');
    expect(choice.message.reasoning_content).toContain('get_weather');
    expect(choice.message.tool_calls).toHaveLength(1);
    const call = choice.message.tool_calls[0];
    expect(call.id).toMatch(/^call_function_[a-z0-9]{12}_1$/);
    expect(call.type).toBe('function');
    expect(call.index).toBe(0);
    expect(call.function.name).toBe('get_weather');
    expect(typeof call.function.arguments).toBe('string');
    expect(JSON.parse(call.function.arguments)).toEqual({ location: 'Tokyo', unit: 'celsius', days: 1, detailed: true });
  });

  it('default responder quotes tool results after a tool message', async () => {
    const res = await chat({
      model: 'MiniMax-M2.1',
      reasoning_split: true,
      tools: [weatherTool],
      messages: [
        { role: 'user', content: 'Weather in Tokyo and Paris?' },
        {
          role: 'assistant',
          content: '',
          tool_calls: [
            { id: 'call_function_a_1', type: 'function', function: { name: 'get_weather', arguments: '{"location":"Tokyo"}' } },
            { id: 'call_function_b_2', type: 'function', function: { name: 'get_weather', arguments: '{"location":"Paris"}' } },
          ],
        },
        { role: 'tool', tool_call_id: 'call_function_a_1', content: 'Sunny, 21°C' },
        { role: 'tool', tool_call_id: 'call_function_b_2', content: 'Rain, 12°C' },
      ],
    });
    expect(res.status).toBe(200);
    const body: any = await res.json();
    const text: string = body.choices[0].message.content;
    expect(text).toContain('"Sunny, 21°C"');
    expect(text).toContain('"Rain, 12°C"');
    expect(text.indexOf('Sunny')).toBeLessThan(text.indexOf('Rain'));
    expect(body.choices[0].finish_reason).toBe('stop');
    expect(body.choices[0].message.tool_calls).toBeUndefined();
  });
});

describe('streaming replies', () => {
  it('streams reasoning, then content, then the finish chunk, the usage chunk and [DONE]', async () => {
    const reasoning = 'The user wants a greeting. Keep it short.';
    const text = 'Hello there, nice to meet you!';
    emu.enqueue({ type: 'reply', reasoning, text, chunkSize: 8, usage: { cached_tokens: 2, prompt_tokens: 40 } });
    const res = await chat({
      model: 'MiniMax-M2.1',
      stream: true,
      stream_options: { include_usage: true },
      reasoning_split: true,
      messages: [{ role: 'user', content: 'hi' }],
    });
    expect(res.status).toBe(200);
    const { chunks, done, doneIsLast } = await readSse(res);
    expect(done && doneIsLast).toBe(true);
    for (const chunk of chunks) {
      expect(chunk.object).toBe('chat.completion.chunk');
      expect(chunk.model).toBe('MiniMax-M2.1');
      expect(chunk.id).toBe(chunks[0].id);
    }

    const ds = deltas(chunks);
    expect(ds[0].role).toBe('assistant');
    expect(ds.slice(1).some((d) => d.role === '')).toBe(true);

    const kinds = ds.map((d) => (d.reasoning_content !== undefined ? 'r' : d.content !== undefined ? 'c' : 'x'));
    const firstContent = kinds.indexOf('c');
    expect(firstContent).toBeGreaterThan(0);
    expect(kinds.slice(0, firstContent).every((k) => k === 'r')).toBe(true);
    expect(kinds.lastIndexOf('r')).toBeLessThan(firstContent);

    const reasoningDeltas = ds.filter((d) => d.reasoning_content !== undefined);
    for (const d of reasoningDeltas) {
      expect(d.reasoning_details).toEqual([
        { type: 'reasoning.text', id: 'reasoning-text-1', format: 'MiniMax-response-v1', index: 0, text: d.reasoning_content },
      ]);
    }
    expect(reasoningDeltas.length).toBe(Math.ceil(reasoning.length / 8));
    expect(reasoningDeltas.map((d) => d.reasoning_content).join('')).toBe(reasoning);
    expect(ds.map((d) => d.content ?? '').join('')).toBe(text);

    const finishIndex = chunks.findIndex((c) => c.choices?.[0]?.finish_reason);
    expect(chunks[finishIndex].choices[0].finish_reason).toBe('stop');
    expect(chunks[finishIndex].usage.total_tokens).toBe(0);
    expect(finishIndex).toBe(chunks.length - 2);
    const last = chunks[chunks.length - 1];
    expect(last.choices).toEqual([]);
    expect(last.usage).toEqual({
      total_tokens: 40 + 11 + 8,
      total_characters: 0,
      prompt_tokens: 40,
      completion_tokens: 11 + 8,
      prompt_tokens_details: { cached_tokens: 2 },
      completion_tokens_details: { reasoning_tokens: 11 },
    });
  });

  it('omits the usage chunk without stream_options.include_usage', async () => {
    const res = await chat({ model: 'MiniMax-M2.1', stream: true, messages: [{ role: 'user', content: 'hello' }] });
    const { chunks, done } = await readSse(res);
    expect(done).toBe(true);
    expect(chunks.some((c) => Array.isArray(c.choices) && c.choices.length === 0)).toBe(false);
    expect(chunks[chunks.length - 1].choices[0].finish_reason).toBe('stop');
  });

  it('streams reasoning and content as increments, as MiniMax does', async () => {
    const reasoning = 'Step one. Step two. Step three.';
    const text = 'Done with all three steps.';
    emu.enqueue({ type: 'reply', reasoning, text, chunkSize: 5 });
    const res = await chat({
      model: 'MiniMax-M2.1',
      stream: true,
      reasoning_split: true,
      messages: [{ role: 'user', content: 'go' }],
    });
    const ds = deltas((await readSse(res)).chunks);
    const r = ds.filter((d) => d.reasoning_content !== undefined);
    const c = ds.filter((d) => d.content !== undefined).map((d) => d.content as string);
    expect(r.length).toBeGreaterThan(2);
    for (const d of r) {
      expect(d.reasoning_content.length).toBeLessThanOrEqual(5);
      expect(d.reasoning_details[0].text).toBe(d.reasoning_content);
    }
    expect(r.map((d) => d.reasoning_content).join('')).toBe(reasoning);
    expect(c.length).toBeGreaterThan(2);
    expect(c.join('')).toBe(text);
  });

  it('streams parallel tool calls whose fragments reassemble to valid JSON', async () => {
    emu.enqueue({
      type: 'reply',
      reasoning: 'Two cities, two calls.',
      toolCalls: [
        { name: 'get_weather', arguments: { location: 'Tokyo', unit: 'celsius' } },
        { id: 'call_function_fixedid00001_2', name: 'get_weather', arguments: '{"location":"Paris"}' },
      ],
      chunkSize: 6,
    });
    const res = await chat({
      model: 'MiniMax-M2.1',
      stream: true,
      reasoning_split: true,
      tools: [weatherTool],
      messages: [{ role: 'user', content: 'Weather in Tokyo and Paris?' }],
    });
    const { chunks } = await readSse(res);
    const ds = deltas(chunks);
    const toolDeltas = ds.filter((d) => d.tool_calls);
    // start delta: id, type, name, empty arguments; then argument-only fragments
    const starts = toolDeltas.filter((d) => d.tool_calls[0].id);
    expect(starts.map((d) => d.tool_calls[0])).toEqual([
      { index: 0, id: expect.stringMatching(/^call_function_[a-z0-9]{12}_1$/), type: 'function', function: { name: 'get_weather', arguments: '' } },
      { index: 1, id: 'call_function_fixedid00001_2', type: 'function', function: { name: 'get_weather', arguments: '' } },
    ]);
    const fragments = toolDeltas.filter((d) => !d.tool_calls[0].id).map((d) => d.tool_calls[0]);
    expect(fragments.length).toBeGreaterThan(4);
    for (const f of fragments) expect(Object.keys(f).sort()).toEqual(['function', 'index']);

    const calls = reassembleToolCalls(chunks);
    expect(calls).toHaveLength(2);
    expect(JSON.parse(calls[0].arguments)).toEqual({ location: 'Tokyo', unit: 'celsius' });
    expect(JSON.parse(calls[1].arguments)).toEqual({ location: 'Paris' });
    expect(chunks[chunks.length - 1].choices[0].finish_reason).toBe('tool_calls');
  });

  it('default responder streams a tool call for tool requests', async () => {
    const res = await chat({
      model: 'MiniMax-M2.1',
      stream: true,
      reasoning_split: true,
      tools: [weatherTool],
      messages: [{ role: 'user', content: 'Weather?' }],
    });
    const { chunks } = await readSse(res);
    const calls = reassembleToolCalls(chunks);
    expect(calls).toHaveLength(1);
    expect(calls[0].name).toBe('get_weather');
    expect(JSON.parse(calls[0].arguments)).toEqual({ location: 'Tokyo', unit: 'celsius', days: 1, detailed: true });
  });

  it('puts <think> reasoning in content when reasoning_split is false', async () => {
    emu.enqueue({ type: 'reply', reasoning: 'Quick thought.', text: 'Final answer.', chunkSize: 4 });
    const res = await chat({
      model: 'MiniMax-M2.1',
      stream: true,
      reasoning_split: false,
      messages: [{ role: 'user', content: 'q' }],
    });
    const ds = deltas((await readSse(res)).chunks);
    expect(ds.some((d) => d.reasoning_content !== undefined || d.reasoning_details !== undefined)).toBe(false);
    const pieces = ds.map((d) => d.content ?? '');
    expect(pieces.join('')).toBe('<think>Quick thought.</think>\n\nFinal answer.');
    // with 4-char deltas the opening tag itself is split across deltas
    expect(pieces[0]).toBe('<thi');
  });

  it('cuts a stream with a base_resp error chunk and no [DONE] (errorAfterChunks)', async () => {
    emu.enqueue({
      type: 'reply',
      text: 'This answer will be interrupted midway.',
      chunkSize: 5,
      errorAfterChunks: { after: 3, code: 1027, message: 'output new_sensitive' },
    });
    const res = await chat({ model: 'MiniMax-M2.1', stream: true, messages: [{ role: 'user', content: 'x' }] });
    const { chunks, done } = await readSse(res);
    expect(done).toBe(false);
    expect(chunks).toHaveLength(4);
    expect(chunks.slice(0, 3).map((c) => c.choices[0].delta.content).join('')).toBe('This answer wil');
    expect(chunks[3].choices).toBeNull();
    expect(chunks[3].output_sensitive).toBe(true);
    expect(chunks[3].base_resp).toEqual({ status_code: 1027, status_msg: 'output new_sensitive' });
  });

  it('answers a non-stream request with errorAfterChunks as a base_resp error body', async () => {
    emu.enqueue({ type: 'reply', text: 'x', errorAfterChunks: { after: 1, code: 1002, message: 'rate limit' } });
    const res = await chat({ model: 'MiniMax-M2.1', messages: [{ role: 'user', content: 'x' }] });
    expect(res.status).toBe(200);
    const body: any = await res.json();
    expect(body.choices).toBeNull();
    expect(body.base_resp).toEqual({ status_code: 1002, status_msg: 'rate limit' });
  });

  it('spaces generated chunks by chunkDelayMs: each event is its own write', async () => {
    const slow = await createMiniMaxEmulator({ chunkDelayMs: 40 });
    try {
      slow.enqueue({ type: 'reply', text: 'abcdefghij', chunkSize: 2 });
      const res = await chat({ model: 'MiniMax-M2.1', stream: true, messages: [{ role: 'user', content: 'x' }] }, { target: slow });
      // Paced events leave the emulator in separate writes, so the client reads them one network chunk at a time
      // (a delay only ever lengthens the gaps, so this holds however busy the machine is).
      const reads: string[] = [];
      const decoder = new TextDecoder();
      for await (const piece of res.body as unknown as AsyncIterable<Uint8Array>) reads.push(decoder.decode(piece));
      const events = reads.join('').split('\n\n').filter((e) => e.trim() !== '');
      expect(events).toHaveLength(7); // 5 content deltas + finish chunk + [DONE]
      expect(events.at(-1)).toBe('data: [DONE]');
      expect(reads.length).toBe(7);
    } finally {
      await slow.close();
    }
  });
});

describe('scripted queue', () => {
  it('answers in FIFO order, then falls back to the default responder', async () => {
    emu.enqueue(
      { type: 'json', status: 429, body: { error: 'slow down' }, headers: { 'Retry-After': '3' } },
      { type: 'raw', status: 502, body: '<html>bad gateway</html>', headers: { 'content-type': 'text/html' } },
      { type: 'sse', chunks: ['data: {"broken":\n\n', { ok: true }], done: false },
    );
    const request = { model: 'MiniMax-M2.1', messages: [{ role: 'user', content: '2+2' }] };

    const first = await chat(request);
    expect(first.status).toBe(429);
    expect(first.headers.get('retry-after')).toBe('3');
    expect(await first.json()).toEqual({ error: 'slow down' });

    const second = await chat(request);
    expect(second.status).toBe(502);
    expect(second.headers.get('content-type')).toBe('text/html');
    expect(await second.text()).toBe('<html>bad gateway</html>');

    const third = await chat({ ...request, stream: true });
    expect(third.headers.get('content-type')).toBe('text/event-stream');
    expect(await third.text()).toBe('data: {"broken":\n\ndata: {"ok":true}\n\n');

    const fourth: any = await (await chat(request)).json();
    expect(fourth.choices[0].message.content).toMatch(/2 \+ 2 = 4\.$/);
  });

  it('appends [DONE] to scripted sse chunks by default', async () => {
    emu.enqueue({ type: 'sse', chunks: [{ a: 1 }] });
    const res = await chat({ model: 'MiniMax-M2.1', stream: true, messages: [{ role: 'user', content: 'x' }] });
    expect(await res.text()).toBe('data: {"a":1}\n\ndata: [DONE]\n\n');
  });

  it('base-resp answers HTTP 200 JSON with choices null, for stream requests too', async () => {
    emu.enqueue({ type: 'base-resp', code: 1002, message: 'rate limit' }, { type: 'base-resp', code: 1008, message: 'insufficient balance' });
    const plain = await chat({ model: 'MiniMax-M2.1', messages: [{ role: 'user', content: 'x' }] });
    expect(plain.status).toBe(200);
    const plainBody: any = await plain.json();
    expect(plainBody.choices).toBeNull();
    expect(plainBody.model).toBe('MiniMax-M2.1');
    expect(plainBody.base_resp).toEqual({ status_code: 1002, status_msg: 'rate limit' });

    const streamed = await chat({ model: 'MiniMax-M2.1', stream: true, messages: [{ role: 'user', content: 'x' }] });
    expect(streamed.status).toBe(200);
    expect(streamed.headers.get('content-type')).toContain('application/json');
    const streamedBody: any = await streamed.json();
    expect(streamedBody.choices).toBeNull();
    expect(streamedBody.base_resp).toEqual({ status_code: 1008, status_msg: 'insufficient balance' });
  });

  it('reset() clears the queue and the recorded requests', async () => {
    emu.enqueue({ type: 'json', body: { scripted: true } });
    await chat({ model: 'MiniMax-M2.1', messages: [{ role: 'user', content: 'a' }] });
    emu.enqueue({ type: 'json', body: { scripted: true } });
    expect(emu.requests).toHaveLength(1);
    emu.reset();
    expect(emu.requests).toHaveLength(0);
    const body: any = await (await chat({ model: 'MiniMax-M2.1', messages: [{ role: 'user', content: 'a' }] })).json();
    expect(body.scripted).toBeUndefined();
    expect(body.object).toBe('chat.completion');
    expect(emu.requests).toHaveLength(1);
  });
});

describe('validation', () => {
  const user = { role: 'user', content: 'hi' };
  const cases: Array<[string, Record<string, unknown>, RegExp]> = [
    ['two system messages', { messages: [{ role: 'system', content: 'a' }, { role: 'system', content: 'b' }, user] }, /invalid chat setting/],
    ['content: null', { messages: [user, { role: 'assistant', content: null }, user] }, /content is null/],
    [
      'tool result not directly after its call',
      {
        messages: [
          user,
          { role: 'assistant', content: '', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } }] },
          { role: 'user', content: 'interjection' },
          { role: 'tool', tool_call_id: 'c1', content: 'r' },
        ],
      },
      /^invalid params, tool call result does not follow tool call \(2013\)$/,
    ],
    [
      'unknown tool_call_id',
      {
        messages: [
          user,
          { role: 'assistant', content: '', tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } }] },
          { role: 'tool', tool_call_id: 'c2', content: 'r' },
        ],
      },
      /^invalid params, tool call result does not follow tool call \(2013\)$/,
    ],
    ['temperature 0 on M2.x', { temperature: 0, messages: [user] }, /temperature/],
    ['temperature 1.5 on M2.x', { temperature: 1.5, messages: [user] }, /temperature/],
    ['temperature 2.5 on M3', { model: 'MiniMax-M3', temperature: 2.5, messages: [user] }, /temperature/],
    [
      'tools[].function.strict null',
      { tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' }, strict: null } }], messages: [user] },
      /strict/,
    ],
    ['n > 1', { n: 2, messages: [user] }, /\bn\b/],
    ['M3 thinking.type enabled', { model: 'MiniMax-M3', thinking: { type: 'enabled' }, messages: [user] }, /thinking\.type/],
  ];

  for (const [name, overrides, message] of cases) {
    it(`rejects ${name} with 400 bad_request_error 2013`, async () => {
      emu.enqueue({ type: 'json', body: { shouldNotBeServed: true } });
      const res = await chat({ model: 'MiniMax-M2.1', ...overrides });
      expect(res.status).toBe(400);
      const body: any = await res.json();
      expect(body.type).toBe('error');
      expect(body.error.type).toBe('bad_request_error');
      expect(body.error.http_code).toBe('400');
      expect(body.error.message).toMatch(/^invalid params, .+ \(2013\)$/);
      expect(body.error.message).toMatch(message);
      // the rejected request is recorded and did not consume the scripted response
      expect(emu.requests).toHaveLength(1);
      expect(emu.requests[0].body.messages).toEqual(overrides.messages);
      const next: any = await (await chat({ model: 'MiniMax-M2.1', messages: [user] })).json();
      expect(next).toEqual({ shouldNotBeServed: true });
    });
  }

  it('accepts the M3 temperature range [0, 2] and valid tool ordering', async () => {
    for (const temperature of [0, 2]) {
      const res = await chat({ model: 'MiniMax-M3', temperature, messages: [user] });
      expect(res.status).toBe(200);
    }
    const ok = await chat({
      model: 'MiniMax-M2.1',
      temperature: 1,
      tools: [{ type: 'function', function: { name: 'f', parameters: { type: 'object' }, strict: false } }],
      messages: [
        { role: 'system', content: 's' },
        user,
        { role: 'assistant', content: '', tool_calls: [
          { id: 'c1', type: 'function', function: { name: 'f', arguments: '{}' } },
          { id: 'c2', type: 'function', function: { name: 'f', arguments: '{}' } },
        ] },
        { role: 'tool', tool_call_id: 'c2', content: 'r2' },
        { role: 'tool', tool_call_id: 'c1', content: 'r1' },
      ],
    });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as any).base_resp.status_code).toBe(0);
  });

  it('rejects a body that is not JSON with 400 and still records it', async () => {
    const res = await chat('{"model": "MiniMax-M2.1", ');
    expect(res.status).toBe(400);
    const body: any = await res.json();
    expect(body.error.type).toBe('bad_request_error');
    expect(emu.requests[0].body).toBeUndefined();
    expect(emu.requests[0].rawBody).toBe('{"model": "MiniMax-M2.1", ');
  });
});

describe('authentication', () => {
  it('answers 401 login fail (1004) without the right key, 200 with Bearer or x-api-key', async () => {
    const secured = await createMiniMaxEmulator({ apiKey: 'sk-test-123' });
    try {
      const request = { model: 'MiniMax-M2.1', messages: [{ role: 'user', content: 'hi' }] };
      const badHeaders: Array<Record<string, string>> = [{}, { Authorization: 'Bearer wrong' }, { 'x-api-key': 'nope' }];
      for (const headers of badHeaders) {
        const res = await chat(request, { target: secured, headers });
        expect(res.status).toBe(401);
        const body: any = await res.json();
        expect(body.type).toBe('error');
        expect(body.error).toEqual({
          type: 'authentication_error',
          message: "login fail: Please carry the API secret key in the 'Authorization' field of the request header (1004)",
          http_code: '401',
        });
      }
      expect((await chat(request, { target: secured, headers: { Authorization: 'Bearer sk-test-123' } })).status).toBe(200);
      expect((await chat(request, { target: secured, headers: { 'X-Api-Key': 'sk-test-123' } })).status).toBe(200);
      expect(secured.requests).toHaveLength(5);
    } finally {
      await secured.close();
    }
  });
});

describe('routing and recording', () => {
  it('records method, path, lower-cased headers, parsed and raw body', async () => {
    const payload = { model: 'MiniMax-M2.1', messages: [{ role: 'user', content: 'record me' }] };
    await chat(payload, { headers: { 'X-Custom-Header': 'Value-1', Authorization: 'Bearer k' } });
    expect(emu.requests).toHaveLength(1);
    const recorded = emu.requests[0];
    expect(recorded.method).toBe('POST');
    expect(recorded.path).toBe('/v1/chat/completions');
    expect(recorded.headers['x-custom-header']).toBe('Value-1');
    expect(recorded.headers['authorization']).toBe('Bearer k');
    expect(recorded.headers['content-type']).toBe('application/json');
    expect(Object.keys(recorded.headers).every((k) => k === k.toLowerCase())).toBe(true);
    expect(recorded.body).toEqual(payload);
    expect(recorded.rawBody).toBe(JSON.stringify(payload));
  });

  it('answers unknown paths (also under the Anthropic base) with 404 JSON', async () => {
    const unknown = await fetch(`${emu.url}/v2/nothing`);
    expect(unknown.status).toBe(404);
    expect(unknown.headers.get('content-type')).toContain('application/json');
    expect(((await unknown.json()) as any).error.type).toBe('not_found_error');

    const anthropic = await fetch(`${emu.anthropicBaseURL}/complete`, {
      method: 'POST',
      body: JSON.stringify({ model: 'MiniMax-M2.1', max_tokens: 10, messages: [] }),
    });
    expect(anthropic.status).toBe(404);
    expect(((await anthropic.json()) as any).type).toBe('error');
    expect(emu.requests.map((r) => r.path)).toEqual(['/v2/nothing', '/anthropic/v1/complete']);
    expect(emu.requests[0].method).toBe('GET');
  });
});

describe('aborts and connections', () => {
  // The deadline bounds a failure only (generous: the machine may be busy); nothing is timed.
  async function waitFor(condition: () => boolean, timeoutMs = 30_000) {
    const start = Date.now();
    while (!condition()) {
      if (Date.now() - start > timeoutMs) throw new Error('condition not met in time');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  it('counts a client abort of a hanging stream in closedRequests', async () => {
    emu.enqueue({ type: 'hang' });
    const controller = new AbortController();
    const res = await chat(
      { model: 'MiniMax-M2.1', stream: true, messages: [{ role: 'user', content: 'x' }] },
      { signal: controller.signal },
    );
    // hang sends the SSE headers, then nothing
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/event-stream');
    expect(emu.openConnections).toBe(1);
    expect(emu.closedRequests).toBe(0);
    const reading = res.text();
    controller.abort();
    await expect(reading).rejects.toThrow();
    await waitFor(() => emu.closedRequests === 1);
    // (undici may open a spare idle connection after an abort, so openConnections is checked with a raw socket below)
    await new Promise((r) => setTimeout(r, 50));
    expect(emu.closedRequests).toBe(1);
  });

  it('tracks openConnections for a raw socket that disconnects mid-response', async () => {
    emu.enqueue({ type: 'hang' });
    const socket = connect(Number(new URL(emu.url).port), '127.0.0.1');
    const body = JSON.stringify({ model: 'MiniMax-M2.1', stream: true, messages: [{ role: 'user', content: 'x' }] });
    let received = '';
    socket.on('data', (d) => (received += d.toString()));
    socket.write(
      `POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
    );
    await waitFor(() => received.includes('\r\n\r\n'));
    expect(received).toMatch(/^HTTP\/1\.1 200 OK/);
    expect(received.toLowerCase()).toContain('content-type: text/event-stream');
    expect(emu.openConnections).toBe(1);
    socket.destroy();
    await waitFor(() => emu.openConnections === 0);
    await waitFor(() => emu.closedRequests === 1);
  });

  it('counts a client abort of a hanging non-stream request', async () => {
    emu.enqueue({ type: 'hang' });
    const controller = new AbortController();
    const pending = chat({ model: 'MiniMax-M2.1', messages: [{ role: 'user', content: 'x' }] }, { signal: controller.signal });
    await waitFor(() => emu.requests.length === 1);
    expect(emu.openConnections).toBe(1);
    controller.abort();
    await expect(pending).rejects.toThrow();
    await waitFor(() => emu.closedRequests === 1);
  });

  it('does not count completed requests as closed', async () => {
    await (await chat({ model: 'MiniMax-M2.1', stream: true, messages: [{ role: 'user', content: 'x' }] })).text();
    await (await chat({ model: 'MiniMax-M2.1', messages: [{ role: 'user', content: 'x' }] })).json();
    await new Promise((r) => setTimeout(r, 50));
    expect(emu.closedRequests).toBe(0);
    expect(emu.requests).toHaveLength(2);
  });

  it('close() does not hang with a hanging non-stream request pending', async () => {
    const other = await createMiniMaxEmulator();
    other.enqueue({ type: 'hang' });
    const pending = chat({ model: 'MiniMax-M2.1', messages: [{ role: 'user', content: 'x' }] }, { target: other });
    pending.catch(() => undefined);
    await waitFor(() => other.requests.length === 1);
    expect(other.openConnections).toBe(1);
    await other.close(); // resolving at all is the point: a hanging response must not keep it open
    expect(other.openConnections).toBe(0);
    expect(other.closedRequests).toBe(0);
    await expect(pending).rejects.toThrow();
  });
});

describe('chunk fixtures', () => {
  async function serve(name: string) {
    const { chunks, done } = parseChunkFixture(readFixture(name));
    emu.enqueue({ type: 'sse', chunks, done });
    const res = await chat({ model: 'MiniMax-M2.1', stream: true, messages: [{ role: 'user', content: 'x' }] });
    return readSse(res);
  }

  it('chat-reasoning-split: reasoning increments, then content, zero usage, real usage, [DONE]', async () => {
    const { chunks, done } = await serve('chat-reasoning-split.chunks.txt');
    expect(done).toBe(true);
    const ds = deltas(chunks);
    expect(ds.map((d) => d.reasoning_content ?? '').join('')).toBe('The user asks for the capital of France. It is Paris.');
    expect(ds.map((d) => d.reasoning_details?.[0].text ?? '').join('')).toBe('The user asks for the capital of France. It is Paris.');
    expect(ds.map((d) => d.content ?? '').join('')).toBe('The capital of France is Paris.');
    expect(ds.filter((d) => d.role === '').length).toBeGreaterThan(0);
    const finish = chunks.find((c) => c.choices?.[0]?.finish_reason);
    expect(finish.usage.total_tokens).toBe(0);
    const usage = chunks[chunks.length - 1];
    expect(usage.choices).toEqual([]);
    expect(usage.usage.prompt_tokens_details.cached_tokens).toBe(32);
    expect(usage.usage.completion_tokens_details.reasoning_tokens).toBe(12);
    expect(usage.usage.total_tokens).toBe(usage.usage.prompt_tokens + usage.usage.completion_tokens);
  });

  it('chat-parallel-tools: interleaved fragments, duplicate finish, no [DONE]', async () => {
    const { chunks, done } = await serve('chat-parallel-tools.chunks.txt');
    expect(done).toBe(false);
    const calls = reassembleToolCalls(chunks);
    expect(calls.map((c) => [c.name, JSON.parse(c.arguments)])).toEqual([
      ['get_weather', { location: 'Tokyo' }],
      ['get_weather', { location: 'Paris' }],
    ]);
    expect(new Set(calls.map((c) => c.id)).size).toBe(2);
    const finishes = chunks.filter((c) => c.choices?.[0]?.finish_reason === 'tool_calls');
    expect(finishes).toHaveLength(2);
    const indexes = deltas(chunks).flatMap((d) => (d.tool_calls ?? []).map((t: any) => t.index));
    expect(indexes).toEqual([0, 0, 1, 1, 0, 1]);
  });

  it('chat-think-tags: <think> tags split mid-tag across content deltas', async () => {
    const { chunks, done } = await serve('chat-think-tags.chunks.txt');
    expect(done).toBe(true);
    const pieces = deltas(chunks).map((d) => d.content ?? '');
    expect(pieces[0]).toBe('<th');
    expect(pieces.some((p) => p.endsWith('</thi'))).toBe(true);
    expect(pieces.join('')).toBe(
      '<think>The user greets me. I should reply politely.</think>\n\nAnswer: Hello! How can I help you today?',
    );
  });
});

describe('builders', () => {
  it('buildChatCompletionChunks honours includeUsage, ids and chunk size', () => {
    const chunks = buildChatCompletionChunks(
      { reasoning: 'abcdef', text: 'ghijkl' },
      { id: 'fixedid', created: 1765432101, model: 'MiniMax-M2', chunkSize: 3, includeUsage: false },
    );
    expect(chunks.every((c) => c.id === 'fixedid' && c.created === 1765432101 && c.model === 'MiniMax-M2')).toBe(true);
    const ds = chunks.map((c: any) => c.choices[0].delta);
    expect(ds.map((d: any) => d.reasoning_content).filter(Boolean)).toEqual(['abc', 'def']);
    expect(ds.map((d: any) => d.content).filter(Boolean)).toEqual(['ghi', 'jkl']);
    expect((chunks[chunks.length - 1] as any).choices[0].finish_reason).toBe('stop');
  });
});
