/**
 * Replays every recorded MiniMax response of `test/fixtures/recorded/` (real traffic others captured and published;
 * see its SOURCES.md) through the real `ai` packages of each major and through the raw model, served by a custom
 * fetch exactly as recorded (body, status, content type). What each call must return (text, reasoning, tool calls,
 * usage, finish, the error) comes from `support/reference-reader.ts`, not from the provider's code.
 */
import { APICallError } from '@ai-sdk/provider';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { createMiniMax } from '../src/index';
import { DRIVERS, type GenerateOutcome } from './support/ai-drivers';
import { fakeFetch } from './support/fake-fetch';
import { readAll } from './support/parts';
import { readReference, type ReferenceReading } from './support/reference-reader';

interface ManifestEntry {
  file: string;
  wire: 'chat' | 'messages';
  model: string;
  mode: 'json' | 'stream';
  httpStatus: number;
  kind: 'success' | 'error';
  provenance: 'attributed' | 'unattributed';
}

const RECORDED = join(__dirname, 'fixtures', 'recorded');
const MANIFEST: ManifestEntry[] = JSON.parse(readFileSync(join(RECORDED, 'manifest.json'), 'utf8'));

/** A recording as a case: its body, what the reference reader says of it, and the model id to call. */
const CASES = MANIFEST.map((entry) => {
  const body = readFileSync(join(RECORDED, entry.file), 'utf8');
  return {
    ...entry,
    body,
    expected: readReference(entry.wire, body, entry.mode),
    modelId: entry.model.startsWith('MiniMax-') ? entry.model : 'MiniMax-M2.1',
  };
});
type Case = (typeof CASES)[number];

/** The recorded answer, served for every request (as a proxy or MiniMax would send it). */
function settingsFor(recording: Case) {
  const fetch = fakeFetch({
    status: recording.httpStatus,
    headers: { 'content-type': recording.mode === 'stream' ? 'text/event-stream' : 'application/json' },
    body: recording.body,
  });
  return { apiKey: 'sk-recorded-replay', baseURL: 'https://api.minimax.io/v1', fetch };
}

function callArgs(recording: Case) {
  const names = recording.expected.toolCalls.map((call) => call.name);
  return {
    modelId: recording.modelId,
    endpoint: recording.wire,
    prompt: 'Replay',
    ...(names.length > 0 ? { toolNames: [...new Set(names)] } : {}),
  };
}

function expectSameAsReference(outcome: GenerateOutcome, expected: ReferenceReading, spec: string) {
  expect(outcome.text).toBe(expected.text);
  expect(outcome.reasoningText ?? '').toBe(expected.reasoning);
  expect(outcome.finishReason).toBe(expected.finish);
  expect(outcome.toolCalls.map((c) => ({ id: c.toolCallId, name: c.toolName, input: c.input }))).toEqual(expected.toolCalls);
  // Usage MiniMax did not report is NaN on ai@4 (its shape has no "unknown") and undefined on ai@5+.
  const reported = (value: number | undefined) => (value === undefined ? (spec === 'v1' ? NaN : undefined) : value);
  expect(outcome.usage).toEqual({ inputTokens: reported(expected.usage.input), outputTokens: reported(expected.usage.output) });
}

describe('the recorded corpus', () => {
  it('has at least 15 recordings across M2, M2.1, M2.5, M2.7 and M3, both wires, streamed and JSON, successes and errors', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(15);
    const families = new Set(CASES.map((c) => c.model.match(/^MiniMax-(M\d(?:\.\d)?)/)?.[1]).filter(Boolean));
    for (const family of ['M2', 'M2.1', 'M2.5', 'M2.7', 'M3']) expect(families).toContain(family);
    for (const wire of ['chat', 'messages'] as const) {
      for (const mode of ['json', 'stream'] as const) expect(CASES.some((c) => c.wire === wire && c.mode === mode)).toBe(true);
      for (const kind of ['success', 'error'] as const) expect(CASES.some((c) => c.wire === wire && c.kind === kind)).toBe(true);
    }
  });

  it('lists every file of the folder in the manifest, and the reference reader agrees with the manifest on success or error', () => {
    const listed = new Set(MANIFEST.map((e) => e.file));
    const files = (require('node:fs') as typeof import('node:fs'))
      .readdirSync(RECORDED)
      .filter((f) => f.endsWith('.json') || f.endsWith('.sse'))
      .filter((f) => f !== 'manifest.json');
    expect(new Set(files)).toEqual(listed);
    for (const recording of CASES) expect(recording.expected.error !== undefined).toBe(recording.kind === 'error');
  });

  it('has no reply cut off while thinking whose reference answer is anything but empty', () => {
    const cut = CASES.filter((c) => c.expected.finish === 'length');
    expect(cut.length).toBeGreaterThanOrEqual(4);
    for (const recording of cut) {
      expect(recording.expected.text).toBe('');
      expect(recording.expected.reasoning.length).toBeGreaterThan(0);
    }
  });
});

describe.each(DRIVERS)('$name replays the recorded corpus', (driver) => {
  const successes = CASES.filter((c) => c.kind === 'success');
  const errors = CASES.filter((c) => c.kind === 'error');

  it.each(successes.filter((c) => c.mode === 'json'))('$file (generateText)', async (recording) => {
    const outcome = await driver.generate(settingsFor(recording), callArgs(recording));
    expectSameAsReference(outcome, recording.expected, driver.spec);
  });

  it.each(successes)('$file (streamText)', async (recording) => {
    const outcome = await driver.stream(settingsFor(recording), callArgs(recording));
    expect(outcome.errors).toEqual([]);
    expectSameAsReference(outcome, recording.expected, driver.spec);
    // Streamed deltas add up to the same text and reasoning.
    expect(outcome.textDeltas.join('')).toBe(recording.expected.text);
    expect(outcome.reasoningDeltas.join('')).toBe(recording.expected.reasoning);
  });

  it.each(errors)('$file fails with the recorded error (generateText and streamText)', async (recording) => {
    const error = await driver.generate(settingsFor(recording), callArgs(recording)).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(APICallError.isInstance(error)).toBe(true);
    const apiError = error as APICallError;
    expect(apiError.statusCode).toBe(recording.httpStatus);
    expect(apiError.message).toContain(recording.expected.error!.message);
    if (recording.expected.error!.code !== undefined) expect(apiError.message).toContain(`(${recording.expected.error!.code})`);
    expect(apiError.responseBody).toBe(recording.body);

    const streamed = await driver.streamFailure(settingsFor(recording), callArgs(recording));
    expect(streamed.text).toBe('');
    expect(streamed.errors).toHaveLength(1);
    expect((streamed.errors[0] as Error).message).toBe(apiError.message);
  });
});

describe('the raw model (LanguageModelV4) replays the recorded corpus', () => {
  const model = (recording: Case) => {
    const minimax = createMiniMax(settingsFor(recording));
    return recording.wire === 'chat' ? minimax(recording.modelId) : minimax.messages(recording.modelId);
  };
  const prompt = [{ role: 'user' as const, content: [{ type: 'text' as const, text: 'Replay' }] }];

  it.each(CASES.filter((c) => c.kind === 'success' && c.mode === 'json'))('$file (doGenerate)', async (recording) => {
    const result = await model(recording).doGenerate({ prompt });
    const { expected } = recording;
    const texts = (type: 'text' | 'reasoning') => result.content.flatMap((p) => (p.type === type ? [p.text] : [])).join('');
    expect(texts('text')).toBe(expected.text);
    expect(texts('reasoning')).toBe(expected.reasoning);
    // No empty text part stands in for the answer of a reply cut off while thinking.
    expect(result.content.filter((p) => p.type === 'text' && p.text === '')).toEqual([]);
    expect(result.finishReason.unified).toBe(expected.finish);
    expect(result.usage.inputTokens.total).toBe(expected.usage.input);
    expect(result.usage.inputTokens.cacheRead).toBe(expected.usage.cacheRead);
    expect(result.usage.outputTokens.total).toBe(expected.usage.output);
  });

  it.each(CASES.filter((c) => c.kind === 'success' && c.mode === 'stream'))('$file (doStream)', async (recording) => {
    const { stream } = await model(recording).doStream({ prompt });
    const parts = (await readAll(stream)) as unknown as LanguageModelV4StreamPart[];
    const { expected } = recording;
    const deltas = (type: 'text-delta' | 'reasoning-delta') => parts.flatMap((p) => (p.type === type ? [p.delta] : [])).join('');
    expect(deltas('text-delta')).toBe(expected.text);
    expect(deltas('reasoning-delta')).toBe(expected.reasoning);
    expect(parts.filter((p) => p.type === 'error')).toEqual([]);
    const calls = parts.flatMap((p) => (p.type === 'tool-call' ? [{ id: p.toolCallId, name: p.toolName, input: JSON.parse(p.input) }] : []));
    expect(calls).toEqual(expected.toolCalls);
    const finish = parts.find((p) => p.type === 'finish');
    expect(finish?.type === 'finish' && finish.finishReason.unified).toBe(expected.finish);
    expect(finish?.type === 'finish' && finish.usage.inputTokens.total).toBe(expected.usage.input);
    expect(finish?.type === 'finish' && finish.usage.inputTokens.cacheRead).toBe(expected.usage.cacheRead);
    expect(finish?.type === 'finish' && finish.usage.outputTokens.total).toBe(expected.usage.output);
    // A messages stream's thinking goes back with the signature MiniMax sent.
    if (recording.wire === 'messages' && expected.reasoning !== '') {
      const signatures = parts.flatMap((p) => (p.type === 'reasoning-end' ? [p.providerMetadata?.minimax?.signature] : []));
      expect(signatures.every((s) => typeof s === 'string' && /^[0-9a-f]{64}$/.test(s))).toBe(true);
    }
  });
});
