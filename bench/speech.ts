/**
 * Speech benchmarks (part of `npm run bench`; `--smoke` only checks correctness):
 *
 * - hex decoding of MiniMax's audio: this provider's decoders (the one Node uses, and the portable one browsers
 *   and edge runtimes use) against the floor `Buffer.from(hex, 'hex')`;
 * - `generateSpeech` (ai@7) of a 10,000-character text end to end (in-memory fetch → JSON → hex → bytes → the
 *   SDK's result) against the floor `fetch` → `response.json()` → `Buffer.from(data.audio, 'hex')`;
 * - `experimental_streamSpeech` of the same text (segmented into ~1,000-character SSE requests) against the floor
 *   "split the same SSE bytes, JSON.parse, Buffer.from every slice".
 *
 * The audio is the emulator's real MP3 for the text (60 ms a character: 10 minutes, ~9.6 MB, ~19 MB of hex).
 */
import { experimental_streamSpeech, generateSpeech } from 'ai';
import { decodeHexPortable, HEX_DECODER } from '../src/core/speech/decode-hex';
import { createMiniMax } from '../src/index';
import { buildSpeechResponse, buildSpeechStreamChunks, generateSpeechAudio } from '../src/testing';
import { median } from './bundle-size';

const encoder = new TextEncoder();
const SENTENCE = 'MiniMax reads this long text aloud, one sentence after another, for the benchmark. ';

interface SpeechTiming {
  label: string;
  ms: number[];
}

interface SpeechWorkload {
  text: string;
  audio: Uint8Array;
  hex: string;
  /** The JSON answer to a non-stream request. */
  json: Uint8Array;
}

function buildWorkload(characters: number): SpeechWorkload {
  const text = SENTENCE.repeat(Math.ceil(characters / SENTENCE.length)).slice(0, characters).trim();
  const audio = generateSpeechAudio(text, { format: 'mp3', sampleRate: 32000, channels: 1, bitrate: 128000 }).bytes;
  const hex = Buffer.from(audio).toString('hex');
  const body = buildSpeechResponse({ hex, extraInfo: { usage_characters: text.length, audio_size: audio.length }, traceId: '0'.repeat(32) });
  return { text, audio, hex, json: encoder.encode(JSON.stringify(body)) };
}

/** A fresh body of `bytes` in 64 KB chunks (what a socket delivers). */
function bodyOf(bytes: Uint8Array): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(bytes.slice(offset, offset + 65536));
      offset += 65536;
    },
  });
}

/**
 * An in-memory t2a_v2: JSON for non-stream requests; SSE (the segment's audio) for streams. The SSE bytes of a
 * segment text are built once (`sseCache`); `segments` records the texts of the last stream's requests, in order.
 */
function speechFetch(workload: SpeechWorkload, sseCache: Map<string, Uint8Array>, segments: string[]): typeof fetch {
  return (async (_url: RequestInfo | URL, init?: RequestInit) => {
    const request = JSON.parse(String(init?.body));
    if (!request.stream) return new Response(bodyOf(workload.json), { headers: { 'content-type': 'application/json' } });
    segments.push(request.text);
    let sse = sseCache.get(request.text);
    if (!sse) {
      sse = sseBytesFor(request.text);
      sseCache.set(request.text, sse);
    }
    return new Response(bodyOf(sse), { headers: { 'content-type': 'text/event-stream' } });
  }) as typeof fetch;
}

function sseBytesFor(text: string): Uint8Array {
  const audio = generateSpeechAudio(text, { format: 'mp3', sampleRate: 32000, channels: 1, bitrate: 128000 }).bytes;
  const chunks = buildSpeechStreamChunks(
    { hex: Buffer.from(audio).toString('hex'), extraInfo: { usage_characters: text.length }, traceId: '0'.repeat(32) },
    { sliceChars: 2 * 8192, excludeAggregatedAudio: true },
  );
  return encoder.encode(chunks.map((c) => `data: ${JSON.stringify(c)}\n\n`).join(''));
}

/** The floor of a stream: SSE split on blank lines, JSON.parse, Buffer.from of every slice. */
async function floorStream(bytes: Uint8Array): Promise<number> {
  const reader = bodyOf(bytes).getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    buffer += done ? decoder.decode() : decoder.decode(value, { stream: true });
    let end = buffer.indexOf('\n\n');
    while (end !== -1) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const audio = JSON.parse(event.slice(6)).data?.audio;
      if (audio) total += Buffer.from(audio, 'hex').length;
      end = buffer.indexOf('\n\n');
    }
    if (done) return total;
  }
}

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

async function interleave(timings: Array<SpeechTiming & { run: () => Promise<unknown> | unknown }>, warmup: number, rounds: number) {
  for (let w = 0; w < warmup; w++) for (const t of timings) await t.run();
  for (let r = 0; r < rounds; r++) for (const t of timings) t.ms.push(await time(t.run));
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

function table(title: string, timings: SpeechTiming[], floorLabel: string, megabytes: number): string[] {
  const floorMs = median(timings.find((t) => t.label === floorLabel)!.ms);
  const lines = [title, '', '| implementation | ms (median) | p25–p75 ms | MB/s of audio | × floor |', '|---|--:|--:|--:|--:|'];
  for (const t of timings) {
    const sorted = [...t.ms].sort((a, b) => a - b);
    const q = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * (sorted.length - 1) + 0.5))];
    const m = median(t.ms);
    lines.push(`| ${t.label} | ${fmt(m)} | ${fmt(q(0.25))}–${fmt(q(0.75))} | ${(megabytes / (m / 1000)).toFixed(0)} | ${(m / floorMs).toFixed(2)}× |`);
  }
  return [...lines, ''];
}

/** Runs the speech benchmarks; returns the markdown lines and any correctness problem of this provider. */
export async function runSpeechBench(options: { smoke: boolean; warmup: number; rounds: number; log: (line: string) => void }) {
  const problems: string[] = [];
  const characters = options.smoke ? 300 : 10_000;
  options.log(`speech: building a ${characters}-character workload…`);
  const workload = buildWorkload(characters);
  const megabytes = workload.audio.length / 1048576;
  const sseCache = new Map<string, Uint8Array>();
  const segments: string[] = [];
  const model = createMiniMax({ apiKey: 'bench', baseURL: 'http://speech.invalid/v1', fetch: speechFetch(workload, sseCache, segments) }).speech('speech-2.8-hd');

  // Correctness first: every path must give the source bytes back.
  const same = (a: Uint8Array) => a.length === workload.audio.length && Buffer.compare(a, workload.audio) === 0;
  if (!same(HEX_DECODER.decode(workload.hex))) problems.push(`hex (${HEX_DECODER.name}) decoded other bytes`);
  if (!same(decodeHexPortable(workload.hex))) problems.push('hex (portable) decoded other bytes');
  const generated = await generateSpeech({ model, text: workload.text, maxRetries: 0 });
  if (!same(generated.audio.uint8Array)) problems.push('generateSpeech returned other bytes');
  const streamed = experimental_streamSpeech({ model, text: workload.text });
  const pieces: Uint8Array[] = [];
  for await (const chunk of streamed.audioStream) pieces.push(chunk);
  const streamedAudio = Buffer.concat(pieces);
  const streamSegments = [...segments];
  const expectedStream = Buffer.concat(
    streamSegments.map((t) => generateSpeechAudio(t, { format: 'mp3', sampleRate: 32000, channels: 1, bitrate: 128000 }).bytes),
  );
  if (streamSegments.length < (options.smoke ? 1 : 5) || Buffer.compare(streamedAudio, expectedStream) !== 0) {
    problems.push(`streamSpeech returned other bytes (${streamSegments.length} segments)`);
  }
  const streamMegabytes = streamedAudio.length / 1048576;

  const hex: Array<SpeechTiming & { run: () => unknown }> = [
    { label: "floor: `Buffer.from(hex, 'hex')`", ms: [], run: () => Buffer.from(workload.hex, 'hex') },
    { label: `this provider on Node (${HEX_DECODER.name})`, ms: [], run: () => HEX_DECODER.decode(workload.hex) },
    { label: 'this provider, portable (browsers, edge runtimes)', ms: [], run: () => decodeHexPortable(workload.hex) },
  ];
  // The floor reads the same SSE bodies, in the same order, as the provider's segment requests get.
  const sseBytes = streamSegments.map((t) => sseCache.get(t)!);
  const endToEnd: Array<SpeechTiming & { run: () => Promise<unknown> }> = [
    {
      label: 'floor: `fetch` → `json()` → `Buffer.from(hex)`',
      ms: [],
      run: async () => Buffer.from((await new Response(bodyOf(workload.json)).json()).data.audio, 'hex'),
    },
    { label: '`generateSpeech` (ai@7) with this provider', ms: [], run: () => generateSpeech({ model, text: workload.text, maxRetries: 0 }) },
  ];
  const streaming: Array<SpeechTiming & { run: () => Promise<unknown> }> = [
    { label: 'floor: SSE split → `JSON.parse` → `Buffer.from` per slice', ms: [], run: async () => {
      for (const bytes of sseBytes) await floorStream(bytes);
    } },
    { label: '`experimental_streamSpeech` (ai@7) with this provider', ms: [], run: async () => {
      for await (const chunk of experimental_streamSpeech({ model, text: workload.text }).audioStream) void chunk;
    } },
  ];

  options.log('speech: timing…');
  await interleave(hex, options.warmup, options.rounds);
  await interleave(endToEnd, options.warmup, options.rounds);
  await interleave(streaming, options.warmup, Math.max(1, Math.floor(options.rounds / 3)));

  const lines = [
    `Speech: ${characters.toLocaleString('en-US')} characters of text, the emulator's MP3 for it (${megabytes.toFixed(2)} MB of audio, ${(workload.hex.length / 1048576).toFixed(2)} MB of hex); in-memory fetch, 64 KB body chunks; ${options.warmup} warm-up runs, ${options.rounds} interleaved rounds (streaming: ${Math.max(1, Math.floor(options.rounds / 3))}); median.`,
    '',
    ...table('Hex → bytes:', hex, hex[0].label, megabytes),
    ...table('`generateSpeech`, end to end (request → `audio.uint8Array`):', endToEnd, endToEnd[0].label, megabytes),
    ...table(`Streamed speech, end to end (${streamSegments.length} segment requests, ${streamMegabytes.toFixed(2)} MB of audio, every chunk read):`, streaming, streaming[0].label, streamMegabytes),
  ];
  return { lines, problems };
}
