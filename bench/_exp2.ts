// Scratch experiment (not part of the bench): effect of two candidate changes, applied by monkeypatching.
import { DeltaNormalizer } from '../src/core/delta-normalizer';
import { ModernLanguageModel, fromModernCallOptions } from '../src/adapters/modern-language-model';
import { thisProvider } from './peers';
import { buildWorkloads, FULL_SIZES, Transport, workloadBody } from './workloads';

const which = process.argv[2] ?? 'none';
if (which.includes('norm')) {
  const orig = (DeltaNormalizer.prototype as any).push;
  (DeltaNormalizer.prototype as any).push = function (value: string) {
    if (this.mode === 'incremental') return value; // don't keep the text in incremental mode
    return orig.call(this, value);
  };
}
if (which.includes('hop')) {
  (ModernLanguageModel.prototype as any).stream = async function (options: object) {
    const result = await this.core.doStream(fromModernCallOptions(options));
    return { stream: result.stream, request: result.request, response: result.response }; // V4: identity mapping, no extra hop
  };
}
const ws = buildWorkloads(FULL_SIZES).slice(0, 3);
for (const w of ws) {
  const t = new Transport(() => workloadBody(w));
  const ms: number[] = [];
  for (let i = 0; i < 35; i++) { const o = await thisProvider.stream(t.fetch, false); if (i >= 5) ms.push(o.ms); }
  ms.sort((a, b) => a - b);
  console.log(which, w.name, ms[ms.length >> 1].toFixed(1));
}
