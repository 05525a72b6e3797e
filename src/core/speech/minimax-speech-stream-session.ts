/**
 * Streamed speech for streamed text: the text is cut into segments (`SpeechTextSegmenter`), each segment is one
 * streamed t2a_v2 request (HTTP + SSE through the provider's `fetch`, so it runs wherever `fetch` does: Node, edge
 * runtimes, browsers), and the audio of the segments is delivered strictly in segment order.
 *
 * - The first segment starts as soon as the first sentence of the text is complete; the text stream is read
 *   concurrently with synthesis, so first audio never waits for the whole text.
 * - Up to `maxConcurrentRequests` segments are in flight: the next one is synthesised while the previous one is
 *   still streaming, and its audio is held until the previous one has been delivered. A segment keeps its slot until
 *   its audio has been handed to the consumer, so a slow consumer holds at most that many segments in memory.
 * - A part's `voice` (or `providerOptions.minimax`, e.g. another emotion) starts a new segment with those settings:
 *   dialogue with several voices works.
 * - Every terminal path releases everything: an error (an `error` part, then the stream closes without `finish`),
 *   an abort (the stream errors with the abort reason) and a consumer's cancel all abort the open requests (closing
 *   their connections) and cancel the caller's text stream unless it was read to its end.
 */
import { isAbortError, postJsonToApi, extractResponseHeaders } from '@ai-sdk/provider-utils';
import { APICallError, InvalidArgumentError } from '@ai-sdk/provider';
import { minimaxFailedResponseHandler } from '../shared/minimax-error';
import { minimaxMediaURL, type MiniMaxMediaConfig } from '../media/minimax-media-http';
import { prepareMiniMaxRequest } from '../shared/minimax-request';
import { readStreamedResponseBody } from '../shared/response-body-start';
import {
  buildMiniMaxSpeechTemplate,
  countCodePoints,
  speechRequestBody,
  type MiniMaxSpeechRequestBody,
  type MiniMaxSpeechSettings,
  type MiniMaxSpeechTemplate,
} from './build-minimax-speech-request';
import { buildMiniMaxSpeechMetadata, MiniMaxSpeechUsageTotals } from './minimax-speech-metadata';
import { parseMiniMaxSpeechOptions, type MiniMaxSpeechOptions } from './minimax-speech-options';
import { MiniMaxSpeechStreamReader, type MiniMaxSpeechStreamEvent } from './minimax-speech-stream-reader';
import type { MiniMaxSpeechStreamOptions, MiniMaxSpeechStreamPart, MiniMaxSpeechTextPart } from './minimax-speech-types';
import { SpeechTextSegmenter } from './speech-text-segmenter';

export const T2A_PATH = '/v1/t2a_v2';
export const DEFAULT_MAX_SEGMENT_CHARACTERS = 1000;
export const DEFAULT_MAX_CONCURRENT_REQUESTS = 2;

/** Options that shape the audio stream as a whole, so a text part cannot change them. */
const PER_CALL_ONLY = [
  'sampleRate',
  'bitrate',
  'channel',
  'forceCbr',
  'subtitles',
  'subtitleType',
  'maxSegmentCharacters',
  'maxConcurrentRequests',
] as const;

export interface MiniMaxSpeechStreamSetup {
  modelId: string;
  config: MiniMaxMediaConfig;
  options: MiniMaxSpeechStreamOptions;
  /** The call's validated `providerOptions.minimax`. */
  callOptions: MiniMaxSpeechOptions;
  /** The call's settings (voice, format, speed…). */
  settings: MiniMaxSpeechSettings;
  /** The call's template (its warnings are the stream's). */
  template: MiniMaxSpeechTemplate;
}

/** Text waiting to be cut, for one voice and set of part options. */
interface TextSource {
  key: string;
  template: MiniMaxSpeechTemplate;
  segmenter: SpeechTextSegmenter;
  /** A later part changed the voice or options: this source gets no more text. */
  closed: boolean;
}

/** One text segment: one MiniMax request. */
interface Segment {
  index: number;
  text: string;
  template: MiniMaxSpeechTemplate;
  /** Decoded events waiting to be delivered, in order. */
  events: MiniMaxSpeechStreamEvent[];
  responseHeaders?: Record<string, string>;
  done: boolean;
  error?: unknown;
}

/** Starts the session; the returned stream's parts are in the neutral form. */
export function streamMiniMaxSpeech(setup: MiniMaxSpeechStreamSetup): ReadableStream<MiniMaxSpeechStreamPart> {
  const { modelId, config, options, callOptions, settings } = setup;
  const maxConcurrent = callOptions.maxConcurrentRequests ?? DEFAULT_MAX_CONCURRENT_REQUESTS;
  const maxCharacters = callOptions.maxSegmentCharacters ?? DEFAULT_MAX_SEGMENT_CHARACTERS;
  const url = minimaxMediaURL(config, T2A_PATH);
  const now = () => config.currentDate?.() ?? new Date();
  const callVoice = settings.voice;

  const abort = new AbortController();
  const textReader = options.text.getReader();
  let textEnded = false;
  const sources: TextSource[] = [];
  const active: Segment[] = [];
  const totals = new MiniMaxSpeechUsageTotals();
  let nextIndex = 0;
  let sentCharacters = 0;
  let metadataSent = false;
  let fatal: { error: unknown } | undefined;
  let terminated = false;
  let controller!: ReadableStreamDefaultController<MiniMaxSpeechStreamPart>;

  // Wake-ups: anything that may let the loop progress calls `wake`; `dirty` keeps a wake-up that comes while the
  // loop is busy from being lost.
  let dirty = false;
  let resume: (() => void) | undefined;
  const wake = () => {
    dirty = true;
    const r = resume;
    resume = undefined;
    r?.();
  };
  const idle = () => (dirty ? Promise.resolve() : new Promise<void>((resolve) => (resume = resolve)));

  const onExternalAbort = () => {
    fatal ??= { error: options.abortSignal?.reason ?? new DOMException('The operation was aborted.', 'AbortError') };
    abort.abort(options.abortSignal?.reason);
    wake();
  };

  /** Releases everything; `reason` goes to the text stream's cancel. */
  const release = (reason: unknown) => {
    terminated = true;
    options.abortSignal?.removeEventListener('abort', onExternalAbort);
    abort.abort(reason);
    if (!textEnded) textReader.cancel(reason).catch(() => {});
    else textReader.releaseLock();
    wake();
  };

  const templateFor = (voice: string | undefined, partOptions: unknown): MiniMaxSpeechTemplate => {
    if (voice === callVoice && partOptions === undefined) return setup.template;
    let merged = callOptions;
    if (partOptions !== undefined) {
      const parsed = parseMiniMaxSpeechOptions({ minimax: partOptions });
      const perCall = PER_CALL_ONLY.find((name) => parsed[name] !== undefined);
      if (perCall) {
        throw new InvalidArgumentError({
          argument: `text part providerOptions.minimax.${perCall}`,
          message: `providerOptions.minimax.${perCall} shapes the whole audio stream: set it on the call, not on a text part.`,
        });
      }
      merged = { ...callOptions, ...parsed };
    }
    return buildMiniMaxSpeechTemplate(modelId, { ...settings, voice }, merged, { stream: true });
  };

  const addText = (part: MiniMaxSpeechTextPart) => {
    if (part?.type !== 'text' || typeof part.text !== 'string' || part.text === '') return;
    const voice = part.voice ?? callVoice;
    const partOptions = part.providerOptions?.minimax;
    const key = `${voice ?? ''}\u0000${partOptions === undefined ? '' : JSON.stringify(partOptions)}`;
    let source = sources[sources.length - 1];
    if (!source || source.key !== key) {
      if (source) source.closed = true;
      source = { key, template: templateFor(voice, partOptions), segmenter: new SpeechTextSegmenter({ maxCharacters }), closed: false };
      sources.push(source);
    }
    source.segmenter.push(part.text);
  };

  const pumpText = async () => {
    try {
      for (;;) {
        const { done, value } = await textReader.read();
        if (done) break;
        if (terminated) return;
        addText(value);
        wake();
      }
      textEnded = true;
    } catch (error) {
      if (!terminated) fatal ??= { error };
    } finally {
      wake();
    }
  };

  /** The next segment's text and template, when one can be cut now. */
  const cutNext = (): { text: string; template: MiniMaxSpeechTemplate } | undefined => {
    while (sources.length > 0) {
      const source = sources[0];
      const final = source.closed || textEnded;
      const text = source.segmenter.next(final);
      if (text !== undefined) return { text, template: source.template };
      if (!final) return undefined;
      sources.shift();
    }
    return undefined;
  };

  const runSegment = async (segment: Segment, body: MiniMaxSpeechRequestBody) => {
    let redact = <T>(error: T): T => error;
    try {
      const request = prepareMiniMaxRequest(config, options.headers);
      redact = request.redact;
      const { value: response } = await postJsonToApi({
        url,
        headers: request.headers,
        body,
        failedResponseHandler: minimaxFailedResponseHandler,
        successfulResponseHandler: async ({ response }) => ({ value: response }),
        abortSignal: abort.signal,
        fetch: request.fetch,
      });
      const responseHeaders = extractResponseHeaders(response);
      segment.responseHeaders = responseHeaders;
      wake();
      const reader = new MiniMaxSpeechStreamReader(
        { url, requestBodyValues: body, responseHeaders },
        { includeRaw: options.includeRawChunks === true },
      );
      const contentType = response.headers.get('content-type') ?? '';
      // The body is told by what it holds, not its content type (a JSON error labelled as events is MiniMax's error).
      const bodyReader = response.body?.getReader();
      const received = bodyReader ? await readStreamedResponseBody(bodyReader, contentType) : { kind: 'json' as const, text: '' };
      if (!bodyReader || received.kind === 'json') {
        reader.readJson(received.kind === 'json' ? received.text : '', segment.events);
      } else {
        const { head } = received;
        const read = async (): Promise<ReadableStreamReadResult<Uint8Array>> => {
          const first = head.shift();
          if (first) return { done: false, value: first };
          try {
            return await bodyReader.read();
          } catch (error) {
            if (isAbortError(error) || abort.signal.aborted) throw error;
            throw new APICallError({
              message: `MiniMax speech stream broke off: ${error instanceof Error ? error.message : String(error)}`,
              url,
              requestBodyValues: body,
              responseHeaders,
              statusCode: response.status,
              cause: error,
              isRetryable: true,
            });
          }
        };
        try {
          for (let chunk = await read(); !chunk.done; chunk = await read()) {
            reader.push(chunk.value, segment.events);
            if (segment.events.length > 0) wake();
            if (reader.complete) {
              // The final chunk ends the answer, whether or not the server closes the connection: release it.
              bodyReader.cancel().catch(() => {});
              break;
            }
          }
        } catch (error) {
          bodyReader.cancel(error).catch(() => {}); // closes the connection
          throw error;
        }
        reader.end(segment.events);
      }
      segment.done = true;
    } catch (error) {
      segment.error = redact(error);
    } finally {
      wake();
    }
  };

  const startSegments = () => {
    try {
      while (!fatal && active.length < maxConcurrent) {
        const next = cutNext();
        if (!next) return;
        const body = speechRequestBody(next.template, next.text);
        sentCharacters += countCodePoints(next.text);
        const segment: Segment = { index: nextIndex++, text: next.text, template: next.template, events: [], done: false };
        active.push(segment);
        void runSegment(segment, body);
      }
    } catch (error) {
      fatal ??= { error };
    }
  };

  const emit = (part: MiniMaxSpeechStreamPart) => controller.enqueue(part);

  /** Delivers the segments' events in order while the consumer has room; a failed segment becomes `fatal`. */
  const deliver = (): void => {
    while (active.length > 0) {
      const head = active[0];
      if (!metadataSent && head.responseHeaders) {
        metadataSent = true;
        emit({ type: 'response-metadata', timestamp: now(), modelId, headers: head.responseHeaders });
      }
      while (head.events.length > 0) {
        if ((controller.desiredSize ?? 1) <= 0) return; // `pull` wakes the loop
        const event = head.events.shift()!;
        const id = `segment-${head.index}`;
        const audioFormat = head.template.audioFormat;
        if (event.type === 'audio') emit({ type: 'audio', id, audio: event.audio, audioFormat });
        else if (event.type === 'raw') emit({ type: 'raw', rawValue: event.rawValue });
        else {
          totals.add(event.answer);
          // An empty chunk that marks the end of the segment's audio, with its own metadata (text, trace id, cost).
          const metadata = buildMiniMaxSpeechMetadata(modelId, event.answer, head.template.mediaType);
          emit({
            type: 'audio',
            id,
            audio: new Uint8Array(0),
            audioFormat,
            providerMetadata: { minimax: { segment: head.index, text: head.text, ...metadata } },
          });
        }
      }
      if (head.error !== undefined) {
        fatal ??= { error: head.error };
        return;
      }
      if (!head.done) return;
      active.shift();
      startSegments(); // its slot is free
    }
  };

  const step = () => {
    startSegments();
    if (!fatal) deliver();
    if (fatal) {
      const { error } = fatal;
      const aborted = options.abortSignal?.aborted === true && (isAbortError(error) || error === options.abortSignal.reason);
      release(error);
      if (aborted) controller.error(error);
      else {
        emit({ type: 'error', error });
        controller.close();
      }
      return;
    }
    if (textEnded && sources.length === 0 && active.length === 0) {
      release(undefined);
      const characters = totals.usageCharacters;
      emit({
        type: 'finish',
        usage: {
          inputCharacters: sentCharacters,
          raw: { ...(characters !== undefined ? { usage_characters: characters } : {}), segments: nextIndex },
        },
        providerMetadata: { minimax: totals.metadata(modelId, setup.template.mediaType) },
      });
      controller.close();
    }
  };

  const loop = async () => {
    void pumpText();
    while (!terminated) {
      dirty = false;
      step();
      if (terminated) return;
      await idle();
    }
  };

  return new ReadableStream<MiniMaxSpeechStreamPart>(
    {
      start(c) {
        controller = c;
        emit({ type: 'stream-start', warnings: setup.template.warnings });
        if (options.abortSignal?.aborted) onExternalAbort();
        else options.abortSignal?.addEventListener('abort', onExternalAbort, { once: true });
        void loop();
      },
      pull() {
        wake();
      },
      cancel(reason) {
        release(reason ?? new DOMException('The speech stream was cancelled.', 'AbortError'));
      },
    },
    { highWaterMark: 16 },
  );
}
