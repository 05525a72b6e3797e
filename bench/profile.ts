/**
 * Where one implementation spends its time on one workload: samples the CPU
 * with node's inspector while it drains the workload repeatedly, then prints
 * self time grouped by component and the hottest functions. The raw profile
 * is written to bench/.cache/<impl>-<workload>.cpuprofile (open it in Chrome
 * DevTools or speedscope).
 *
 *   node --import tsx bench/profile.ts [--impl=minimax-ai-provider] [--workload=KEY] [--runs=60]
 *
 * Workload keys: chat `text`, `reasoning`, `tools`, `json`; messages `m-text`, `m-thinking`, `m-long-thinking`,
 * `m-json`. A messages workload profiles `minimax-ai-provider-messages` unless `--impl` names another messages
 * implementation (`ai-sdk-minimax`, `vercel-minimax-anthropic`, `floor-messages`). `loop-chat`, `loop-messages`:
 * the `generateText` tool loop of agent-loop.ts (providers only; `--new-provider-per-call` makes a new instance for
 * every run).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loopRunner } from './agent-loop';
import { IMPLEMENTATIONS } from './peers';
import { buildWorkloads, FULL_SIZES, Transport, workloadBody } from './workloads';

const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;


interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Which component a frame belongs to, from its script URL. */
function component(url: string, name: string): string {
  if (!url) {
    if (name === '(garbage collector)') return 'GC';
    if (name === '(program)' || name === '(idle)' || name === '(root)') return `V8 ${name}`;
    return `builtin/native`;
  }
  if (url.includes('/src/core/shared/server-sent-event-decoder')) return 'this: SSE decoder (server-sent-event-decoder.ts)';
  if (url.includes('/src/core/language-model/')) return 'this: language model (response classifier, chunk pipeline)';
  if (url.includes('/src/core/chat/minimax-chat-assembler')) return 'this: chat assembler';
  if (url.includes('/src/core/messages/minimax-messages-assembler')) return 'this: messages assembler';
  if (url.includes('-response-schema')) return 'this: response schemas (validation)';
  if (url.includes('/src/core/chat/think-tag-splitter')) return 'this: think splitter';
  if (url.includes('/src/core/shared/minimax-error')) return 'this: error detection (extractMiniMaxError)';
  if (url.includes('/src/adapters/')) return 'this: spec adapter';
  if (url.includes('/src/')) return 'this: other src';
  if (url.includes('/zod/')) return 'zod';
  if (url.includes('eventsource-parser')) return 'eventsource-parser';
  if (url.includes('provider-utils')) return '@ai-sdk/provider-utils';
  if (url.includes('openai-compatible')) return '@ai-sdk/openai-compatible';
  if (url.includes('vercel-minimax-ai-provider')) return 'vercel-minimax-ai-provider';
  if (url.includes('@ai-sdk/anthropic')) return '@ai-sdk/anthropic';
  if (url.includes('@ai-sdk/minimax')) return '@ai-sdk/minimax';
  if (url.includes('/bench/')) return 'bench harness';
  if (url.includes('internal/webstreams')) return 'node: web streams';
  if (url.includes('internal/deps/undici') || url.includes('undici')) return 'node: undici (Response)';
  if (url.includes('encoding')) return 'node: TextDecoder';
  if (url.startsWith('node:')) return `node: ${url.slice(5).split('/').slice(0, 2).join('/')}`;
  return url.replace(/^.*node_modules\//, '');
}

function summarize(profile: Profile, top: number): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byComponent = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, us] of self) {
    const { callFrame } = byId.get(id)!;
    const comp = component(callFrame.url, callFrame.functionName);
    byComponent.set(comp, (byComponent.get(comp) ?? 0) + us);
    const file = callFrame.url.replace(/^.*\/(node_modules|src|bench)\//, '$1/').replace(/^node:internal\//, 'node:');
    const key = `${callFrame.functionName || '(anonymous)'}  ${file}:${callFrame.lineNumber + 1}:${callFrame.columnNumber + 1}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  }
  const pct = (us: number) => `${((100 * us) / total).toFixed(1).padStart(5)} %`;
  const lines = [`total sampled: ${(total / 1000).toFixed(0)} ms`, '', 'self time by component:'];
  for (const [name, us] of [...byComponent].sort((a, b) => b[1] - a[1])) lines.push(`  ${pct(us)}  ${name}`);
  lines.push('', `top ${top} functions by self time:`);
  for (const [name, us] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top)) lines.push(`  ${pct(us)}  ${name}`);
  return lines;
}

async function main() {
  const key = arg('workload', 'text');
  const workloads = [...buildWorkloads(FULL_SIZES, 'chat'), ...buildWorkloads(FULL_SIZES, 'messages')];
  const loopWire = key === 'loop-chat' ? 'chat' : key === 'loop-messages' ? 'messages' : undefined;
  const workload = workloads.find((w) => w.key === key);
  if (!workload && !loopWire) throw new Error(`unknown --workload; one of ${workloads.map((w) => w.key).join(', ')}, loop-chat, loop-messages`);
  const wire = loopWire ?? workload!.wire;
  const impl = IMPLEMENTATIONS.find((i) => i.id === arg('impl', wire === 'chat' ? 'minimax-ai-provider' : 'minimax-ai-provider-messages'));
  if (!impl) throw new Error(`unknown --impl; one of ${IMPLEMENTATIONS.map((i) => i.id).join(', ')}`);
  if (impl.wire !== wire) throw new Error(`${impl.id} speaks the ${impl.wire} wire, ${key} is a ${wire} workload`);
  const runs = Number(arg('runs', '60'));

  let once: () => Promise<unknown>;
  if (workload) {
    const transport = new Transport(() => workloadBody(workload));
    once = () => (workload.kind === 'json' ? impl.generate(transport.fetch, false) : impl.stream(transport.fetch, false));
  } else {
    once = loopRunner(impl, process.argv.includes('--new-provider-per-call'));
  }
  for (let i = 0; i < 10; i++) await once();

  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const t0 = performance.now();
  for (let i = 0; i < runs; i++) await once();
  const ms = performance.now() - t0;
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();

  const dir = join(dirname(fileURLToPath(import.meta.url)), '.cache');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${impl.id}-${key}.cpuprofile`);
  writeFileSync(file, JSON.stringify(profile));
  console.log(`${impl.label}, ${workload?.name ?? key}: ${runs} runs, ${(ms / runs).toFixed(2)} ms/run under the profiler`);
  console.log(summarize(profile, Number(arg('top', '25'))).join('\n'));
  console.log(`\nprofile: ${file}`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
