/**
 * Memory measurements, each in a child process of its own (so one
 * implementation's heap, JIT code and lazy module state never count against
 * another's):
 *
 * - `stream`: drain N MB of SSE generated on the fly (the source holds only
 *   the chunk being cut), sampling `heapUsed` after a forced GC every few MB;
 * - `concurrent`: open N streams at once, read each to its first text part,
 *   hold them open, and measure the heap they retain.
 *
 * Both wires: the implementation's wire decides the events (chat chunks, or messages `text_delta` events).
 *
 * Run as `node --expose-gc --import tsx bench/memory.ts --test=stream --impl=minimax-ai-provider`
 * (prints one JSON line), or import `measureMemory` to spawn those children.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { IMPLEMENTATIONS, type Impl } from './peers';
import {
  blockDeltaEvent,
  blockStartEvent,
  blockStopEvent,
  chunkJson,
  createRng,
  cutDeltas,
  makeText,
  messageEndEvents,
  messageStartEvent,
  SSE_DONE,
  sseEvent,
  Transport,
  usageChunkJson,
  type ChunkSource,
  type Wire,
} from './workloads';

const encoder = new TextEncoder();
const STREAM_ID = '06abcdef0123456789abcdef0123456789abcdef';

function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g) throw new Error('run with node --expose-gc');
  g();
  g();
}

const heap = () => process.memoryUsage().heapUsed;
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

// ---------------------------------------------------------------------------
// A lazily generated text stream of a given size
// ---------------------------------------------------------------------------

/** How a wire frames a text stream: its opening events, one text delta, its closing events. */
interface TextFraming {
  open(): string;
  delta(text: string, first: boolean): string;
  close(deltas: number): string;
}

const FRAMING: Record<Wire, TextFraming> = {
  chat: {
    open: () => '',
    delta: (content, first) => sseEvent(chunkJson(STREAM_ID, first ? { role: 'assistant', content } : { content })),
    close: (deltas) => sseEvent(chunkJson(STREAM_ID, {}, 'stop')) + sseEvent(usageChunkJson(STREAM_ID, 42, deltas)) + SSE_DONE,
  },
  messages: {
    open: () => messageStartEvent(STREAM_ID, 42) + blockStartEvent(0, { type: 'text', text: '' }),
    delta: (text) => blockDeltaEvent(0, { type: 'text_delta', text }),
    close: (deltas) => blockStopEvent(0) + messageEndEvents('end_turn', 42, deltas),
  },
};

/**
 * An SSE source of `totalBytes` of content deltas (4–8 characters each),
 * produced batch by batch: events are generated into an ~8 KB batch, encoded,
 * and served in 1–4 KB cuts; a cut may end inside an event or a character.
 */
function lazyTextSource(wire: Wire, totalBytes: number, seed: number, onProgress: (served: number) => void): ChunkSource {
  const framing = FRAMING[wire];
  const rng = createRng(seed);
  const pool = makeText(rng, 1 << 16);
  let served = 0;
  let generated = 0;
  let pending: Uint8Array = new Uint8Array(0);
  let first = true;
  let ended = false;
  let events = 0;

  const refill = () => {
    const parts: string[] = [];
    let size = 0;
    while (size < 8192 && !ended) {
      let event: string;
      if (generated >= totalBytes) {
        event = framing.close(events);
        ended = true;
      } else {
        const at = Math.floor(rng() * (pool.length - 8));
        const content = pool.slice(at, at + 4 + Math.floor(rng() * 5));
        event = (first ? framing.open() : '') + framing.delta(content, first);
        first = false;
        events++;
      }
      parts.push(event);
      size += event.length;
      generated += event.length;
    }
    const bytes = encoder.encode(parts.join(''));
    const merged = new Uint8Array(pending.length + bytes.length);
    merged.set(pending);
    merged.set(bytes, pending.length);
    pending = merged;
  };

  return () => {
    if (pending.length < 4096 && !ended) refill();
    if (pending.length === 0) return undefined;
    const cut = Math.min(pending.length, 1024 + Math.floor(rng() * 3073));
    const chunk = pending.slice(0, cut);
    pending = pending.subarray(cut);
    served += chunk.length;
    onProgress(served);
    return chunk;
  };
}

export interface StreamMemoryResult {
  impl: string;
  megabytes: number;
  ms: number;
  parts: number;
  startMB: number;
  peakMB: number;
  endMB: number;
  samples: number[];
}

export async function measureStream(impl: Impl, megabytes: number, sampleEveryMB: number): Promise<StreamMemoryResult> {
  const { wire } = impl;
  const totalBytes = megabytes * 1024 * 1024;
  let source: ChunkSource = () => undefined;
  const transport = new Transport(() => ({ contentType: 'text/event-stream', source }));

  // Warm up: model creation, lazy schemas, JIT.
  source = lazyTextSource(wire, Math.min(256 * 1024, totalBytes / 4), 7, () => {});
  await impl.stream(transport.fetch, false);

  const samples: number[] = [];
  let nextSample = sampleEveryMB * 1024 * 1024;
  source = lazyTextSource(wire, totalBytes, 11, (served) => {
    if (served >= nextSample) {
      nextSample += sampleEveryMB * 1024 * 1024;
      gc();
      samples.push(heap());
    }
  });
  await settle();
  gc();
  const start = heap();
  const t0 = performance.now();
  const outcome = await impl.stream(transport.fetch, false);
  const ms = performance.now() - t0;
  source = () => undefined;
  await settle();
  gc();
  const end = heap();
  const MB = 1024 * 1024;
  return {
    impl: impl.id,
    megabytes,
    ms,
    parts: outcome.parts,
    startMB: start / MB,
    peakMB: Math.max(start, ...samples) / MB,
    endMB: end / MB,
    samples: samples.map((s) => s / MB),
  };
}

// ---------------------------------------------------------------------------
// Many open streams
// ---------------------------------------------------------------------------

export interface ConcurrentMemoryResult {
  impl: string;
  streams: number;
  baselineMB: number;
  openMB: number;
  afterCloseMB: number;
  perStreamKB: number;
  allCompleted: boolean;
}

/** The head of a text stream (whole events, ~2 KB of text deltas), then a pause until `gate` opens, then the tail. */
function heldSource(head: Uint8Array, tail: Uint8Array, gate: Promise<void>): ChunkSource {
  let step = 0;
  return async () => {
    step++;
    if (step === 1) return head.slice();
    if (step === 2) {
      await gate;
      return tail.slice();
    }
    return undefined;
  };
}

export async function measureConcurrent(impl: Impl, streams: number): Promise<ConcurrentMemoryResult> {
  const framing = FRAMING[impl.wire];
  const rng = createRng(21);
  const deltas = cutDeltas(rng, 400);
  const headEvents: string[] = [framing.open()];
  let size = 0;
  for (let i = 0; size < 2048; i++) {
    const event = framing.delta(deltas[i], i === 0);
    headEvents.push(event);
    size += event.length;
  }
  const head = encoder.encode(headEvents.join(''));
  const tail = encoder.encode(framing.close(10));

  let release!: () => void;
  let gate = Promise.resolve();
  const transport = new Transport(() => ({ contentType: 'text/event-stream', source: heldSource(head, tail, gate) }));

  // Warm up with one full stream (gate already open).
  await impl.stream(transport.fetch, false);

  gate = new Promise<void>((resolve) => (release = resolve));
  await settle();
  gc();
  const baseline = heap();

  const open: { reader: ReadableStreamDefaultReader<unknown> }[] = [];
  for (let i = 0; i < streams; i++) open.push(await impl.openUntilFirstText(transport.fetch));
  await settle();
  gc();
  const opened = heap();

  release();
  const completed = await Promise.all(
    open.map(async ({ reader }) => {
      for (;;) {
        const { done } = await reader.read();
        if (done) return true;
      }
    }),
  );
  open.length = 0;
  await settle();
  gc();
  const after = heap();
  const MB = 1024 * 1024;
  return {
    impl: impl.id,
    streams,
    baselineMB: baseline / MB,
    openMB: opened / MB,
    afterCloseMB: after / MB,
    perStreamKB: (opened - baseline) / streams / 1024,
    allCompleted: completed.every(Boolean),
  };
}

// ---------------------------------------------------------------------------
// Child entry and parent-side spawner
// ---------------------------------------------------------------------------

function argValue(name: string, fallback: string): string {
  const prefix = `--${name}=`;
  return process.argv.find((a) => a.startsWith(prefix))?.slice(prefix.length) ?? fallback;
}

async function childMain(): Promise<void> {
  const test = argValue('test', 'stream');
  const impl = IMPLEMENTATIONS.find((i) => i.id === argValue('impl', 'minimax-ai-provider'));
  if (!impl) throw new Error(`unknown implementation ${argValue('impl', '')}`);
  const result =
    test === 'stream'
      ? await measureStream(impl, Number(argValue('mb', '100')), Number(argValue('sample-mb', '5')))
      : await measureConcurrent(impl, Number(argValue('streams', '1000')));
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

const here = fileURLToPath(import.meta.url);

/** Runs one measurement in a fresh `node --expose-gc --import tsx` child and returns its JSON. */
export function measureMemory<T>(args: string[]): Promise<T> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', here, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`memory child ${args.join(' ')} exited with ${code}`));
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as T);
      } catch (error) {
        reject(new Error(`memory child printed no JSON: ${out.slice(0, 500)}`, { cause: error }));
      }
    });
  });
}

export const measureStreamMemory = (impl: string, megabytes: number, sampleEveryMB = 5) =>
  measureMemory<StreamMemoryResult>(['--test=stream', `--impl=${impl}`, `--mb=${megabytes}`, `--sample-mb=${sampleEveryMB}`]);

export const measureConcurrentMemory = (impl: string, streams: number) =>
  measureMemory<ConcurrentMemoryResult>(['--test=concurrent', `--impl=${impl}`, `--streams=${streams}`]);

if (process.argv[1] && pathToFileURL(process.argv[1]).href === import.meta.url) {
  childMain().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
