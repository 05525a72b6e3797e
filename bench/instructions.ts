/**
 * Instructions per run, counted by valgrind's callgrind (Debian's `valgrind`): a measure that does not move with the
 * machine's load, to confirm what the timings say. The run harness is bundled by esbuild (no tsx under valgrind),
 * then run twice under callgrind in `node --single-threaded`, with 4 and 14 runs of the workload; the difference ÷ 10
 * is one run's instructions (start-up, module loading and the first compilations cancel out).
 *
 *   node --import tsx bench/instructions.ts [--impl=minimax-ai-provider-messages] [--workload=m-thinking]
 *
 * Takes a few minutes (valgrind runs node about 50 times slower).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { IMPLEMENTATIONS } from './peers';
import { buildWorkloads, FULL_SIZES, Transport, workloadBody } from './workloads';

const here = fileURLToPath(import.meta.url);
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;

/** Inside valgrind: `--run=IMPL,WORKLOAD,N` drains the workload N times and exits. */
async function runInside(spec: string): Promise<void> {
  const [id, key, n] = spec.split(',');
  const workload = [...buildWorkloads(FULL_SIZES, 'chat'), ...buildWorkloads(FULL_SIZES, 'messages')].find((w) => w.key === key);
  const impl = IMPLEMENTATIONS.find((i) => i.id === id);
  if (!workload || !impl) throw new Error(`unknown implementation or workload: ${spec}`);
  const transport = new Transport(() => workloadBody(workload));
  for (let i = 0; i < Number(n); i++) {
    if (workload.kind === 'json') await impl.generate(transport.fetch, false);
    else await impl.stream(transport.fetch, false);
  }
}

function count(bundle: string, spec: string): number {
  const { stderr, status } = spawnSync(
    'valgrind',
    ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, '--single-threaded', bundle, `--run=${spec}`],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (status !== 0) throw new Error(`valgrind run ${spec} failed:\n${stderr.slice(-2000)}`);
  // callgrind's summary goes to stderr: "==pid== Collected : N"
  return Number(/Collected : (\d+)/.exec(stderr)?.[1] ?? NaN);
}

async function main(): Promise<void> {
  const inside = process.argv.find((a) => a.startsWith('--run='));
  if (inside) return runInside(inside.slice(6));
  const impl = arg('impl', 'minimax-ai-provider-messages');
  const workload = arg('workload', 'm-thinking');
  const dir = join(dirname(here), '.cache');
  mkdirSync(dir, { recursive: true });
  const bundle = join(dir, 'instructions.mjs');
  await build({
    entryPoints: [here],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    logLevel: 'error',
    external: ['esbuild', 'valgrind'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  const few = count(bundle, `${impl},${workload},4`);
  const many = count(bundle, `${impl},${workload},14`);
  console.log(`${impl} on ${workload}: ${((many - few) / 10 / 1e6).toFixed(1)} M instructions per run (callgrind)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
