/**
 * The implementations under test, behind one interface, per wire: each gets
 * the same in-memory `fetch` and drains `doStream` (or calls `doGenerate`) the
 * same way.
 *
 * - chat (`/chat/completions`): this provider's `minimax(id)`, `@ai-sdk/openai-compatible`, and
 *   `vercel-minimax-ai-provider` in OpenAI mode (`createMinimaxOpenAI`);
 * - messages (`/messages`, Anthropic-compatible): this provider's `minimax.messages(id)`, the official
 *   `@ai-sdk/minimax` (its language model is `@ai-sdk/anthropic`'s on MiniMax's Anthropic-compatible API), and
 *   `vercel-minimax-ai-provider`'s default factory `createMinimax` (Anthropic mode);
 * - a floor per wire: the same `fetch`, `TextDecoder`, split on blank lines, `JSON.parse` of each `data:` payload.
 */
import { createMiniMax as createOfficialMiniMax } from '@ai-sdk/minimax';
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { createMinimax as createMinimaxAnthropic, createMinimaxOpenAI } from 'vercel-minimax-ai-provider';
import { createMiniMax } from '../src/index';
import type { FetchFn, Wire } from './workloads';

export const BASE_URL = 'http://bench.local/v1';
export const ANTHROPIC_BASE_URL = 'http://bench.local/anthropic/v1';
const MODEL_ID = 'MiniMax-M2.1';

/** The call options every model gets (LanguageModelV3 and V4 accept this shape alike). */
export const CALL_OPTIONS = {
  prompt: [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'hi' }] }],
};

/** The part of LanguageModelV3/V4 the benchmark uses; spec versions differ, the measurement does not care. */
export interface AnyModel {
  doStream(options: typeof CALL_OPTIONS): PromiseLike<{ stream: ReadableStream<unknown> }>;
  doGenerate(options: typeof CALL_OPTIONS): PromiseLike<{ content: unknown[]; finishReason: unknown }>;
}

/** What one run saw; text and tool calls only when collecting (verification runs). */
export interface Outcome {
  /** doStream call → last part read (or doGenerate call → result), wall time. */
  ms: number;
  /** CPU time of the process over the same span (user + system, every thread: GC helpers count). */
  cpuMs: number;
  /** performance.now() of the first text-delta part (0 if none). */
  firstTextAt: number;
  /** performance.now() of the first reasoning-delta part (0 if none). */
  firstReasoningAt: number;
  parts: number;
  text: string;
  reasoning: string;
  toolCalls: { id: string; name: string; input: string }[];
  errors: unknown[];
  finishReason: string | undefined;
}

export interface Impl {
  id: string;
  label: string;
  wire: Wire;
  role: 'this' | 'peer' | 'floor';
  stream(fetch: FetchFn, collect: boolean): Promise<Outcome>;
  generate(fetch: FetchFn, collect: boolean): Promise<Outcome>;
  /** Opens a stream and reads until its first text part; the stream is left open (for the memory test). */
  openUntilFirstText(fetch: FetchFn): Promise<{ reader: ReadableStreamDefaultReader<unknown> }>;
  /** The language model itself (providers only), for `generateText`. */
  createModel?(fetch: FetchFn): AnyModel;
}

function emptyOutcome(): Outcome {
  return { ms: 0, cpuMs: 0, firstTextAt: 0, firstReasoningAt: 0, parts: 0, text: '', reasoning: '', toolCalls: [], errors: [], finishReason: undefined };
}

/** CPU milliseconds since `start` (a `process.cpuUsage()` reading). */
export function cpuMsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

type Part = {
  type: string;
  delta?: string;
  toolCallId?: string;
  toolName?: string;
  input?: string;
  error?: unknown;
  finishReason?: unknown;
};

function unifiedFinish(reason: unknown): string | undefined {
  if (typeof reason === 'string') return reason;
  if (reason && typeof reason === 'object' && 'unified' in reason) return String((reason as { unified: unknown }).unified);
  return undefined;
}

/** Reads a stream of LanguageModel parts to the end. */
async function drainParts(stream: ReadableStream<unknown>, out: Outcome, collect: boolean): Promise<void> {
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    out.parts++;
    const part = value as Part;
    if (part.type === 'text-delta') {
      if (out.firstTextAt === 0) out.firstTextAt = performance.now();
      if (collect) out.text += part.delta;
    } else if (part.type === 'reasoning-delta') {
      if (out.firstReasoningAt === 0) out.firstReasoningAt = performance.now();
      if (collect) out.reasoning += part.delta;
    } else if (collect) {
      switch (part.type) {
        case 'tool-call':
          out.toolCalls.push({ id: part.toolCallId!, name: part.toolName!, input: part.input! });
          break;
        case 'error':
          out.errors.push(part.error);
          break;
        case 'finish':
          out.finishReason = unifiedFinish(part.finishReason);
          break;
      }
    }
  }
}

function modelImpl(id: string, label: string, wire: Wire, role: 'this' | 'peer', createModel: (fetch: FetchFn) => AnyModel): Impl {
  // One model per fetch, as an app would keep one provider instance.
  const models = new WeakMap<FetchFn, AnyModel>();
  const model = (fetch: FetchFn) => {
    let m = models.get(fetch);
    if (!m) models.set(fetch, (m = createModel(fetch)));
    return m;
  };
  return {
    id,
    label,
    wire,
    role,
    createModel,
    async stream(fetch, collect) {
      const out = emptyOutcome();
      const m = model(fetch);
      const cpu = process.cpuUsage();
      const start = performance.now();
      const { stream } = await m.doStream(CALL_OPTIONS);
      await drainParts(stream, out, collect);
      out.ms = performance.now() - start;
      out.cpuMs = cpuMsSince(cpu);
      return out;
    },
    async generate(fetch, collect) {
      const out = emptyOutcome();
      const m = model(fetch);
      const cpu = process.cpuUsage();
      const start = performance.now();
      const result = await m.doGenerate(CALL_OPTIONS);
      out.ms = performance.now() - start;
      out.cpuMs = cpuMsSince(cpu);
      out.parts = result.content.length;
      if (collect) {
        for (const c of result.content) {
          const part = c as Part & { text?: string };
          if (part.type === 'text') out.text += part.text;
          else if (part.type === 'reasoning') out.reasoning += part.text;
          else if (part.type === 'tool-call') out.toolCalls.push({ id: part.toolCallId!, name: part.toolName!, input: part.input! });
        }
        out.finishReason = unifiedFinish(result.finishReason);
      }
      return out;
    },
    async openUntilFirstText(fetch) {
      const { stream } = await model(fetch).doStream(CALL_OPTIONS);
      const reader = stream.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done || (value as Part).type === 'text-delta') break;
      }
      return { reader };
    },
  };
}

// Chat wire.

export const thisProvider = modelImpl('minimax-ai-provider', 'minimax-ai-provider (this)', 'chat', 'this', (fetch) =>
  createMiniMax({ apiKey: 'k', baseURL: BASE_URL, fetch })(MODEL_ID) as unknown as AnyModel,
);

export const openaiCompatible = modelImpl('openai-compatible', '@ai-sdk/openai-compatible', 'chat', 'peer', (fetch) =>
  createOpenAICompatible({ name: 'minimax', baseURL: BASE_URL, apiKey: 'k', fetch }).chatModel(MODEL_ID) as unknown as AnyModel,
);

export const vercelMinimax = modelImpl('vercel-minimax', 'vercel-minimax-ai-provider (OpenAI mode)', 'chat', 'peer', (fetch) =>
  createMinimaxOpenAI({ apiKey: 'k', baseURL: BASE_URL, fetch })(MODEL_ID) as unknown as AnyModel,
);

// Messages wire.

export const thisMessages = modelImpl('minimax-ai-provider-messages', 'minimax-ai-provider (this, messages)', 'messages', 'this', (fetch) =>
  createMiniMax({ apiKey: 'k', baseURL: BASE_URL, fetch }).messages(MODEL_ID) as unknown as AnyModel,
);

export const officialMinimax = modelImpl('ai-sdk-minimax', '@ai-sdk/minimax', 'messages', 'peer', (fetch) =>
  createOfficialMiniMax({ apiKey: 'k', baseURL: ANTHROPIC_BASE_URL, fetch })(MODEL_ID) as unknown as AnyModel,
);

export const vercelMinimaxAnthropic = modelImpl('vercel-minimax-anthropic', 'vercel-minimax-ai-provider (Anthropic mode)', 'messages', 'peer', (fetch) =>
  createMinimaxAnthropic({ apiKey: 'k', baseURL: ANTHROPIC_BASE_URL, fetch })(MODEL_ID) as unknown as AnyModel,
);

// ---------------------------------------------------------------------------
// The floors: decode, split events on blank lines, JSON.parse each payload.
// ---------------------------------------------------------------------------

type FloorChatChunk = {
  choices?: { delta?: { content?: string | null; reasoning_content?: string | null } }[];
};

type FloorMessagesEvent = { type?: string; delta?: { type?: string; text?: string; thinking?: string } };

/**
 * What a floor reads of one parsed payload: only the text and the reasoning
 * (their first arrival times the time-to-first-part figures; the strings are
 * kept only when collecting, for verification).
 */
function floorRead(out: Outcome, collect: boolean, text: string | null | undefined, reasoning: string | null | undefined): void {
  if (text) {
    if (out.firstTextAt === 0) out.firstTextAt = performance.now();
    if (collect) out.text += text;
  }
  if (reasoning) {
    if (out.firstReasoningAt === 0) out.firstReasoningAt = performance.now();
    if (collect) out.reasoning += reasoning;
  }
}

function floorChatEvent(data: string, out: Outcome, collect: boolean): void {
  if (data === '[DONE]') return;
  const chunk = JSON.parse(data) as FloorChatChunk;
  out.parts++;
  const delta = chunk.choices?.[0]?.delta;
  floorRead(out, collect, delta?.content, delta?.reasoning_content);
}

function floorMessagesEvent(data: string, out: Outcome, collect: boolean): void {
  const event = JSON.parse(data) as FloorMessagesEvent;
  out.parts++;
  if (event.type === 'content_block_delta') floorRead(out, collect, event.delta?.text, event.delta?.thinking);
}

/** Splits decoded text into events on blank lines, hands each `data:` payload on; returns the unfinished tail. */
function floorSplit(buffer: string, onData: (data: string) => void): string {
  let start = 0;
  for (;;) {
    const end = buffer.indexOf('\n\n', start);
    if (end === -1) break;
    // The data line: the event's first line, or the one after `event: …` (messages wire).
    const line = buffer.startsWith('data:', start) ? start : buffer.indexOf('\ndata:', start);
    let at = line === start ? line : line + 1;
    start = end + 2;
    if (line === -1 || at > end) continue;
    at += buffer.charCodeAt(at + 5) === 32 ? 6 : 5;
    onData(buffer.slice(at, end));
  }
  return start === 0 ? buffer : buffer.slice(start);
}

function floorImpl(wire: Wire): Impl {
  const url = wire === 'chat' ? `${BASE_URL}/chat/completions` : `${ANTHROPIC_BASE_URL}/messages`;
  const body = JSON.stringify(
    wire === 'chat'
      ? { model: MODEL_ID, messages: [{ role: 'user', content: 'hi' }], stream: true }
      : { model: MODEL_ID, max_tokens: 4096, messages: [{ role: 'user', content: [{ type: 'text', text: 'hi' }] }], stream: true },
  );
  const headers: Record<string, string> = wire === 'chat'
    ? { 'content-type': 'application/json', authorization: 'Bearer k' }
    : { 'content-type': 'application/json', 'x-api-key': 'k', 'anthropic-version': '2023-06-01' };
  const request = (fetch: FetchFn) => fetch(url, { method: 'POST', headers, body });
  const onEvent = wire === 'chat' ? floorChatEvent : floorMessagesEvent;

  return {
    id: wire === 'chat' ? 'floor' : 'floor-messages',
    label: 'floor (TextDecoder + split + JSON.parse)',
    wire,
    role: 'floor',
    async stream(fetch, collect) {
      const out = emptyOutcome();
      const onData = (data: string) => onEvent(data, out, collect);
      const cpu = process.cpuUsage();
      const start = performance.now();
      const response = await request(fetch);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer = floorSplit(buffer + decoder.decode(value, { stream: true }), onData);
      }
      floorSplit(buffer + decoder.decode() + '\n\n', onData);
      out.ms = performance.now() - start;
      out.cpuMs = cpuMsSince(cpu);
      return out;
    },
    async generate(fetch, collect) {
      const out = emptyOutcome();
      const cpu = process.cpuUsage();
      const start = performance.now();
      const response = await request(fetch);
      const json = JSON.parse(await response.text()) as {
        choices?: { message: { content: string; reasoning_content?: string } }[];
        content?: { type: string; text?: string; thinking?: string }[];
      };
      out.ms = performance.now() - start;
      out.cpuMs = cpuMsSince(cpu);
      out.parts = 1;
      if (collect) {
        if (wire === 'chat') out.text = json.choices![0].message.content;
        else {
          for (const block of json.content ?? []) {
            if (block.type === 'text') out.text += block.text;
            else if (block.type === 'thinking') out.reasoning += block.thinking;
          }
        }
      }
      return out;
    },
    async openUntilFirstText(fetch) {
      const out = emptyOutcome();
      const onData = (data: string) => onEvent(data, out, false);
      const response = await request(fetch);
      const reader = response.body!.getReader();
      const decoder = new TextDecoder();
      let buffer = '';
      while (out.firstTextAt === 0) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer = floorSplit(buffer + decoder.decode(value, { stream: true }), onData);
      }
      // Keep the decoder and the tail alive with the reader, as a real consumer would.
      return { reader: Object.assign(reader, { decoder, buffer }) };
    },
  };
}

export const floor = floorImpl('chat');
export const floorMessages = floorImpl('messages');

/** Per wire: this provider, its peers, the floor (table order). */
export const IMPLEMENTATIONS_BY_WIRE: Record<Wire, Impl[]> = {
  chat: [thisProvider, openaiCompatible, vercelMinimax, floor],
  messages: [thisMessages, officialMinimax, vercelMinimaxAnthropic, floorMessages],
};

export const IMPLEMENTATIONS: Impl[] = [...IMPLEMENTATIONS_BY_WIRE.chat, ...IMPLEMENTATIONS_BY_WIRE.messages];
