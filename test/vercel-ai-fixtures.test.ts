/**
 * Replays the AI SDK's own recorded provider streams and bodies (`../shared/fixtures/vercel-ai/`, see its
 * SOURCES.md) that a MiniMax wire could produce: OpenAI-compatible chat completions through the chat model,
 * Anthropic messages through the messages model, each through ai@4/5/6/7. What every replay must return comes
 * from `support/reference-reader.ts`, not from the provider's code. `*.chunks.txt` lines are sent as
 * `data: <line>` events followed by `data: [DONE]` (as vercel/ai's tests do); `.sse` files as they are; `.json`
 * files as the body (with the HTTP status noted below).
 *
 * Skipped, with the reason (a MiniMax wire cannot produce them):
 * - `groq/groq-reasoning.chunks.txt`, `groq/groq-reasoning.json`: reasoning in `delta.reasoning` / `message.reasoning`,
 *   a field MiniMax never sends (it uses `reasoning_content` / `reasoning_details`).
 * - `anthropic/anthropic-fallback.chunks.txt`, `anthropic/anthropic-fallback.json`: a `fallback` content block,
 *   Anthropic's model-fallback feature.
 * - `anthropic/anthropic-refusal.chunks.txt`, `anthropic/anthropic-refusal.json`,
 *   `anthropic/anthropic-refusal-no-details.json`: `stop_reason: "refusal"` with `stop_details`, Anthropic's safety
 *   refusal (MiniMax reports sensitive output with base_resp 1027 / `output_sensitive`).
 * - `anthropic/anthropic-clear-thinking.1.json`, `anthropic/anthropic-clear-tool-uses.1.json`,
 *   `anthropic/anthropic-combined-context-editing.1.json` and their `.chunks.txt`: responses to Anthropic's
 *   context-editing beta (`context_management`), which MiniMax does not implement.
 * Everything else in the folder is replayed.
 */
import { APICallError } from '@ai-sdk/provider';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LanguageModelV4StreamPart } from '@ai-sdk/provider';
import { createMiniMax } from '../src/index';
import { DRIVERS } from './support/ai-drivers';
import { readAll } from './support/parts';
import { fakeFetch } from './support/fake-fetch';
import { readReference, referenceSseData } from './support/reference-reader';

/** `shared/fixtures/vercel-ai` beside this checkout or one of the folders above it (`../shared` of the workspace). */
function findFixtures(): string {
  for (let dir = dirname(__dirname); ; dir = dirname(dir)) {
    const candidate = join(dir, 'shared', 'fixtures', 'vercel-ai');
    if (existsSync(join(candidate, 'SOURCES.md'))) return candidate;
    if (dirname(dir) === dir) throw new Error('shared/fixtures/vercel-ai was not found beside this checkout or above it');
  }
}

const ROOT = findFixtures();

const SKIPPED: Record<string, string> = {
  'groq/groq-reasoning.chunks.txt': 'reasoning in delta.reasoning, not a MiniMax field',
  'groq/groq-reasoning.json': 'reasoning in message.reasoning, not a MiniMax field',
  'anthropic/anthropic-fallback.chunks.txt': 'Anthropic fallback content block',
  'anthropic/anthropic-fallback.json': 'Anthropic fallback content block',
  'anthropic/anthropic-refusal.chunks.txt': 'Anthropic refusal stop reason',
  'anthropic/anthropic-refusal.json': 'Anthropic refusal stop reason',
  'anthropic/anthropic-refusal-no-details.json': 'Anthropic refusal stop reason',
  'anthropic/anthropic-clear-thinking.1.chunks.txt': 'Anthropic context-editing beta',
  'anthropic/anthropic-clear-thinking.1.json': 'Anthropic context-editing beta',
  'anthropic/anthropic-clear-tool-uses.1.chunks.txt': 'Anthropic context-editing beta',
  'anthropic/anthropic-clear-tool-uses.1.json': 'Anthropic context-editing beta',
  'anthropic/anthropic-combined-context-editing.1.chunks.txt': 'Anthropic context-editing beta',
  'anthropic/anthropic-combined-context-editing.1.json': 'Anthropic context-editing beta',
};

/** HTTP status of the bodies that are error answers (SOURCES.md says how vercel/ai serves them). */
const STATUS: Record<string, number> = {
  'anthropic-inline/http-529-overloaded.json': 529,
  'openai/reasoning-model-legacy-parameter-error.json': 400,
};

const MESSAGES_FOLDERS = new Set(['anthropic', 'anthropic-inline', 'minimax-inline']);

interface Fixture {
  path: string;
  wire: 'chat' | 'messages';
  kind: 'json' | 'stream';
  status: number;
  body: string;
}

function load(path: string): Fixture {
  const raw = readFileSync(join(ROOT, path), 'utf8');
  const folder = path.split('/')[0];
  const kind = path.endsWith('.json') ? 'json' : 'stream';
  const body = path.endsWith('.chunks.txt')
    ? `${raw
        .trimEnd()
        .split('\n')
        .map((line) => `data: ${line}\n\n`)
        .join('')}data: [DONE]\n\n`
    : raw;
  return { path, wire: MESSAGES_FOLDERS.has(folder) ? 'messages' : 'chat', kind, status: STATUS[path] ?? 200, body };
}

const ALL = readdirSync(ROOT, { recursive: true, encoding: 'utf8' })
  .map((p) => p.split('\\').join('/'))
  .filter((p) => /\.(json|sse|chunks\.txt)$/.test(p))
  .sort();
const FIXTURES = ALL.filter((p) => !(p in SKIPPED)).map(load);

const settingsFor = (fixture: Fixture) => ({
  apiKey: 'sk-peer-fixtures',
  baseURL: 'https://api.minimax.io/v1',
  fetch: fakeFetch({
    status: fixture.status,
    headers: { 'content-type': fixture.kind === 'stream' ? 'text/event-stream' : 'application/json' },
    body: fixture.body,
  }),
});

describe('the AI SDK fixtures', () => {
  it('are all either replayed or skipped with a reason, and the skipped ones exist', () => {
    expect(ALL.length).toBeGreaterThan(60);
    for (const path of Object.keys(SKIPPED)) expect(ALL).toContain(path);
    expect(FIXTURES.length + Object.keys(SKIPPED).length).toBe(ALL.length);
  });
});

describe.each(DRIVERS)('$name replays the AI SDK fixtures a MiniMax wire could produce', (driver) => {
  const answered = FIXTURES.filter((f) => f.status === 200);
  const failed = FIXTURES.filter((f) => f.status !== 200);

  it.each(answered)('$path ($wire)', async (fixture) => {
    const expected = readReference(fixture.wire, fixture.body, fixture.kind);
    const names = [...new Set(expected.toolCalls.map((c) => c.name))];
    const args = { endpoint: fixture.wire, prompt: 'Replay', ...(names.length > 0 ? { toolNames: names } : {}) };
    const outcome = fixture.kind === 'json' && !expected.error ? await driver.generate(settingsFor(fixture), args) : await driver.stream(settingsFor(fixture), args);
    expect(outcome.text).toBe(expected.text);
    expect(outcome.reasoningText ?? '').toBe(expected.reasoning);
    expect(outcome.finishReason).toBe(expected.finish);
    expect(outcome.toolCalls.map((c) => ({ id: c.toolCallId, name: c.toolName, input: c.input }))).toEqual(expected.toolCalls);
    const reported = (value: number | undefined) => (value === undefined ? (driver.spec === 'v1' ? NaN : undefined) : value);
    if (!expected.error) expect(outcome.usage).toEqual({ inputTokens: reported(expected.usage.input), outputTokens: reported(expected.usage.output) });
    if ('errors' in outcome) {
      const errors = outcome.errors as Error[];
      if (expected.error) {
        expect(errors).toHaveLength(1);
        if (expected.error.message !== 'second message') expect(errors[0].message).toContain(expected.error.message);
        else expect(errors[0].message).toMatch(/second message/);
      } else {
        expect(errors).toEqual([]);
      }
    }
  });

  it.each(failed)('$path (HTTP error body)', async (fixture) => {
    const expected = readReference(fixture.wire, fixture.body, 'json');
    const error = await driver.generate(settingsFor(fixture), { endpoint: fixture.wire, prompt: 'Replay' }).then(
      () => undefined,
      (e: unknown) => e as APICallError,
    );
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error!.statusCode).toBe(fixture.status);
    expect(error!.message).toContain(expected.error!.message);
    expect(error!.isRetryable).toBe(fixture.status >= 500);
  });
});

describe('a stream that starts a second message (the AI SDK\'s spliced-message-start recording)', () => {
  const fixture = load('anthropic/spliced-message-start.chunks.txt');

  it.each(DRIVERS)('$name: ends with an error, keeps only the first message\'s thinking and signature, makes no tool call', async (driver) => {
    const outcome = await driver.stream(settingsFor(fixture), { endpoint: 'messages', prompt: 'Replay', toolNames: ['test-tool'] });
    expect(outcome.errors).toHaveLength(1);
    expect(APICallError.isInstance(outcome.errors[0])).toBe(true);
    expect((outcome.errors[0] as Error).message).toMatch(/second message \(msg_second\).*msg_first/);
    expect(outcome.reasoningText).toBe('I will call the tool.');
    expect(outcome.toolCalls).toEqual([]);
    expect(outcome.finishReason).toBe('error');
  });

  it('raw model: the one reasoning part carries the first message\'s signature; the error ends the stream; no tool call', async () => {
    const model = createMiniMax(settingsFor(fixture)).messages('MiniMax-M2.5');
    const { stream } = await model.doStream({ prompt: [{ role: 'user', content: [{ type: 'text', text: 'Replay' }] }] });
    const parts = (await readAll(stream)) as unknown as LanguageModelV4StreamPart[];
    expect(referenceSseData(fixture.body).some((d) => d.includes('sig-second'))).toBe(true);
    const ends = parts.flatMap((p) => (p.type === 'reasoning-end' ? [p.providerMetadata?.minimax?.signature] : []));
    expect(ends).toEqual(['sig-first']);
    expect(JSON.stringify(parts)).not.toContain('sig-second');
    expect(parts.filter((p) => p.type === 'tool-call')).toEqual([]);
    expect(parts.filter((p) => p.type === 'response-metadata').map((p) => p.type === 'response-metadata' && p.id)).toEqual(['msg_first']);
    const errorAt = parts.findIndex((p) => p.type === 'error');
    expect(errorAt).toBeGreaterThan(0);
    expect(parts.slice(errorAt + 1).map((p) => p.type)).toEqual(['tool-input-end', 'finish']);
  });
});
