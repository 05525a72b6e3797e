/**
 * `npm run bench`: this provider side by side with the providers a user
 * would pick instead, on identical in-memory MiniMax bytes (no network), on
 * both of MiniMax's wires (chat completions, Anthropic-compatible messages);
 * ends with the targets of issue #14 and whether each is met.
 * `npm run bench:smoke`: tiny workloads; checks this provider's output on
 * both wires and exits non-zero if it is wrong (timings are printed, never
 * asserted).
 *
 * Options: --smoke, --rounds=N, --warmup=N, --stream-mb=N, --streams=N,
 * --import-runs=N, --skip-memory, --skip-size, --skip-speech, --skip-loop,
 * --wire=chat|messages (only that wire's stream and JSON workloads).
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureAgentLoop, measureBodyWriting, HISTORY_MESSAGES, type LoopResult } from './agent-loop';
import { measureBundleSizes, measureColdImports, median, packageEntries, SHARED_DEPS_ID } from './bundle-size';
import {
  measureConcurrent,
  measureConcurrentMemory,
  measureStream,
  measureStreamMemory,
  type ConcurrentMemoryResult,
  type StreamMemoryResult,
} from './memory';
import { IMPLEMENTATIONS, IMPLEMENTATIONS_BY_WIRE, type Impl, type Outcome } from './peers';
import { runSpeechBench } from './speech';
import { checkOutcome } from './verify';
import { buildWorkloads, FULL_SIZES, SMOKE_SIZES, Transport, workloadBody, type Wire, type Workload } from './workloads';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.slice(name.length + 3)) : fallback;
};
const onlyWire = args.find((a) => a.startsWith('--wire='))?.slice(7) as Wire | undefined;

const SMOKE = flag('smoke');
const WARMUP = option('warmup', SMOKE ? 1 : 5);
const ROUNDS = option('rounds', SMOKE ? 2 : 30);
const STREAM_MB = option('stream-mb', 100);
const CONCURRENT = option('streams', 1000);
const IMPORT_RUNS = option('import-runs', 15);
const WIRES: Wire[] = onlyWire ? [onlyWire] : ['chat', 'messages'];

/** Issue #14's targets. */
const TARGET = {
  /** Streaming: at most this × the floor's time. */
  streamFloor: 2.0,
  /** Streaming: at least this × the best peer's throughput. */
  streamPeers: 4.0,
  /** Large JSON `doGenerate`: at most this × the floor's time. */
  jsonFloor: 1.1,
  /** "Heap flat": peak − start while streaming STREAM_MB, at most this many MB. */
  heapGrowthMB: 2,
};

/** The workload whose first text part, and the one whose first reasoning part, is timed, per wire. */
const FIRST_PART_WORKLOADS: Record<Wire, { text: string; reasoning: string }> = {
  chat: { text: 'text', reasoning: 'reasoning' },
  messages: { text: 'm-text', reasoning: 'm-thinking' },
};

const WIRE_TITLE: Record<Wire, string> = {
  chat: 'chat wire (OpenAI-compatible `/chat/completions`)',
  messages: 'messages wire (Anthropic-compatible `/messages`)',
};

const log = (line: string) => process.stderr.write(`${line}\n`);

// ---------------------------------------------------------------------------
// Running one implementation on one workload
// ---------------------------------------------------------------------------

/** One transport (so one model instance) per implementation, serving whatever workload is current. */
const transports = new Map<Impl, { transport: Transport; current: { workload?: Workload } }>();
function transportFor(impl: Impl) {
  let entry = transports.get(impl);
  if (!entry) {
    const current: { workload?: Workload } = {};
    entry = { transport: new Transport(() => workloadBody(current.workload!)), current };
    transports.set(impl, entry);
  }
  return entry;
}

interface Run {
  outcome: Outcome;
  /** From the first body chunk being available to the first text-delta / reasoning-delta part read (NaN if none). */
  firstTextUs: number;
  firstReasoningUs: number;
}

async function runOnce(impl: Impl, workload: Workload, collect: boolean): Promise<Run> {
  const { transport, current } = transportFor(impl);
  current.workload = workload;
  const outcome =
    workload.kind === 'json' ? await impl.generate(transport.fetch, collect) : await impl.stream(transport.fetch, collect);
  const since = (at: number) => (at > 0 ? (at - transport.firstByteAt) * 1000 : NaN);
  return { outcome, firstTextUs: since(outcome.firstTextAt), firstReasoningUs: since(outcome.firstReasoningAt) };
}

// ---------------------------------------------------------------------------
// Correctness
// ---------------------------------------------------------------------------

interface Verification {
  workload: Workload;
  impl: Impl;
  problems: string[];
}

async function verifyAll(workloads: Workload[]): Promise<Verification[]> {
  const results: Verification[] = [];
  for (const workload of workloads) {
    for (const impl of IMPLEMENTATIONS_BY_WIRE[workload.wire]) {
      const { outcome } = await runOnce(impl, workload, true);
      const problems = checkOutcome(workload, outcome, { textOnly: impl.role === 'floor' });
      results.push({ workload, impl, problems });
    }
  }
  return results;
}

// ---------------------------------------------------------------------------
// Timing: warm-up, then interleaved rounds (ABCD ABCD …)
// ---------------------------------------------------------------------------

interface Timing {
  workload: Workload;
  impl: Impl;
  ms: number[];
  cpuMs: number[];
  firstTextUs: number[];
  firstReasoningUs: number[];
}

async function timeWorkload(workload: Workload): Promise<Timing[]> {
  const impls = IMPLEMENTATIONS_BY_WIRE[workload.wire];
  const timings: Timing[] = impls.map((impl) => ({ workload, impl, ms: [], cpuMs: [], firstTextUs: [], firstReasoningUs: [] }));
  for (let w = 0; w < WARMUP; w++) for (const impl of impls) await runOnce(impl, workload, false);
  for (let r = 0; r < ROUNDS; r++) {
    // No forced GC between runs: on Node 20 a gc() before a run doubles the
    // next run's time for every implementation (the heap shrinks and has to
    // grow back), which would measure the collector, not the code. The order
    // turns by one each round (ABCD BCDA CDAB …), so the garbage one
    // implementation leaves is collected during every other's runs alike.
    for (let k = 0; k < timings.length; k++) {
      const timing = timings[(k + r) % timings.length];
      const { outcome, firstTextUs, firstReasoningUs } = await runOnce(timing.impl, workload, false);
      timing.ms.push(outcome.ms);
      timing.cpuMs.push(outcome.cpuMs);
      timing.firstTextUs.push(firstTextUs);
      timing.firstReasoningUs.push(firstReasoningUs);
    }
  }
  return timings;
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const fmtMs = (ms: number) => (!Number.isFinite(ms) ? '—' : ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));
const fmtCount = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(0)} k` : n.toFixed(0));
const fmtKB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const q = (values: number[], p: number) => {
  const s = values.filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))] : NaN;
};
const med = (values: number[]) => {
  const finite = values.filter(Number.isFinite);
  return finite.length ? median(finite) : NaN;
};
/**
 * The median over rounds of `a[r] ÷ b[r]`. Every implementation runs once per round, one after the other, so the two
 * times of a pair were taken under the same load: a change of the shared machine's load between rounds (which moves
 * every median) cancels out. Every ratio in the report, and every target, is one of these.
 */
const pairedRatio = (a: number[], b: number[]) => med(a.map((x, r) => x / b[r]));
const LABEL: Record<string, string> = Object.fromEntries(IMPLEMENTATIONS.map((i) => [i.id, i.label]));
const WIRE_OF: Record<string, Wire> = Object.fromEntries(IMPLEMENTATIONS.map((i) => [i.id, i.wire]));

interface TargetCheck {
  target: string;
  wire: Wire;
  figure: string;
  met: boolean;
}
const targets: TargetCheck[] = [];
const check = (target: string, wire: Wire, figure: string, met: boolean) => targets.push({ target, wire, figure, met });
const mark = (met: boolean) => (met ? '✓ met' : '✗ not met');

/** Median wall and CPU time of this provider, the best (fastest) peer, and the floor, in one workload's timings. */
function summarize(timings: Timing[]) {
  const of = (t: Timing) => ({ timing: t, ms: med(t.ms), cpuMs: med(t.cpuMs) });
  const rows = timings.map(of);
  const own = rows.find((r) => r.timing.impl.role === 'this')!;
  const floorRow = rows.find((r) => r.timing.impl.role === 'floor')!;
  const peers = rows.filter((r) => r.timing.impl.role === 'peer');
  const bestPeer = peers.reduce((best, r) => (r.ms < best.ms ? r : best), peers[0]);
  return { rows, own, floor: floorRow, peers, bestPeer };
}

function throughputTable(all: Timing[][], verifications: Verification[]): string[] {
  const lines = [
    '| workload | implementation | wall ms / run (median) | p25–p75 ms | CPU ms / run (median) | events/s | MB/s | × floor (wall / CPU) | throughput ÷ best peer |',
    '|---|---|--:|--:|--:|--:|--:|--:|--:|',
  ];
  for (const timings of all) {
    const { rows, floor: floorRow, bestPeer } = summarize(timings);
    const floorTiming = floorRow.timing;
    for (const { timing: t, ms, cpuMs } of rows) {
      const w = t.workload;
      const bad = verifications.some((v) => v.workload === w && v.impl === t.impl && v.problems.length > 0);
      const events = w.kind === 'stream' ? fmtCount(w.events / (ms / 1000)) : '—';
      lines.push(
        `| ${w.name} (${fmtKB(w.bytes.length)}, ${w.kind === 'stream' ? `${w.events} events` : '1 body'}) | ${t.impl.label}${bad ? ' ⚠' : ''} | ${fmtMs(ms)} | ${fmtMs(q(t.ms, 0.25))}–${fmtMs(q(t.ms, 0.75))} | ${fmtMs(cpuMs)} | ${events} | ${fmt(w.bytes.length / 1048576 / (ms / 1000), 0)} | ${fmt(pairedRatio(t.ms, floorTiming.ms))}× / ${fmt(pairedRatio(t.cpuMs, floorTiming.cpuMs))}× | ${fmt(pairedRatio(bestPeer.timing.ms, t.ms))}× |`,
      );
    }
  }
  return lines;
}

function checkThroughputTargets(all: Timing[][]): void {
  for (const timings of all) {
    const { own, floor: floorRow, bestPeer } = summarize(timings);
    const w = timings[0].workload;
    const vsFloor = pairedRatio(own.timing.ms, floorRow.timing.ms);
    const cpuVsFloor = pairedRatio(own.timing.cpuMs, floorRow.timing.cpuMs);
    if (w.kind === 'stream') {
      check(`${w.name}: ≤ ${TARGET.streamFloor}× the floor's time`, w.wire, `${fmt(vsFloor)}× (CPU ${fmt(cpuVsFloor)}×)`, vsFloor <= TARGET.streamFloor);
      const vsPeer = pairedRatio(bestPeer.timing.ms, own.timing.ms);
      check(
        `${w.name}: ≥ ${TARGET.streamPeers}× the best peer's throughput`,
        w.wire,
        `${fmt(vsPeer)}× ${bestPeer.timing.impl.label} (CPU ${fmt(pairedRatio(bestPeer.timing.cpuMs, own.timing.cpuMs))}×)`,
        vsPeer >= TARGET.streamPeers,
      );
    } else {
      check(`${w.name}: ≤ ${TARGET.jsonFloor}× the floor's time`, w.wire, `${fmt(vsFloor)}× (CPU ${fmt(cpuVsFloor)}×)`, vsFloor <= TARGET.jsonFloor);
    }
  }
}

/** Time to the first text part and to the first reasoning part, per wire. */
function firstPartTable(byWire: Map<Wire, Timing[][]>): string[] {
  const lines = [
    '| wire | implementation | first text part, median µs | p25–p75 µs | first reasoning part, median µs | p25–p75 µs |',
    '|---|---|--:|--:|--:|--:|',
  ];
  for (const [wire, all] of byWire) {
    const keys = FIRST_PART_WORKLOADS[wire];
    const textTimings = all.find((ts) => ts[0].workload.key === keys.text);
    const reasoningTimings = all.find((ts) => ts[0].workload.key === keys.reasoning);
    if (!textTimings || !reasoningTimings) continue;
    const medians = new Map<Impl, { text: number; reasoning: number }>();
    for (const impl of IMPLEMENTATIONS_BY_WIRE[wire]) {
      const t = textTimings.find((x) => x.impl === impl)!;
      const r = reasoningTimings.find((x) => x.impl === impl)!;
      medians.set(impl, { text: med(t.firstTextUs), reasoning: med(r.firstReasoningUs) });
      lines.push(
        `| ${wire} | ${impl.label} | ${fmt(med(t.firstTextUs), 0)} | ${fmt(q(t.firstTextUs, 0.25), 0)}–${fmt(q(t.firstTextUs, 0.75), 0)} | ${fmt(med(r.firstReasoningUs), 0)} | ${fmt(q(r.firstReasoningUs, 0.25), 0)}–${fmt(q(r.firstReasoningUs, 0.75), 0)} |`,
      );
    }
    const own = [...medians].find(([impl]) => impl.role === 'this')![1];
    const peers = [...medians].filter(([impl]) => impl.role === 'peer').map(([, m]) => m);
    const bestText = Math.min(...peers.map((p) => p.text));
    const bestReasoning = Math.min(...peers.map((p) => p.reasoning));
    check('time to first text part: ahead of every peer', wire, `${fmt(own.text, 0)} µs vs best peer ${fmt(bestText, 0)} µs`, own.text < bestText);
    check(
      'time to first reasoning part: ahead of every peer',
      wire,
      `${fmt(own.reasoning, 0)} µs vs best peer ${fmt(bestReasoning, 0)} µs`,
      own.reasoning < bestReasoning,
    );
  }
  return lines;
}

function loopTable(results: LoopResult[]): string[] {
  const lines = [
    '| wire | implementation | wall ms / call (median) | p25–p75 ms | CPU ms / call (median) | request bytes (3 steps) | throughput ÷ best peer |',
    '|---|---|--:|--:|--:|--:|--:|',
  ];
  for (const wire of ['chat', 'messages'] as const) {
    const rows = results.filter((r) => r.wire === wire);
    if (rows.length === 0) continue;
    const peers = rows.filter((r) => r.impl.role === 'peer');
    const best = Math.min(...peers.map((r) => med(r.ms)));
    const bestPeer = peers.find((r) => med(r.ms) === best)!;
    for (const r of rows) {
      lines.push(
        `| ${wire} | ${r.impl.label}${r.newProviderPerCall ? ', a new provider per call' : ''}${r.problems.length > 0 ? ' ⚠' : ''} | ${fmtMs(med(r.ms))} | ${fmtMs(q(r.ms, 0.25))}–${fmtMs(q(r.ms, 0.75))} | ${fmtMs(med(r.cpuMs))} | ${fmtKB(r.requestBytes)} | ${fmt(pairedRatio(bestPeer.ms, r.ms))}× |`,
      );
    }
    // Met only if this provider is ahead of every peer both ways: with the instance kept, and with a new one per call.
    const own = rows.filter((r) => r.impl.role === 'this');
    const kept = own.find((r) => !r.newProviderPerCall)!;
    const fresh = own.find((r) => r.newProviderPerCall);
    /** The smallest lead over any peer (peer's time ÷ this row's, per round). */
    const lead = (r: LoopResult) => Math.min(...peers.map((p) => pairedRatio(p.ms, r.ms)));
    check(
      `generateText, 3-step tool loop, ${HISTORY_MESSAGES}-message history: ahead of every peer`,
      wire,
      `${fmt(lead(kept))}×${fresh ? ` (a new provider per call: ${fmt(lead(fresh))}×)` : ''} the closest peer; medians ${fmtMs(med(kept.ms))}` +
        `${fresh ? ` and ${fmtMs(med(fresh.ms))}` : ''} ms vs ${bestPeer.impl.label} ${fmtMs(best)} ms`,
      own.every((r) => lead(r) > 1),
    );
  }
  return lines;
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

async function main(): Promise<number> {
  const started = performance.now();
  const sizes = SMOKE ? SMOKE_SIZES : FULL_SIZES;
  const ownProblems: string[] = [];

  const out: string[] = [];
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os.loadavg().map((l) => l.toFixed(2)).join(', ');
  out.push(`### Performance${SMOKE ? ' (smoke run: tiny workloads, timings not meaningful)' : ''}`);
  out.push('');
  out.push(
    `${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}; ${new Date().toISOString().slice(0, 10)}; load average at start ${load}.`,
  );
  out.push(
    `Peers: ${packageEntries()
      .filter((e) => e.id !== 'minimax-ai-provider')
      .map((e) => `${e.label}@${e.version}`)
      .join(', ')}. Same in-memory MiniMax bytes for everyone, served by a custom \`fetch\` in 1–4 KB chunks; ` +
      `${WARMUP} warm-up runs, then ${ROUNDS} interleaved rounds (one run of each implementation per round, the order turned by one each round); median per implementation. ` +
      'Wall time is `performance.now()` around the call; CPU time is `process.cpuUsage()` (user + system, all threads) over the same span.',
  );
  out.push('');

  const byWire = new Map<Wire, Timing[][]>();
  for (const wire of WIRES) {
    const workloads = buildWorkloads(sizes, wire);
    log(`${wire}: verifying ${IMPLEMENTATIONS_BY_WIRE[wire].length} implementations on ${workloads.length} workloads…`);
    const verifications = await verifyAll(workloads);
    for (const v of verifications) {
      if (v.problems.length === 0) continue;
      log(`  ${v.impl.id} on ${wire} ${v.workload.name}: ${v.problems.join('; ')}`);
      if (v.impl.role === 'this') ownProblems.push(`${wire} ${v.workload.name}: ${v.problems.join('; ')}`);
    }

    log(`${wire}: timing (${WARMUP} warm-up + ${ROUNDS} rounds per workload)…`);
    const all: Timing[][] = [];
    for (const workload of workloads) {
      log(`  ${workload.name}`);
      all.push(await timeWorkload(workload));
    }
    byWire.set(wire, all);
    out.push(`#### ${WIRE_TITLE[wire]}`);
    out.push('');
    out.push(...throughputTable(all, verifications));
    out.push('');
    if (verifications.some((v) => v.impl.role !== 'this' && v.problems.length > 0)) {
      out.push("⚠: that implementation's output did not match the source bytes (see stderr); its time is shown anyway.");
      out.push('');
    }
    checkThroughputTargets(all);
  }
  out.push(
    '"× floor": time ÷ the floor\'s time, wall and CPU (the floor decodes, splits events and `JSON.parse`s, nothing else). ' +
      '"throughput ÷ best peer": the fastest peer\'s time (fastest by median) ÷ that row\'s (this provider\'s row: how many times the best peer\'s throughput it reaches). ' +
      'Every ratio, here and in the targets, is the median of the ratios of each round (the two runs of a pair taken one after the other), so a change of load between rounds cancels out.',
  );
  out.push('');
  out.push(
    'Time to the first text part (long text workloads) and to the first reasoning part (reasoning → text; thinking → text → tool_use): ' +
      'from the first body chunk being available to the first `text-delta` / `reasoning-delta` part read.',
  );
  out.push('');
  out.push(...firstPartTable(byWire));
  out.push('');

  if (!flag('skip-loop')) {
    log(`generateText tool loop (${HISTORY_MESSAGES}-message history), both wires…`);
    // Twice the rounds of the stream workloads: a call is short, and its time swings with the garbage collector.
    const loop = await measureAgentLoop({ warmup: SMOKE ? 0 : WARMUP, rounds: SMOKE ? 1 : 2 * ROUNDS, smoke: SMOKE });
    for (const r of loop) {
      if (r.problems.length === 0) continue;
      log(`  generateText ${r.wire} ${r.impl.id}: ${r.problems.join('; ')}`);
      if (r.impl.role === 'this') ownProblems.push(`generateText ${r.wire}: ${r.problems.join('; ')}`);
    }
    out.push(
      `\`generateText\` (ai@7) over a ${HISTORY_MESSAGES}-message history (user questions, assistant tool calls, tool results, answers; ~${SMOKE ? 0.1 : 1} KB per message), ` +
        'a weather tool, `stopWhen: stepCountIs(3)`: two steps answer with reasoning and a tool call, the third with text (JSON answers from a scripted in-memory `fetch`). ' +
        `Timed: the whole call; ${SMOKE ? 0 : WARMUP} warm-up runs, then interleaved rounds; ⚠: output not as scripted.`,
    );
    out.push('');
    out.push(...loopTable(loop));
    out.push('');

    const writing = await measureBodyWriting({ rounds: SMOKE ? 2 : 200, smoke: SMOKE });
    out.push(
      `Writing the loop's last request body (${fmtKB(writing.chars)} of JSON text, ${writing.longStrings} strings of 64 UTF-16 units or more), ` +
        `each round a body parsed anew from that text, the three ways interleaved, ${SMOKE ? 2 : 200} rounds; every output checked against \`JSON.stringify\`'s:`,
    );
    out.push('');
    out.push('| written with | ms / body (median) | p25–p75 ms | ÷ `JSON.stringify` |', '|---|--:|--:|--:|');
    const stringify = med(writing.rows[0].ms);
    for (const row of writing.rows) {
      out.push(`| ${row.label} | ${fmtMs(med(row.ms))} | ${fmtMs(q(row.ms, 0.25))}–${fmtMs(q(row.ms, 0.75))} | ${fmt(med(row.ms) / stringify)}× |`);
    }
    out.push('');
  }

  if (SMOKE && (globalThis as { gc?: unknown }).gc) {
    // Keeps the memory harness from rotting: a 0.25 MB stream and 10 held streams, in process, on both wires; only completion is checked.
    for (const impl of IMPLEMENTATIONS.filter((i) => i.role === 'this')) {
      const streamed = await measureStream(impl, 0.25, 0.125);
      const held = await measureConcurrent(impl, 10);
      if (streamed.parts < 1000 || !held.allCompleted) {
        ownProblems.push(`memory harness (${impl.wire}) did not complete`);
        log(`  memory harness ${impl.wire}: ${JSON.stringify({ parts: streamed.parts, allCompleted: held.allCompleted })}`);
      }
    }
  }

  if (!SMOKE && !flag('skip-memory')) {
    const impls = IMPLEMENTATIONS.filter((i) => WIRES.includes(i.wire));
    log(`memory: ${STREAM_MB} MB stream per implementation…`);
    const streamResults: StreamMemoryResult[] = [];
    for (const impl of impls) streamResults.push(await measureStreamMemory(impl.id, STREAM_MB));
    log(`memory: ${CONCURRENT} concurrent open streams per implementation…`);
    const concurrentResults: ConcurrentMemoryResult[] = [];
    for (const impl of impls) concurrentResults.push(await measureConcurrentMemory(impl.id, CONCURRENT));

    out.push(
      `Heap while streaming ${STREAM_MB} MB of text deltas generated on the fly (chat chunks, or messages \`text_delta\` events; \`heapUsed\` after forced GC; sampled every 5 MB; each implementation in its own process):`,
    );
    out.push('');
    out.push('| wire | implementation | parts | time | heap start | heap peak | heap end | peak − start |');
    out.push('|---|---|--:|--:|--:|--:|--:|--:|');
    for (const r of streamResults) {
      out.push(
        `| ${WIRE_OF[r.impl]} | ${LABEL[r.impl]} | ${fmtCount(r.parts)} | ${fmt(r.ms / 1000, 1)} s | ${fmt(r.startMB, 1)} MB | ${fmt(r.peakMB, 1)} MB | ${fmt(r.endMB, 1)} MB | ${fmt(r.peakMB - r.startMB, 1)} MB |`,
      );
      const impl = IMPLEMENTATIONS.find((i) => i.id === r.impl)!;
      if (impl.role === 'this') {
        const growth = r.peakMB - r.startMB;
        check(`heap flat while streaming ${STREAM_MB} MB (peak − start ≤ ${TARGET.heapGrowthMB} MB)`, impl.wire, `${fmt(growth, 1)} MB`, growth <= TARGET.heapGrowthMB);
      }
    }
    out.push('');
    out.push(`${CONCURRENT} streams held open after their first text part (heap after forced GC, each implementation in its own process):`);
    out.push('');
    out.push('| wire | implementation | heap before | heap with streams open | per open stream | heap after all closed |');
    out.push('|---|---|--:|--:|--:|--:|');
    for (const r of concurrentResults) {
      out.push(
        `| ${WIRE_OF[r.impl]} | ${LABEL[r.impl]} | ${fmt(r.baselineMB, 1)} MB | ${fmt(r.openMB, 1)} MB | ${fmt(r.perStreamKB, 1)} KB | ${fmt(r.afterCloseMB, 1)} MB${r.allCompleted ? '' : ' (some did not finish)'} |`,
      );
      const impl = IMPLEMENTATIONS.find((i) => i.id === r.impl)!;
      if (impl.role === 'this') check('per-open-stream memory reported', impl.wire, `${fmt(r.perStreamKB, 1)} KB`, Number.isFinite(r.perStreamKB));
    }
    out.push('');
  }

  if (!SMOKE && !flag('skip-size')) {
    log('bundle sizes and cold imports…');
    const entries = packageEntries();
    const sizeResults = await measureBundleSizes(entries);
    const importResults = await measureColdImports(IMPORT_RUNS, entries);
    out.push(
      'Main entry (the file the package\'s `import` condition resolves to; this provider: src/index.ts) bundled by esbuild to minified ESM for node, gzip by zlib (default level). ' +
        '"All deps": everything but node builtins bundled (what an app bundle pays); "own code": every dependency external; "factory only": only the provider factory imported, tree-shaken, deps bundled. ' +
        `Cold import: \`await import(entry)\` timed inside a fresh node process (node start-up excluded), median of ${IMPORT_RUNS} interleaved runs; this provider's entry is built from src/ like \`npm run build\` would (ESM, deps external).`,
    );
    out.push('');
    out.push('| package | all deps: min / gzip | own code: min / gzip | factory only: min / gzip | largest parts of the all-deps bundle (min) | cold import, median (min) |');
    out.push('|---|--:|--:|--:|---|--:|');
    for (const entry of entries) {
      const s = sizeResults.find((r) => r.id === entry.id)!;
      const i = importResults.find((r) => r.id === entry.id)!;
      const largest = s.largest.map((l) => `${l.name} ${fmtKB(l.bytes)}`).join(', ');
      out.push(
        `| ${entry.label}@${entry.version} | ${fmtKB(s.allBundled.min)} / ${fmtKB(s.allBundled.gz)} | ${fmtKB(s.depsExternal.min)} / ${fmtKB(s.depsExternal.gz)} | ${fmtKB(s.factoryOnly.min)} / ${fmtKB(s.factoryOnly.gz)} | ${largest} | ${fmt(i.medianMs, 1)} ms (${fmt(i.minMs, 1)}) |`,
      );
    }
    const base = importResults.find((r) => r.id === SHARED_DEPS_ID)!;
    out.push(`| baseline: \`zod/v4\` + \`@ai-sdk/provider\` + \`@ai-sdk/provider-utils\` only | | | | | ${fmt(base.medianMs, 1)} ms (${fmt(base.minMs, 1)}) |`);
    out.push('');
  }

  // Speech (text-to-speech): hex decoding, generateSpeech and streamed speech against their floors.
  if (!flag('skip-speech')) {
    const speech = await runSpeechBench({ smoke: SMOKE, warmup: WARMUP, rounds: ROUNDS, log });
    out.push(...speech.lines);
    for (const problem of speech.problems) {
      log(`  speech: ${problem}`);
      ownProblems.push(`speech: ${problem}`);
    }
  }

  if (!SMOKE) {
    out.push(`#### Targets (issue #14), load average at the end ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}`);
    out.push('');
    out.push('| target | wire | this provider | |');
    out.push('|---|---|---|---|');
    for (const t of targets) out.push(`| ${t.target} | ${t.wire} | ${t.figure} | ${mark(t.met)} |`);
    const missed = targets.filter((t) => !t.met).length;
    out.push('');
    out.push(missed === 0 ? `All ${targets.length} targets met in this run.` : `${missed} of ${targets.length} targets not met in this run.`);
    out.push('');
  }

  const markdown = out.join('\n');
  process.stdout.write(`${markdown}\n`);
  const cache = join(dirname(fileURLToPath(import.meta.url)), '.cache');
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, SMOKE ? 'smoke.md' : 'results.md'), `${markdown}\n`);
  if (!SMOKE) for (const t of targets) log(`  ${t.met ? 'met    ' : 'NOT MET'}  ${t.wire.padEnd(8)} ${t.target}: ${t.figure}`);
  log(`done in ${fmt((performance.now() - started) / 1000, 1)} s`);

  if (ownProblems.length > 0) {
    for (const p of ownProblems) log(`  ${p}`);
    log(`FAIL: minimax-ai-provider output did not match the source on ${ownProblems.length} workload(s)`);
    return 1;
  }
  log('ok: minimax-ai-provider output matches the source (text, reasoning, tool calls, finish reason) on every workload of both wires');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
