/**
 * The soak (`npm run soak`, scripts/soak.ts) in a short form: 500 streams, 50 at a time, through doStream
 * (chat and messages) and ai@7's streamText, default and scripted replies mixed. Every stream's text,
 * reasoning and tool calls must be exactly what the emulator served, with no error, and memory must not grow.
 */
import { describe, expect, it } from 'vitest';
import { formatSoakReport, runSoak } from '../scripts/soak';

describe('soak (short form)', () => {
  it('500 streams, 50 at a time: no error, nothing lost or duplicated, bounded memory', async () => {
    const report = await runSoak({ streams: 500, concurrency: 50, maxRssGrowthMB: 128, maxHeapGrowthMB: 24 });
    expect(report.failures, formatSoakReport(report)).toEqual([]);
    expect(report.ok).toBe(true);
    // Every kind of stream ran, through both paths.
    expect(Object.keys(report.byKind).filter((kind) => kind.endsWith('(streamText)')).length).toBeGreaterThanOrEqual(6);
    expect(Object.values(report.byKind).reduce((a, b) => a + b, 0)).toBe(500);
    expect(report.memory.gc).toBe(true);
  }, 60_000);
});
