/**
 * `generateText` (ai@7) on a 3-step tool loop over a 200-message history, on
 * both wires, this provider against its peers: two steps answer with a tool
 * call (reasoning first), the third with text. Every implementation's model
 * gets the same scripted in-memory `fetch` (JSON answers, no network); what is
 * timed is the whole `generateText` call: the SDK's prompt work, each
 * provider's request building (the 200 messages converted and serialized
 * three times) and its reading of the three answers.
 *
 * Before timing, every implementation's result is checked: the final text,
 * three steps, both tool calls executed, the history and both tool results
 * in the last request body.
 */
import { generateText, stepCountIs, tool, type LanguageModel, type ModelMessage } from 'ai';
import { z } from 'zod/v4';
import { JsonBodySerializer, MIN_CACHED_LENGTH } from '../src/core/shared/json-body-serializer';
import { cpuMsSince, IMPLEMENTATIONS_BY_WIRE, type Impl } from './peers';
import { createRng, makeText, type FetchFn, type Wire } from './workloads';

// ai@7 logs each call's warnings (e.g. a setting a peer ignores) to the console: not part of what is measured.
(globalThis as { AI_SDK_LOG_WARNINGS?: boolean }).AI_SDK_LOG_WARNINGS = false;

const encoder = new TextEncoder();
const CITIES = ['Lisbon-marker-1', 'Porto-marker-2'];
const FINAL_TEXT = 'Lisbon is sunny at 21 °C and Porto is sunny at 21 °C, so both are good for a walk today.';
export const HISTORY_MESSAGES = 200;

/** 200 messages: groups of a user question, an assistant tool call, its result, and an assistant answer. */
function buildHistory(count: number, characters: number): ModelMessage[] {
  const rng = createRng(31);
  const scale = characters / 600;
  const messages: ModelMessage[] = [];
  for (let i = 0; messages.length < count; i++) {
    const callId = `call_function_hist${String(i).padStart(4, '0')}_1`;
    messages.push({ role: 'user', content: `history-start-${i} ${makeText(rng, Math.round(600 * scale))}` });
    messages.push({
      role: 'assistant',
      content: [
        { type: 'text', text: makeText(rng, Math.round(200 * scale)) },
        { type: 'tool-call', toolCallId: callId, toolName: 'get_weather', input: { city: `city-${i}` } },
      ],
    });
    messages.push({
      role: 'tool',
      content: [
        {
          type: 'tool-result',
          toolCallId: callId,
          toolName: 'get_weather',
          output: { type: 'json', value: { city: `city-${i}`, temperature: 10 + (i % 20), conditions: 'cloudy', note: makeText(rng, Math.round(300 * scale)) } },
        },
      ],
    });
    messages.push({ role: 'assistant', content: `${makeText(rng, Math.round(1000 * scale))} history-end-${i}` });
  }
  messages.length = count;
  messages.push({ role: 'user', content: `What is the weather in ${CITIES.join(' and ')}? Look both up, one after the other.` });
  return messages;
}

const REASONING = 'The user wants the weather in two cities. I will look them up one at a time with get_weather.';
const SIGNATURE = 'a9f3c2e1d0b8a7f6e5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a3f2';

/** The three scripted answers of a wire: a tool call, a tool call, the final text. */
function answers(wire: Wire): Uint8Array[] {
  const bodies: unknown[] = [];
  for (let step = 0; step < 3; step++) {
    const id = `06loop${step}b1f4a2c9e8d7f6a5b4c3d2e1f0a9b8c7`;
    const call = step < 2 ? { id: `call_function_loop${step}_1`, city: CITIES[step] } : undefined;
    if (wire === 'chat') {
      bodies.push({
        id,
        object: 'chat.completion',
        created: 1767225600,
        model: 'MiniMax-M2.1',
        choices: [
          {
            index: 0,
            message: {
              role: 'assistant',
              content: call ? '' : FINAL_TEXT,
              reasoning_content: REASONING,
              reasoning_details: [{ type: 'reasoning.text', id: 'reasoning-text-1', format: 'MiniMax-response-v1', index: 0, text: REASONING }],
              ...(call
                ? { tool_calls: [{ id: call.id, type: 'function', function: { name: 'get_weather', arguments: JSON.stringify({ city: call.city }) } }] }
                : {}),
            },
            finish_reason: call ? 'tool_calls' : 'stop',
          },
        ],
        usage: { prompt_tokens: 60000 + step * 100, completion_tokens: 80, total_tokens: 60080 + step * 100 },
        base_resp: { status_code: 0, status_msg: '' },
      });
    } else {
      bodies.push({
        id,
        type: 'message',
        role: 'assistant',
        model: 'MiniMax-M2.1',
        content: [
          { type: 'thinking', thinking: REASONING, signature: SIGNATURE },
          call ? { type: 'tool_use', id: call.id, name: 'get_weather', input: { city: call.city } } : { type: 'text', text: FINAL_TEXT },
        ],
        stop_reason: call ? 'tool_use' : 'end_turn',
        stop_sequence: null,
        usage: { input_tokens: 60000 + step * 100, output_tokens: 80, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 },
      });
    }
  }
  return bodies.map((body) => encoder.encode(JSON.stringify(body)));
}

/** A `fetch` that answers the calls of one `generateText` run in order, and keeps their request bodies. */
class ScriptedFetch {
  private step = 0;
  private keepBodies = false;
  requestBodies: string[] = [];

  constructor(private readonly bodies: Uint8Array[]) {}

  reset(keepBodies: boolean): void {
    this.step = 0;
    this.requestBodies = [];
    this.keepBodies = keepBodies;
  }

  readonly fetch: FetchFn = async (_input, init) => {
    const body = this.bodies[Math.min(this.step++, this.bodies.length - 1)];
    if (this.keepBodies) this.requestBodies.push(String(init?.body));
    return new Response(body.slice(), { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

const weatherTool = tool({
  description: 'The current weather in a city.',
  inputSchema: z.object({ city: z.string() }),
  execute: async ({ city }) => ({ city, temperature: 21, conditions: 'sunny' }),
});

interface LoopRun {
  ms: number;
  cpuMs: number;
  problems: string[];
  requestBytes: number;
}

async function runLoop(model: LanguageModel, scripted: ScriptedFetch, history: ModelMessage[], check: boolean): Promise<LoopRun> {
  scripted.reset(check);
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await generateText({
    model,
    system: 'You are a weather assistant. Use the tools.',
    messages: history,
    tools: { get_weather: weatherTool },
    stopWhen: stepCountIs(3),
  });
  const ms = performance.now() - start;
  const cpuMs = cpuMsSince(cpu);
  const problems: string[] = [];
  if (check) {
    if (result.text !== FINAL_TEXT) problems.push(`final text ${JSON.stringify(result.text.slice(0, 60))}`);
    if (result.steps.length !== 3) problems.push(`${result.steps.length} steps, expected 3`);
    const executed = result.steps.flatMap((s) => s.toolResults.map((r) => (r.input as { city?: string }).city));
    if (executed.join() !== CITIES.join()) problems.push(`tool calls executed for ${executed.join()}, expected ${CITIES.join()}`);
    const last = scripted.requestBodies[2] ?? '';
    for (const marker of ['history-start-0', `history-end-${HISTORY_MESSAGES / 4 - 1}`, ...CITIES]) {
      if (!last.includes(marker)) problems.push(`last request body lacks ${marker}`);
    }
  }
  return { ms, cpuMs, problems, requestBytes: scripted.requestBodies.reduce((n, b) => n + b.length, 0) };
}

export interface LoopResult {
  wire: Wire;
  impl: Impl;
  /** A new provider instance for every `generateText` call (this provider's second row). */
  newProviderPerCall: boolean;
  ms: number[];
  cpuMs: number[];
  problems: string[];
  requestBytes: number;
}

/** One `generateText` run after another for one provider (for the profiler); optionally a new instance per run. */
export function loopRunner(impl: Impl, newProviderPerCall = false): () => Promise<unknown> {
  const history = buildHistory(HISTORY_MESSAGES, 600);
  const scripted = new ScriptedFetch(answers(impl.wire));
  const createModel = () => impl.createModel!(scripted.fetch) as unknown as LanguageModel;
  const model = createModel();
  return () => runLoop(newProviderPerCall ? createModel() : model, scripted, history, false);
}

/** Verifies, then times `generateText` for every provider of both wires (interleaved rounds per wire). */
export async function measureAgentLoop(options: { warmup: number; rounds: number; smoke: boolean }): Promise<LoopResult[]> {
  const history = buildHistory(HISTORY_MESSAGES, options.smoke ? 60 : 600);
  const results: LoopResult[] = [];
  for (const wire of ['chat', 'messages'] as const) {
    const bodies = answers(wire);
    const entries = IMPLEMENTATIONS_BY_WIRE[wire]
      .filter((impl) => impl.createModel)
      // This provider twice: one instance for every call (as an app keeps one, and as every peer is run), and a new
      // instance per call, whose first request finds nothing of the history escaped yet (see json-body-serializer.ts).
      .flatMap((impl) => (impl.role === 'this' ? [{ impl, fresh: false }, { impl, fresh: true }] : [{ impl, fresh: false }]))
      .map(({ impl, fresh }) => {
        const scripted = new ScriptedFetch(bodies);
        const createModel = () => impl.createModel!(scripted.fetch) as unknown as LanguageModel;
        const kept = createModel();
        return {
          scripted,
          /** The model for the next call (made before the call's timer starts). */
          model: fresh ? createModel : () => kept,
          result: { wire, impl, newProviderPerCall: fresh, ms: [] as number[], cpuMs: [] as number[], problems: [] as string[], requestBytes: 0 },
        };
      });
    for (const entry of entries) {
      const checked = await runLoop(entry.model(), entry.scripted, history, true);
      entry.result.problems = checked.problems;
      entry.result.requestBytes = checked.requestBytes;
    }
    for (let w = 0; w < options.warmup; w++) for (const e of entries) await runLoop(e.model(), e.scripted, history, false);
    for (let r = 0; r < options.rounds; r++) {
      for (let k = 0; k < entries.length; k++) {
        const e = entries[(k + r) % entries.length]; // the order turns each round (see run.ts)
        const run = await runLoop(e.model(), e.scripted, history, false);
        e.result.ms.push(run.ms);
        e.result.cpuMs.push(run.cpuMs);
      }
    }
    results.push(...entries.map((e) => e.result));
  }
  return results;
}

export interface BodyWritingResult {
  /** The body written: the last request of the messages loop. */
  chars: number;
  longStrings: number;
  rows: { label: string; ms: number[] }[];
}

/**
 * What writing one request body costs, three ways, on the last (largest) request body of this provider's messages
 * loop: `JSON.stringify`; `JsonBodySerializer` new (nothing escaped yet: the first request of a new provider
 * instance); and kept (the body's strings escaped by an earlier request). Each round writes a body parsed anew from
 * the same text (new string objects of equal content, as a history parsed from a client's request), the three ways
 * interleaved. Each output is checked against `JSON.stringify`'s.
 */
export async function measureBodyWriting(options: { rounds: number; smoke: boolean }): Promise<BodyWritingResult> {
  const impl = IMPLEMENTATIONS_BY_WIRE.messages.find((i) => i.role === 'this')!;
  const scripted = new ScriptedFetch(answers('messages'));
  const model = impl.createModel!(scripted.fetch) as unknown as LanguageModel;
  await runLoop(model, scripted, buildHistory(HISTORY_MESSAGES, options.smoke ? 60 : 600), true);
  const text = scripted.requestBodies[2];
  let longStrings = 0;
  const count = (value: unknown): void => {
    if (typeof value === 'string') longStrings += value.length >= MIN_CACHED_LENGTH ? 1 : 0;
    else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) count(item);
  };
  count(JSON.parse(text));

  const kept = new JsonBodySerializer();
  kept.serialize(JSON.parse(text));
  const ways: { label: string; write: (body: unknown) => string }[] = [
    { label: '`JSON.stringify`', write: (body) => JSON.stringify(body) },
    { label: '`JsonBodySerializer`, new (nothing escaped yet)', write: (body) => new JsonBodySerializer().serialize(body) },
    { label: '`JsonBodySerializer`, kept (the strings escaped before)', write: (body) => kept.serialize(body) },
  ];
  const rows = ways.map((way) => ({ label: way.label, ms: [] as number[] }));
  for (const way of ways) if (way.write(JSON.parse(text)) !== text) throw new Error(`${way.label} wrote another body`);
  for (let r = 0; r < options.rounds; r++) {
    for (let k = 0; k < ways.length; k++) {
      const i = (k + r) % ways.length;
      const body = JSON.parse(text);
      const start = performance.now();
      ways[i].write(body);
      rows[i].ms.push(performance.now() - start);
    }
  }
  return { chars: text.length, longStrings, rows };
}
