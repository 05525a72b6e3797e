/**
 * The implementations under test, behind one interface: each gets the same
 * in-memory `fetch` and drains `doStream` (or calls `doGenerate`) the same way.
 */
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { createMinimaxOpenAI } from 'vercel-minimax-ai-provider';
import { createMiniMax } from '../src/index';
import type { FetchFn } from './workloads';

export const BASE_URL = 'http://bench.local/v1';
const MODEL_ID = 'MiniMax-M2.1';

/** The call options every model gets (LanguageModelV3 and V4 accept this shape alike). */
export const CALL_OPTIONS = {
  prompt: [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'hi' }] }],
};

/** The part of LanguageModelV3/V4 the benchmark uses; spec versions differ, the measurement does not care. */
interface AnyModel {
  doStream(options: typeof CALL_OPTIONS): PromiseLike<{ stream: ReadableStream<unknown> }>;
  doGenerate(options: typeof CALL_OPTIONS): PromiseLike<{ content: unknown[]; finishReason: unknown }>;
}

/** What one run saw; text and tool calls only when collecting (verification runs). */
export interface Outcome {
  /** doStream call → last part read (or doGenerate call → result). */
  ms: number;
  /** performance.now() of the first text-delta part (0 if none). */
  firstTextAt: number;
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
  stream(fetch: FetchFn, collect: boolean): Promise<Outcome>;
  generate(fetch: FetchFn, collect: boolean): Promise<Outcome>;
  /** Opens a stream and reads until its first text part; the stream is left open (for the memory test). */
  openUntilFirstText(fetch: FetchFn): Promise<{ reader: ReadableStreamDefaultReader<unknown> }>;
}

function emptyOutcome(): Outcome {
  return { ms: 0, firstTextAt: 0, parts: 0, text: '', reasoning: '', toolCalls: [], errors: [], finishReason: undefined };
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
    } else if (collect) {
      switch (part.type) {
        case 'reasoning-delta':
          out.reasoning += part.delta;
          break;
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

function modelImpl(id: string, label: string, createModel: (fetch: FetchFn) => AnyModel): Impl {
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
    async stream(fetch, collect) {
      const out = emptyOutcome();
      const m = model(fetch);
      const start = performance.now();
      const { stream } = await m.doStream(CALL_OPTIONS);
      await drainParts(stream, out, collect);
      out.ms = performance.now() - start;
      return out;
    },
    async generate(fetch, collect) {
      const out = emptyOutcome();
      const m = model(fetch);
      const start = performance.now();
      const result = await m.doGenerate(CALL_OPTIONS);
      out.ms = performance.now() - start;
      out.parts = result.content.length;
      if (collect) {
        for (const c of result.content as Part[] & { text?: string }[]) {
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

export const thisProvider = modelImpl('minimax-ai-provider', 'minimax-ai-provider (this)', (fetch) =>
  createMiniMax({ apiKey: 'k', baseURL: BASE_URL, fetch })(MODEL_ID) as unknown as AnyModel,
);

export const openaiCompatible = modelImpl('openai-compatible', '@ai-sdk/openai-compatible', (fetch) =>
  createOpenAICompatible({ name: 'minimax', baseURL: BASE_URL, apiKey: 'k', fetch }).chatModel(MODEL_ID) as unknown as AnyModel,
);

export const vercelMinimax = modelImpl('vercel-minimax', 'vercel-minimax-ai-provider (OpenAI mode)', (fetch) =>
  createMinimaxOpenAI({ apiKey: 'k', baseURL: BASE_URL, fetch })(MODEL_ID) as unknown as AnyModel,
);

// ---------------------------------------------------------------------------
// The floor: decode, split events on blank lines, JSON.parse each payload.
// ---------------------------------------------------------------------------

const REQUEST_BODY = JSON.stringify({ model: MODEL_ID, messages: [{ role: 'user', content: 'hi' }], stream: true });

type FloorChunk = {
  choices?: { delta?: { content?: string | null; reasoning_content?: string | null; tool_calls?: unknown[] } }[];
};

function floorEvent(data: string, out: Outcome, collect: boolean): void {
  if (data === '[DONE]') return;
  const chunk = JSON.parse(data) as FloorChunk;
  out.parts++;
  // Reading the content is needed for the time-to-first-text figure; nothing more is done with the chunk.
  const content = chunk.choices?.[0]?.delta?.content;
  if (content) {
    if (out.firstTextAt === 0) out.firstTextAt = performance.now();
    if (collect) out.text += content;
  }
  if (collect) {
    const reasoning = chunk.choices?.[0]?.delta?.reasoning_content;
    if (reasoning) out.reasoning += reasoning;
  }
}

/** Splits decoded text into events on blank lines; returns the unfinished tail. */
function floorSplit(buffer: string, out: Outcome, collect: boolean): string {
  let start = 0;
  for (;;) {
    const end = buffer.indexOf('\n\n', start);
    if (end === -1) break;
    const event = buffer.slice(start, end);
    start = end + 2;
    if (event.startsWith('data: ')) floorEvent(event.slice(6), out, collect);
    else if (event.startsWith('data:')) floorEvent(event.slice(5), out, collect);
  }
  return start === 0 ? buffer : buffer.slice(start);
}

async function floorRequest(fetch: FetchFn): Promise<Response> {
  return fetch(`${BASE_URL}/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bearer k' },
    body: REQUEST_BODY,
  });
}

export const floor: Impl = {
  id: 'floor',
  label: 'floor (TextDecoder + split + JSON.parse)',
  async stream(fetch, collect) {
    const out = emptyOutcome();
    const start = performance.now();
    const response = await floorRequest(fetch);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer = floorSplit(buffer + decoder.decode(value, { stream: true }), out, collect);
    }
    floorSplit(buffer + decoder.decode() + '\n\n', out, collect);
    out.ms = performance.now() - start;
    return out;
  },
  async generate(fetch, collect) {
    const out = emptyOutcome();
    const start = performance.now();
    const response = await floorRequest(fetch);
    const json = JSON.parse(await response.text()) as { choices: { message: { content: string } }[] };
    out.ms = performance.now() - start;
    out.parts = 1;
    if (collect) out.text = json.choices[0].message.content;
    return out;
  },
  async openUntilFirstText(fetch) {
    const out = emptyOutcome();
    const response = await floorRequest(fetch);
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    while (out.firstTextAt === 0) {
      const { done, value } = await reader.read();
      if (done) break;
      buffer = floorSplit(buffer + decoder.decode(value, { stream: true }), out, false);
    }
    // Keep the decoder and the tail alive with the reader, as a real consumer would.
    return { reader: Object.assign(reader, { decoder, buffer }) };
  },
};

export const IMPLEMENTATIONS: Impl[] = [thisProvider, openaiCompatible, vercelMinimax, floor];
