import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const byId = new Map(p.nodes.map((n: any) => [n.id, n]));
const self = new Map<number, number>();
p.samples.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (p.timeDeltas[i] ?? 0)));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const by = new Map<string, number>();
for (const [id, us] of self) { const n: any = byId.get(id); const u = n.callFrame.url; if (!u.includes(process.argv[3] ?? '/src/')) continue; const k = `${n.callFrame.functionName || '(anon)'} ${u.replace(/^.*\/(src|node_modules)\//, '')}:${n.callFrame.lineNumber+1}:${n.callFrame.columnNumber+1}`; by.set(k, (by.get(k) ?? 0) + us); }
let sum = 0;
for (const [k, us] of [...by].sort((a, b) => b[1] - a[1])) { sum += us; console.log((100 * us / total).toFixed(2).padStart(6), k); }
console.log('sum', (100 * sum / total).toFixed(1));
