/**
 * The API key never leaks: a representative set of failing (and warning) calls runs through ai@7 and the raw
 * models with a distinctive key; every error (with its cause chain, `requestBodyValues`, response body and
 * headers), warning, providerMetadata, request/response metadata and every request body the emulator recorded
 * is serialised, and the key must appear nowhere. Request headers are the exception: they carry the key by
 * design, and the test checks that they do (so the search itself is known to work).
 */
import { createServer } from 'node:net';
import { generateText, streamText } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMiniMax } from '../src/index';
import { createMiniMaxEmulator, type MiniMaxEmulator, type ScriptedResponse } from '../src/testing';
import { readAll } from './support/parts';
import { serialise } from './support/serialise';

const API_KEY = 'sk-cp-LEAK-CANARY-9f3b7c1e5a2d8064-do-not-log';
/** Distinctive pieces too, in case something truncated or re-encoded the key. */
const KEY_PIECES = [API_KEY, 'LEAK-CANARY', '9f3b7c1e5a2d8064', Buffer.from(API_KEY).toString('base64').slice(0, 24)];

let emulator: MiniMaxEmulator;
/** An emulator expecting another key: every call to it is an authentication failure. */
let strict: MiniMaxEmulator;
/** A loopback port nothing listens on. */
let closedPort: number;

const globals = globalThis as { AI_SDK_LOG_WARNINGS?: unknown };
let previousLogWarnings: unknown;

beforeAll(async () => {
  // ai@7 hands every warning it would log to this hook: collect them (and keep the output quiet).
  previousLogWarnings = globals.AI_SDK_LOG_WARNINGS;
  globals.AI_SDK_LOG_WARNINGS = (warnings: unknown) => collect('logged warnings', warnings);
  emulator = await createMiniMaxEmulator({ apiKey: API_KEY });
  strict = await createMiniMaxEmulator({ apiKey: 'sk-some-other-key' });
  closedPort = await new Promise<number>((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
});
afterAll(async () => {
  globals.AI_SDK_LOG_WARNINGS = previousLogWarnings;
  await Promise.all([emulator.close(), strict.close()]);
});

/** Everything collected from the calls, serialised at the end. */
const exposed: unknown[] = [];
const collect = (label: string, value: unknown) => void exposed.push({ label, value });

const prompt = (text = 'Hello there') => [{ role: 'user' as const, content: [{ type: 'text' as const, text }] }];
const settingsFor = (target: 'ok' | 'strict' | 'closed') => ({
  apiKey: API_KEY,
  baseURL: target === 'ok' ? emulator.baseURL : target === 'strict' ? strict.baseURL : `http://127.0.0.1:${closedPort}/v1`,
});
const modelOf = (target: 'ok' | 'strict' | 'closed', wire: 'chat' | 'messages') => {
  const minimax = createMiniMax(settingsFor(target));
  return wire === 'chat' ? minimax('MiniMax-M2.1') : minimax.messages('MiniMax-M2.1');
};


/** A raw doGenerate and doStream; their results, errors, warnings, metadata and stream parts are collected. */
async function rawCalls(label: string, target: 'ok' | 'strict' | 'closed', wire: 'chat' | 'messages', options: Record<string, unknown>, script?: () => void) {
  const model = modelOf(target, wire);
  const callOptions = { prompt: prompt(), ...options } as Parameters<typeof model.doGenerate>[0];
  script?.();
  try {
    collect(`${label} doGenerate result`, await model.doGenerate(callOptions));
  } catch (error) {
    collect(`${label} doGenerate error`, error);
  }
  script?.();
  try {
    const result = await model.doStream(callOptions);
    collect(`${label} doStream result`, { request: result.request, response: result.response });
    collect(`${label} doStream parts`, await readAll(result.stream));
  } catch (error) {
    collect(`${label} doStream error`, error);
  }
}

/** ai@7 generateText and streamText; results (warnings, providerMetadata, request, response, steps) and errors are collected. */
async function aiCalls(
  label: string,
  target: 'ok' | 'strict' | 'closed',
  wire: 'chat' | 'messages',
  options: Record<string, unknown> | (() => Record<string, unknown>),
  script?: () => void,
) {
  const optionsOf = () => (typeof options === 'function' ? options() : options);
  const model = modelOf(target, wire);
  const call = () => ({ model, maxRetries: 0, include: { requestBody: true }, ...optionsOf() });
  script?.();
  try {
    const result = await generateText({ ...call(), prompt: 'Hello there' } as Parameters<typeof generateText>[0]);
    collect(`${label} generateText`, {
      text: result.text,
      warnings: result.warnings,
      providerMetadata: result.providerMetadata,
      request: result.request,
      response: result.response,
      steps: result.steps,
    });
  } catch (error) {
    collect(`${label} generateText error`, error);
  }
  script?.();
  const errors: unknown[] = [];
  try {
    const result = streamText({
      ...call(),
      prompt: 'Hello there',
      onError: ({ error }: { error: unknown }) => void errors.push(error),
    } as Parameters<typeof streamText>[0]);
    const parts: unknown[] = [];
    for await (const part of result.fullStream) parts.push(part);
    collect(`${label} streamText parts`, parts);
    collect(`${label} streamText`, {
      warnings: await settled(result.warnings),
      providerMetadata: await settled(result.providerMetadata),
      request: await settled(result.request),
      response: await settled(result.response),
      steps: await settled(result.steps),
    });
  } catch (error) {
    collect(`${label} streamText threw`, error);
  }
  collect(`${label} streamText onError`, errors);
}

/** A promise-like's value, or its rejection reason. */
const settled = (promise: PromiseLike<unknown>) => Promise.resolve(promise).catch((error: unknown) => error);

const enqueue = (...responses: ScriptedResponse[]) => () => emulator.enqueue(...responses);
const image = { type: 'file' as const, mediaType: 'image/png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47]) };

describe('the API key appears in no error, warning, metadata or request body', () => {
  it('across failing calls through the raw models and ai@7', async () => {
    for (const wire of ['chat', 'messages'] as const) {
      // Authentication failure (401 "login fail").
      await rawCalls(`${wire} auth`, 'strict', wire, {});
      await aiCalls(`${wire} auth`, 'strict', wire, {});
      // base_resp errors in a 200 body.
      await rawCalls(`${wire} base_resp`, 'ok', wire, {}, enqueue({ type: 'base-resp', code: 1008, message: 'insufficient balance' }));
      await aiCalls(`${wire} base_resp`, 'ok', wire, {}, enqueue({ type: 'base-resp', code: 2049, message: 'invalid api key' }));
      // HTTP errors: JSON 500, a 429 with retry headers (retried once by ai@7: a RetryError), an HTML 502.
      await rawCalls(`${wire} http 500`, 'ok', wire, {}, enqueue({ type: 'json', status: 500, body: { type: 'error', error: { type: 'api_error', message: 'boom' } } }));
      const limited: ScriptedResponse = { type: 'json', status: 429, body: { base_resp: { status_code: 1002, status_msg: 'rate limit' } }, headers: { 'retry-after-ms': '5', 'retry-after': '0' } };
      await aiCalls(`${wire} http 429`, 'ok', wire, { maxRetries: 1 }, enqueue(limited, limited));
      const html: ScriptedResponse = { type: 'raw', status: 502, body: '<html><body><h1>502 Bad Gateway</h1></body></html>', headers: { 'content-type': 'text/html' } };
      await rawCalls(`${wire} http 502`, 'ok', wire, {}, enqueue(html));
      // A mid-stream error, after some text.
      const midStream: ScriptedResponse = { type: 'reply', reasoning: 'Thinking.', text: 'Partial answer that breaks', errorAfterChunks: { after: 3, code: 1000, message: 'unknown error' } };
      await rawCalls(`${wire} mid-stream`, 'ok', wire, {}, enqueue(midStream));
      await aiCalls(`${wire} mid-stream`, 'ok', wire, {}, enqueue(midStream));
      // Network failure: nothing listens on the port.
      await rawCalls(`${wire} network`, 'closed', wire, {});
      await aiCalls(`${wire} network`, 'closed', wire, {});
      // Invalid provider options, and an unsupported image on M2.1.
      await rawCalls(`${wire} options`, 'ok', wire, { providerOptions: { minimax: { reasoningSplit: 'yes', bogus: 1 } } });
      await aiCalls(`${wire} options`, 'ok', wire, { providerOptions: { minimax: { thinking: { type: 'sometimes' } } } });
      await rawCalls(`${wire} image`, 'ok', wire, { prompt: [{ role: 'user', content: [{ type: 'text', text: 'What is this?' }, image] }] });
      // Aborts: already aborted, and mid-request (the emulator never answers).
      await rawCalls(`${wire} aborted`, 'ok', wire, { abortSignal: AbortSignal.abort() });
      await aiCalls(`${wire} aborted`, 'ok', wire, () => ({ abortSignal: AbortSignal.timeout(30) }), enqueue({ type: 'hang' }));
      // Successful calls with warnings (unsupported settings, clamped temperature) and cost metadata.
      await rawCalls(`${wire} warnings`, 'ok', wire, { temperature: 0, topK: 5, seed: 1, includeRawChunks: true });
      await aiCalls(`${wire} warnings`, 'ok', wire, { temperature: 0, topK: 5, seed: 1 });
    }

    expect(emulator.requests.length).toBeGreaterThan(0);

    // Every outcome above was collected, and most are failures.
    const text = serialise(exposed);
    expect(exposed.length).toBeGreaterThan(60);
    expect(text).toMatch(/login fail|not authorized|1004/);
    expect(text).toMatch(/insufficient balance/);
    expect(text).toMatch(/RetryError|Failed after/);
    expect(text).toMatch(/Cannot connect to API/);
    expect(text).toMatch(/InvalidArgumentError|bogus/);
    expect(text).toMatch(/UnsupportedFunctionalityError|image/);
    expect(text).toMatch(/AbortError|aborted/i);
    expect(text).toMatch(/unknown error/);
    expect(text).toMatch(/requestBodyValues/);
    expect(exposed.filter((e) => (e as { label: string }).label === 'logged warnings').length).toBeGreaterThan(0);
    expect(text).toMatch(/topK/);
    for (const piece of KEY_PIECES) expect(text.includes(piece), `the key (${piece}) leaked`).toBe(false);

    // Every request body the emulators recorded (method, path, body, raw body), without the headers.
    const recorded = [...emulator.requests, ...strict.requests];
    expect(recorded.length).toBeGreaterThan(20);
    const bodies = serialise(recorded.map(({ method, path, body, rawBody }) => ({ method, path, body, rawBody })));
    for (const piece of KEY_PIECES) expect(bodies.includes(piece), `the key (${piece}) is in a request body`).toBe(false);

    // The headers do carry it (Bearer on chat, x-api-key on messages): the search works.
    const headers = serialise(recorded.map((r) => r.headers));
    expect(headers).toContain(`Bearer ${API_KEY}`);
    expect(headers).toContain(`"x-api-key":"${API_KEY}"`);
  }, 60_000);
});
