/**
 * `npm run soak [-- --streams N --concurrency C]`: many streams at once against the local emulator, through
 * the provider's `doStream` (chat and messages wires) and ai@7's `streamText`. Replies are the emulator's
 * default ones (derived from the request) and scripted ones (reasoning, multi-byte text, tool calls,
 * inline `<think>` tags, random chunk sizes) mixed. Every stream is checked: no error
 * part or exception, its text, reasoning and tool calls exactly what was served (nothing lost, nothing
 * duplicated), every scripted reply received exactly once; RSS and heap are sampled and their growth bounded.
 * Prints start/peak/end memory and streams/s; exits non-zero on any failure.
 *
 * `runSoak()` is exported for `test/soak.test.ts`, which runs a short form in the suite.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';
import { jsonSchema, streamText, tool } from 'ai';
import type { MiniMaxStreamPart } from '../src/core/shared/minimax-neutral-types';
import { createMiniMax } from '../src/index';
import {
  createDefaultReply,
  createMessagesDefaultReply,
  createMiniMaxEmulator,
  type EmulatorReply,
  type MiniMaxEmulator,
  type ScriptedReply,
} from '../src/testing';

export interface SoakOptions {
  streams?: number;
  concurrency?: number;
  /** Every n-th stream goes through ai@7's `streamText` instead of `doStream`. Default 10. */
  streamTextEvery?: number;
  /** Failure threshold for RSS growth from the start (after warm-up) to the end, in MB. Default 256. */
  maxRssGrowthMB?: number;
  /** Failure threshold for heap growth (after GC, when `--expose-gc`) from the start to the end, in MB. Default 48. */
  maxHeapGrowthMB?: number;
  /** Progress lines; default none. */
  log?: (line: string) => void;
  seed?: number;
}

export interface MemorySample {
  rssMB: number;
  heapMB: number;
}

export interface SoakReport {
  streams: number;
  concurrency: number;
  seconds: number;
  streamsPerSecond: number;
  byKind: Record<string, number>;
  memory: { start: MemorySample; peak: MemorySample; end: MemorySample; gc: boolean };
  failures: string[];
  ok: boolean;
}

const API_KEY = 'sk-soak-test-key';
const MODEL_ID = 'MiniMax-M2.1';
const WORDS = ['the', 'quick', 'brown', 'fox', 'naïve', 'café', '東京', '天気', '🙂', '👩‍👩‍👧', 'über', 'señor', 'λόγος', 'data:', '\\n', 'x'];
const WEATHER_SCHEMA = {
  type: 'object' as const,
  properties: { location: { type: 'string' as const } },
  required: ['location'],
};

/** What one stream delivered, in the form replies are compared in. */
interface Received {
  text: string;
  reasoning: string;
  toolCalls: Array<{ name: string; input: unknown }>;
  finishReason: string;
  errors: unknown[];
}

interface Expected {
  text: string;
  reasoning: string;
  toolCalls: Array<{ name: string; input: unknown }>;
  finishReason: string;
}

function expectedOf(reply: EmulatorReply): Expected {
  const toolCalls = (reply.toolCalls ?? []).map((call) => ({
    name: call.name,
    input: typeof call.arguments === 'string' ? JSON.parse(call.arguments) : (call.arguments ?? {}),
  }));
  return {
    text: reply.text ?? '',
    reasoning: reply.reasoning ?? '',
    toolCalls,
    finishReason: toolCalls.length > 0 ? 'tool-calls' : 'stop',
  };
}

/** A deterministic pseudo-random generator (LCG), so a failing soak can be replayed with its seed. */
function prng(seed: number) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)],
  };
}

type Random = ReturnType<typeof prng>;

function words(random: Random, count: number): string {
  return Array.from({ length: count }, () => random.pick(WORDS)).join(' ');
}

/** A scripted reply whose reasoning carries `token`, so the stream that received it can be identified. */
function scriptedReply(token: string, random: Random): ScriptedReply {
  const shape = random.int(0, 3);
  const reply: ScriptedReply = {
    type: 'reply',
    reasoning: `[${token}] ${words(random, random.int(3, 40))}`,
    chunkSize: random.int(1, 24),
  };
  if (shape !== 1) reply.text = `${words(random, random.int(1, 80))} [${token}]`;
  if (shape >= 1) {
    reply.toolCalls = Array.from({ length: random.int(1, 3) }, (_, i) => ({
      id: `call_${token}_${i}`,
      name: random.pick(['get_weather', 'search']),
      arguments: { location: words(random, random.int(1, 4)), ref: token, n: i },
    }));
  }
  return reply;
}

type Kind = 'default-chat' | 'default-chat-tools' | 'default-messages' | 'scripted-chat' | 'scripted-chat-think' | 'scripted-messages';

function toolsForCore() {
  return ['get_weather', 'search'].map((name) => ({
    type: 'function' as const,
    name,
    description: `${name} tool`,
    inputSchema: WEATHER_SCHEMA,
  }));
}

function collectParts(parts: MiniMaxStreamPart[]): Received {
  const received: Received = { text: '', reasoning: '', toolCalls: [], finishReason: 'missing', errors: [] };
  for (const part of parts) {
    switch (part.type) {
      case 'text-delta':
        received.text += part.delta;
        break;
      case 'reasoning-delta':
        received.reasoning += part.delta;
        break;
      case 'tool-call':
        received.toolCalls.push({ name: part.toolName, input: JSON.parse(part.input) });
        break;
      case 'error':
        received.errors.push(part.error);
        break;
      case 'finish':
        received.finishReason = part.finishReason.unified;
        break;
    }
  }
  return received;
}

function describeDifference(expected: Expected, received: Received): string | undefined {
  if (received.errors.length > 0) return `error parts: ${received.errors.map((e) => String((e as Error)?.message ?? e)).join('; ')}`;
  if (received.text !== expected.text) return `text ${JSON.stringify(received.text)} ≠ expected ${JSON.stringify(expected.text)}`;
  if (received.reasoning !== expected.reasoning) {
    return `reasoning ${JSON.stringify(received.reasoning)} ≠ expected ${JSON.stringify(expected.reasoning)}`;
  }
  if (JSON.stringify(received.toolCalls) !== JSON.stringify(expected.toolCalls)) {
    return `tool calls ${JSON.stringify(received.toolCalls)} ≠ expected ${JSON.stringify(expected.toolCalls)}`;
  }
  if (received.finishReason !== expected.finishReason) return `finish ${received.finishReason} ≠ ${expected.finishReason}`;
  return undefined;
}

function memory(): MemorySample {
  const { rss, heapUsed } = process.memoryUsage();
  return { rssMB: rss / 2 ** 20, heapMB: heapUsed / 2 ** 20 };
}

/** `global.gc` with `--expose-gc`; otherwise enabled at run time (e.g. inside a vitest worker). */
function obtainGc(): (() => void) | undefined {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return exposed;
  try {
    v8.setFlagsFromString('--expose-gc');
    return vm.runInNewContext('gc') as () => void;
  } catch {
    return undefined;
  }
}

const gc = obtainGc();

async function settledMemory(): Promise<MemorySample> {
  if (gc) {
    for (let i = 0; i < 3; i++) {
      gc();
      await new Promise((r) => setImmediate(r));
    }
  }
  return memory();
}

/** Runs the soak; never throws for a failing stream (failures are in the report). */
export async function runSoak(options: SoakOptions = {}): Promise<SoakReport> {
  const total = options.streams ?? 10_000;
  const concurrency = options.concurrency ?? 200;
  const streamTextEvery = options.streamTextEvery ?? 10;
  const maxRssGrowthMB = options.maxRssGrowthMB ?? 256;
  const maxHeapGrowthMB = options.maxHeapGrowthMB ?? 48;
  const log = options.log ?? (() => {});
  const random = prng(options.seed ?? 20_251_126);
  const failures: string[] = [];
  const fail = (message: string) => {
    if (failures.length < 50) failures.push(message);
    else if (failures.length === 50) failures.push('… more failures not shown');
  };

  // Two emulators: default replies need an empty script queue; scripted replies are served in arrival
  // order from one FIFO, so a scripted stream is matched to its reply by the token the reply carries.
  const defaults: MiniMaxEmulator = await createMiniMaxEmulator({ apiKey: API_KEY });
  const scripted: MiniMaxEmulator = await createMiniMaxEmulator({ apiKey: API_KEY });
  const defaultProvider = createMiniMax({ apiKey: API_KEY, baseURL: defaults.baseURL });
  const scriptedProvider = createMiniMax({ apiKey: API_KEY, baseURL: scripted.baseURL });

  const served = new Map<string, { reply: ScriptedReply; seen: number }>();
  const byKind: Record<string, number> = {};

  const kinds: Kind[] = [
    'default-chat',
    'scripted-chat',
    'default-chat-tools',
    'scripted-messages',
    'default-messages',
    'scripted-chat-think',
    'scripted-chat',
    'default-chat',
    'scripted-messages',
    'scripted-chat',
  ];

  async function runStream(i: number): Promise<void> {
    // Rotated every round, so that the streamText slot goes through every kind.
    const kind = kinds[(i + Math.floor(i / kinds.length)) % kinds.length];
    const viaStreamText = streamTextEvery > 0 && i % streamTextEvery === streamTextEvery - 1;
    const label = `${kind}${viaStreamText ? ' (streamText)' : ''}`;
    byKind[label] = (byKind[label] ?? 0) + 1;
    const isScripted = kind.startsWith('scripted');
    const provider = isScripted ? scriptedProvider : defaultProvider;
    const model = kind.endsWith('messages') ? provider.messages(MODEL_ID) : provider(MODEL_ID);
    const withTools = kind === 'default-chat-tools' || isScripted;
    const reasoningSplit = kind !== 'scripted-chat-think';
    const promptText = `Soak stream ${i}: tell me about ${random.pick(WORDS)}${withTools ? ' weather' : ''}.`;
    if (isScripted) {
      const token = `s${i}`;
      const reply = scriptedReply(token, random);
      served.set(token, { reply, seen: 0 });
      scripted.enqueue(reply);
    }

    let received: Received;
    let requestBody: unknown;
    if (viaStreamText) {
      const errors: unknown[] = [];
      const result = streamText({
        model,
        prompt: promptText,
        maxRetries: 0,
        ...(reasoningSplit ? {} : { providerOptions: { minimax: { reasoningSplit } } }),
        ...(withTools
          ? {
              tools: {
                get_weather: tool({ description: 'get_weather tool', inputSchema: jsonSchema(WEATHER_SCHEMA) }),
                search: tool({ description: 'search tool', inputSchema: jsonSchema(WEATHER_SCHEMA) }),
              },
            }
          : {}),
        include: { requestBody: true },
        onError: ({ error }) => void errors.push(error),
      });
      received = {
        text: await result.text,
        reasoning: (await result.reasoningText) ?? '',
        toolCalls: (await result.toolCalls).map((call) => ({ name: call.toolName, input: call.input })),
        finishReason: await result.finishReason,
        errors,
      };
      requestBody = (await result.request).body;
      if (typeof requestBody === 'string') requestBody = JSON.parse(requestBody);
    } else {
      const { stream, request } = await model.doStream({
        prompt: [{ role: 'user', content: [{ type: 'text', text: promptText }] }],
        ...(reasoningSplit ? {} : { providerOptions: { minimax: { reasoningSplit } } }),
        ...(withTools ? { tools: toolsForCore() } : {}),
      });
      requestBody = request?.body;
      const parts: MiniMaxStreamPart[] = [];
      const reader = stream.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value as MiniMaxStreamPart);
      }
      received = collectParts(parts);
    }

    let expected: Expected;
    if (isScripted) {
      const token = /^\[(s\d+)\]/.exec(received.reasoning)?.[1];
      const entry = token ? served.get(token) : undefined;
      if (!entry) {
        fail(`stream ${i} (${label}): no scripted reply recognised in reasoning ${JSON.stringify(received.reasoning.slice(0, 80))}`);
        return;
      }
      entry.seen++;
      expected = expectedOf(entry.reply);
    } else {
      expected = expectedOf(kind === 'default-messages' ? createMessagesDefaultReply(requestBody) : createDefaultReply(requestBody));
    }
    const difference = describeDifference(expected, received);
    if (difference) fail(`stream ${i} (${label}): ${difference}`);
  }

  // Warm-up (JIT, connection pool), then the start sample.
  const warmup = Math.min(200, Math.max(10, Math.floor(total / 20)));
  await pool(warmup, Math.min(concurrency, warmup), async (i) => runStream(1_000_000 + i).catch((e) => fail(`warm-up ${i}: ${String(e)}`)));
  served.clear();
  for (const kind of Object.keys(byKind)) delete byKind[kind];
  defaults.requests.length = 0;
  scripted.requests.length = 0;
  const start = await settledMemory();
  let peak = { ...start };
  const sampler = setInterval(() => {
    const now = memory();
    peak = { rssMB: Math.max(peak.rssMB, now.rssMB), heapMB: Math.max(peak.heapMB, now.heapMB) };
  }, 50);
  sampler.unref();

  const began = performance.now();
  let done = 0;
  await pool(total, concurrency, async (i) => {
    try {
      await runStream(i);
    } catch (error) {
      fail(`stream ${i}: threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
    }
    done++;
    if (done % 1000 === 0) {
      // The emulator records every request; drop them so its memory does not count against the provider.
      defaults.requests.length = 0;
      scripted.requests.length = 0;
      log(`  ${done}/${total} streams, rss ${memory().rssMB.toFixed(0)} MB`);
    }
  });
  const seconds = (performance.now() - began) / 1000;
  clearInterval(sampler);

  for (const [token, entry] of served) {
    if (entry.seen !== 1) fail(`scripted reply ${token} received ${entry.seen} times`);
  }
  served.clear();
  defaults.requests.length = 0;
  scripted.requests.length = 0;
  await Promise.all([defaults.close(), scripted.close()]);

  const end = await settledMemory();
  peak = { rssMB: Math.max(peak.rssMB, end.rssMB), heapMB: Math.max(peak.heapMB, end.heapMB) };
  if (end.rssMB - start.rssMB > maxRssGrowthMB) {
    fail(`RSS grew by ${(end.rssMB - start.rssMB).toFixed(1)} MB (limit ${maxRssGrowthMB} MB)`);
  }
  if (gc && end.heapMB - start.heapMB > maxHeapGrowthMB) {
    fail(`heap grew by ${(end.heapMB - start.heapMB).toFixed(1)} MB after GC (limit ${maxHeapGrowthMB} MB)`);
  }

  return {
    streams: total,
    concurrency,
    seconds,
    streamsPerSecond: total / seconds,
    byKind,
    memory: { start, peak, end, gc: gc !== undefined },
    failures,
    ok: failures.length === 0,
  };
}

/** Runs `count` tasks, at most `concurrency` at a time. */
async function pool(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.max(1, concurrency) }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

function formatMemory(sample: MemorySample): string {
  return `rss ${sample.rssMB.toFixed(1)} MB, heap ${sample.heapMB.toFixed(1)} MB`;
}

export function formatSoakReport(report: SoakReport): string {
  const lines = [
    `soak: ${report.streams} streams, ${report.concurrency} at a time, in ${report.seconds.toFixed(2)} s: ${report.streamsPerSecond.toFixed(0)} streams/s`,
    `  kinds: ${Object.entries(report.byKind)
      .sort()
      .map(([kind, n]) => `${kind} ${n}`)
      .join(', ')}`,
    `  memory start: ${formatMemory(report.memory.start)}${report.memory.gc ? ' (after GC)' : ' (no --expose-gc: heap not settled)'}`,
    `  memory peak:  ${formatMemory(report.memory.peak)}`,
    `  memory end:   ${formatMemory(report.memory.end)}${report.memory.gc ? ' (after GC)' : ''}`,
    `  errors: ${report.failures.length}`,
    ...report.failures.map((f) => `  FAIL ${f}`),
    report.ok ? 'soak: OK' : 'soak: FAILED',
  ];
  return lines.join('\n');
}

function parseCli(argv: string[]): SoakOptions {
  const options: SoakOptions = {};
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2) as [string, string | undefined];
    const value = () => {
      const text = inline ?? argv[++i];
      const n = Number(text);
      if (text === undefined || !Number.isInteger(n) || n < 1) throw new Error(`${flag} needs a positive integer, got ${text}`);
      return n;
    };
    switch (flag) {
      case '--streams':
        options.streams = value();
        break;
      case '--concurrency':
        options.concurrency = value();
        break;
      case '--seed':
        options.seed = value();
        break;
      default:
        throw new Error(`unknown option ${flag}\nusage: npm run soak -- [--streams N] [--concurrency C] [--seed S]`);
    }
  }
  return options;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  try {
    const options = parseCli(process.argv.slice(2));
    const report = await runSoak({ ...options, log: (line) => process.stderr.write(`${line}\n`) });
    process.stdout.write(`${formatSoakReport(report)}\n`);
    process.exitCode = report.ok ? 0 : 1;
  } catch (error) {
    process.stderr.write(`soak: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
