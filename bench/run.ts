/**
 * `npm run bench`: this provider side by side with the providers a user
 * would pick instead, on identical in-memory MiniMax bytes (no network).
 * `npm run bench:smoke`: tiny workloads; checks this provider's output and
 * exits non-zero if it is wrong (timings are printed, never asserted).
 *
 * Options: --smoke, --rounds=N, --warmup=N, --stream-mb=N, --streams=N,
 * --import-runs=N, --skip-memory, --skip-size, --skip-speech.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureBundleSizes, measureColdImports, median, packageEntries, SHARED_DEPS_ID } from './bundle-size';
import { measureConcurrent, measureConcurrentMemory, measureStream, measureStreamMemory } from './memory';
import { floor, IMPLEMENTATIONS, thisProvider, type Impl, type Outcome } from './peers';
import { runSpeechBench } from './speech';
import { checkOutcome } from './verify';
import { buildWorkloads, FULL_SIZES, SMOKE_SIZES, Transport, workloadBody, type Workload } from './workloads';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string, fallback: number) => {
  const hit = args.find((a) => a.startsWith(`--${name}=`));
  return hit ? Number(hit.slice(name.length + 3)) : fallback;
};

const SMOKE = flag('smoke');
const WARMUP = option('warmup', SMOKE ? 1 : 5);
const ROUNDS = option('rounds', SMOKE ? 2 : 30);
const STREAM_MB = option('stream-mb', 100);
const CONCURRENT = option('streams', 1000);
const IMPORT_RUNS = option('import-runs', 15);

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

async function runOnce(impl: Impl, workload: Workload, collect: boolean): Promise<{ outcome: Outcome; firstTextUs: number }> {
  const { transport, current } = transportFor(impl);
  current.workload = workload;
  const outcome =
    workload.kind === 'json' ? await impl.generate(transport.fetch, collect) : await impl.stream(transport.fetch, collect);
  const firstTextUs = outcome.firstTextAt > 0 ? (outcome.firstTextAt - transport.firstByteAt) * 1000 : NaN;
  return { outcome, firstTextUs };
}

// ---------------------------------------------------------------------------
// Correctness
// ---------------------------------------------------------------------------

interface Verification {
  workload: string;
  impl: string;
  problems: string[];
}

async function verifyAll(workloads: Workload[]): Promise<Verification[]> {
  const results: Verification[] = [];
  for (const workload of workloads) {
    for (const impl of IMPLEMENTATIONS) {
      const { outcome } = await runOnce(impl, workload, true);
      const problems = checkOutcome(workload, outcome, { textOnly: impl === floor });
      results.push({ workload: workload.name, impl: impl.id, problems });
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
  firstTextUs: number[];
}

async function timeWorkload(workload: Workload): Promise<Timing[]> {
  const timings = IMPLEMENTATIONS.map((impl) => ({ workload, impl, ms: [] as number[], firstTextUs: [] as number[] }));
  for (let w = 0; w < WARMUP; w++) for (const impl of IMPLEMENTATIONS) await runOnce(impl, workload, false);
  for (let r = 0; r < ROUNDS; r++) {
    // No forced GC between runs: on Node 20 a gc() before a run doubles the
    // next run's time for every implementation (the heap shrinks and has to
    // grow back), which would measure the collector, not the code.
    for (const timing of timings) {
      const { outcome, firstTextUs } = await runOnce(timing.impl, workload, false);
      timing.ms.push(outcome.ms);
      timing.firstTextUs.push(firstTextUs);
    }
  }
  return timings;
}

// ---------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------

const fmt = (n: number, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : '—');
const fmtMs = (ms: number) => (ms < 1 ? ms.toFixed(3) : ms < 100 ? ms.toFixed(2) : ms.toFixed(0));
const fmtCount = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} M` : n >= 1e3 ? `${(n / 1e3).toFixed(0)} k` : n.toFixed(0));
const fmtKB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const q = (values: number[], p: number) => {
  const s = [...values].filter(Number.isFinite).sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor(p * (s.length - 1) + 0.5))] : NaN;
};
const LABEL: Record<string, string> = Object.fromEntries(IMPLEMENTATIONS.map((i) => [i.id, i.label]));

function throughputTable(all: Timing[][], verifications: Verification[]): string[] {
  const lines = [
    '| workload | implementation | ms / run (median) | p25–p75 ms | chunks/s | MB/s | × floor | this ÷ row |',
    '|---|---|--:|--:|--:|--:|--:|--:|',
  ];
  for (const timings of all) {
    const med = new Map(timings.map((t) => [t.impl.id, median(t.ms)]));
    const own = med.get(thisProvider.id)!;
    const floorMs = med.get(floor.id)!;
    for (const t of timings) {
      const m = med.get(t.impl.id)!;
      const w = t.workload;
      const bad = verifications.find((v) => v.workload === w.name && v.impl === t.impl.id && v.problems.length > 0);
      const chunks = w.kind === 'stream' ? fmtCount(w.events / (m / 1000)) : '—';
      lines.push(
        `| ${w.name} (${fmtKB(w.bytes.length)}, ${w.events} ${w.kind === 'stream' ? 'events' : 'body'}) | ${t.impl.label}${bad ? ' ⚠' : ''} | ${fmtMs(m)} | ${fmtMs(q(t.ms, 0.25))}–${fmtMs(q(t.ms, 0.75))} | ${chunks} | ${fmt(w.bytes.length / 1048576 / (m / 1000), 0)} | ${fmt(m / floorMs, 1)}× | ${t.impl === floor ? '—' : fmt(own / m) + '×'} |`,
      );
    }
  }
  return lines;
}

function firstTextTable(timings: Timing[]): string[] {
  const lines = [
    '| implementation | first byte → first text part, median µs | p25–p75 µs |',
    '|---|--:|--:|',
  ];
  for (const t of timings) {
    lines.push(`| ${t.impl.label} | ${fmt(median(t.firstTextUs.filter(Number.isFinite)), 0)} | ${fmt(q(t.firstTextUs, 0.25), 0)}–${fmt(q(t.firstTextUs, 0.75), 0)} |`);
  }
  return lines;
}

// ---------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------

async function main(): Promise<number> {
  const started = performance.now();
  const workloads = buildWorkloads(SMOKE ? SMOKE_SIZES : FULL_SIZES);

  log(`verifying ${IMPLEMENTATIONS.length} implementations on ${workloads.length} workloads…`);
  const verifications = await verifyAll(workloads);
  const ownProblems = verifications.filter((v) => v.impl === thisProvider.id && v.problems.length > 0);
  const peerProblems = verifications.filter((v) => v.impl !== thisProvider.id && v.problems.length > 0);
  for (const v of [...ownProblems, ...peerProblems]) log(`  ${v.impl} on ${v.workload}: ${v.problems.join('; ')}`);

  const out: string[] = [];
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  out.push(`### Performance${SMOKE ? ' (smoke run: tiny workloads, timings not meaningful)' : ''}`);
  out.push('');
  out.push(`${cpu}, ${os.cpus().length} cores, Node ${process.version}, ${os.platform()} ${os.arch()}; ${new Date().toISOString().slice(0, 10)}.`);
  out.push(
    `Peers: ${packageEntries()
      .filter((e) => e.id !== thisProvider.id)
      .map((e) => `${e.label}@${e.version}`)
      .join(', ')}. Same in-memory MiniMax bytes for everyone, served by a custom \`fetch\` in 1–4 KB chunks; ` +
      `${WARMUP} warm-up runs, then ${ROUNDS} interleaved rounds (one run of each implementation per round, same order every round); median per implementation.`,
  );
  out.push('');

  log(`timing (${WARMUP} warm-up + ${ROUNDS} rounds per workload)…`);
  const all: Timing[][] = [];
  for (const workload of workloads) {
    log(`  ${workload.name}`);
    all.push(await timeWorkload(workload));
  }
  out.push(...throughputTable(all, verifications));
  out.push('');
  out.push('"× floor": time ÷ the floor\'s time (the floor decodes, splits events and JSON.parses, nothing else). "this ÷ row": this provider\'s time ÷ that row\'s (below 1: this provider is faster).');
  if (peerProblems.length > 0) out.push('⚠: that implementation\'s output did not match the source bytes (see stderr); its time is shown anyway.');
  out.push('');
  out.push(`Time to first text (long text workload: from the first body chunk being available to the first \`text-delta\` part read):`);
  out.push('');
  out.push(...firstTextTable(all[0]));
  out.push('');

  if (SMOKE && (globalThis as { gc?: unknown }).gc) {
    // Keeps the memory harness from rotting: a 0.25 MB stream and 10 held streams, in process; only completion is checked.
    const streamed = await measureStream(thisProvider, 0.25, 0.125);
    const held = await measureConcurrent(thisProvider, 10);
    if (streamed.parts < 1000 || !held.allCompleted) {
      ownProblems.push({ workload: 'memory harness', impl: thisProvider.id, problems: ['memory harness run did not complete'] });
      log(`  memory harness: ${JSON.stringify({ parts: streamed.parts, allCompleted: held.allCompleted })}`);
    }
  }

  if (!SMOKE && !flag('skip-memory')) {
    log(`memory: ${STREAM_MB} MB stream per implementation…`);
    const streamResults = [];
    for (const impl of IMPLEMENTATIONS) streamResults.push(await measureStreamMemory(impl.id, STREAM_MB));
    log(`memory: ${CONCURRENT} concurrent open streams per implementation…`);
    const concurrentResults = [];
    for (const impl of IMPLEMENTATIONS) concurrentResults.push(await measureConcurrentMemory(impl.id, CONCURRENT));

    out.push(`Heap while streaming ${STREAM_MB} MB of SSE text deltas generated on the fly (\`heapUsed\` after forced GC; sampled every 5 MB; each implementation in its own process):`);
    out.push('');
    out.push('| implementation | parts | time | heap start | heap peak | heap end | peak − start |');
    out.push('|---|--:|--:|--:|--:|--:|--:|');
    for (const r of streamResults) {
      out.push(
        `| ${LABEL[r.impl]} | ${fmtCount(r.parts)} | ${fmt(r.ms / 1000, 1)} s | ${fmt(r.startMB, 1)} MB | ${fmt(r.peakMB, 1)} MB | ${fmt(r.endMB, 1)} MB | ${fmt(r.peakMB - r.startMB, 1)} MB |`,
      );
    }
    out.push('');
    out.push(`${CONCURRENT} streams held open after their first text part (heap after forced GC, each implementation in its own process):`);
    out.push('');
    out.push('| implementation | heap before | heap with streams open | per open stream | heap after all closed |');
    out.push('|---|--:|--:|--:|--:|');
    for (const r of concurrentResults) {
      out.push(
        `| ${LABEL[r.impl]} | ${fmt(r.baselineMB, 1)} MB | ${fmt(r.openMB, 1)} MB | ${fmt(r.perStreamKB, 1)} KB | ${fmt(r.afterCloseMB, 1)} MB${r.allCompleted ? '' : ' (some did not finish)'} |`,
      );
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
      ownProblems.push({ workload: 'speech', impl: thisProvider.id, problems: [problem] });
    }
  }

  const markdown = out.join('\n');
  process.stdout.write(`${markdown}\n`);
  const cache = join(dirname(fileURLToPath(import.meta.url)), '.cache');
  mkdirSync(cache, { recursive: true });
  writeFileSync(join(cache, SMOKE ? 'smoke.md' : 'results.md'), `${markdown}\n`);
  log(`done in ${fmt((performance.now() - started) / 1000, 1)} s`);

  if (ownProblems.length > 0) {
    log(`FAIL: minimax-ai-provider output did not match the source on ${ownProblems.length} workload(s)`);
    return 1;
  }
  log('ok: minimax-ai-provider output matches the source (text, reasoning, tool calls, finish reason) on every workload');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
