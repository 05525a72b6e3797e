import { measureAgentLoop } from './agent-loop';
const med = (a: number[]) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const rounds = Number(process.argv[2] ?? 60);
const res = await measureAgentLoop({ warmup: 5, rounds, smoke: false });
for (const r of res) console.log(r.wire.padEnd(9), (r.impl.id + (r.newProviderPerCall ? ' (new)' : '')).padEnd(36), med(r.ms).toFixed(2), 'cpu', med(r.cpuMs).toFixed(2), r.problems.join(';'));
