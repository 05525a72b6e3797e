/**
 * The emulator's text-to-speech endpoint, `POST /v1/t2a_v2`: validates the request, answers from its own FIFO of
 * scripted responses or with generated audio (JSON with the whole hex audio, or SSE: hex slices, then a final
 * chunk with `extra_info` that repeats the whole audio unless `stream_options.exclude_aggregated_audio` is set), and
 * serves the subtitle files its answers link to (`GET /emulator/subtitles/<trace id>.json`).
 */
import type { ServerResponse } from 'node:http';
import { buildAuthErrorBody, buildHttpErrorBody, encodeSseEvent } from '../chat/emulator-chat-responses.js';
import { sendHang, sendJson, sendSse } from '../shared/emulator-http.js';
import { sendScriptedResponse, type WireResponder } from '../shared/emulator-scripted-response.js';
import { DEFAULT_SPEECH_MS_PER_CHARACTER, generateSpeechAudio, type EmulatorAudioFormat } from './emulator-speech-audio.js';
import {
  buildSpeechBaseRespBody,
  buildSpeechResponse,
  buildSpeechStreamChunks,
  newTraceId,
  type SpeechAnswer,
} from './emulator-speech-responses.js';
import type { MiniMaxSpeechEmulator, ScriptedSpeech, ScriptedSpeechResponse } from './emulator-speech-types.js';
import { validateSpeechRequest } from './emulator-validate-speech-request.js';

export const SPEECH_PATH = '/v1/t2a_v2';
const SUBTITLES_PREFIX = '/emulator/subtitles/';
const DEFAULT_SLICE_BYTES = 4096;

interface SpeechContext {
  stream: boolean;
  chunkDelayMs: number;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The generic scripted responses (`json`, `sse`, `raw`, `base-resp`, `hang`) in t2a_v2's shapes. */
const speechResponder: WireResponder<SpeechContext> = {
  encodeEvent: encodeSseEvent,
  doneByDefault: false, // t2a_v2 streams end with their final chunk, no [DONE]
  baseRespBody: (code, message) => buildSpeechBaseRespBody(code, message),
  sendReply: async (res) => sendJson(res, 500, buildHttpErrorBody('api_error', 'a chat reply was scripted for a t2a_v2 request', 500)),
  unknownTypeBody: (message) => buildHttpErrorBody('api_error', message, 500),
};

/** Sentence-by-sentence subtitles, timed in proportion to their length. */
function subtitlesOf(text: string, durationMs: number): Array<{ text: string; time_begin: number; time_end: number }> {
  const sentences = text.match(/[^.!?。！？]+[.!?。！？]*\s*/g) ?? [text];
  const total = sentences.reduce((sum, s) => sum + s.length, 0) || 1;
  let begin = 0;
  return sentences.map((sentence) => {
    const end = begin + Math.round((durationMs * sentence.length) / total);
    const cue = { text: sentence.trim(), time_begin: begin, time_end: end };
    begin = end;
    return cue;
  });
}

export function createEmulatorSpeechRoute(options: { chunkDelayMs: number; msPerCharacter?: number; url: () => string }) {
  const queue: ScriptedSpeechResponse[] = [];
  const subtitleFiles = new Map<string, string>();

  const answerFor = (body: any, scripted: ScriptedSpeech): SpeechAnswer => {
    const audioSetting = body.audio_setting ?? {};
    const format: EmulatorAudioFormat = audioSetting.format ?? 'mp3';
    const generated = generateSpeechAudio(scripted.text ?? body.text, {
      format,
      sampleRate: audioSetting.sample_rate ?? 32000,
      channels: audioSetting.channel ?? 1,
      bitrate: audioSetting.bitrate ?? 128000,
      msPerCharacter: options.msPerCharacter ?? DEFAULT_SPEECH_MS_PER_CHARACTER,
    });
    const audio = scripted.audio ?? generated.bytes;
    const traceId = newTraceId();
    let subtitleFile: string | undefined;
    if (body.subtitle_enable === true) {
      subtitleFiles.set(traceId, JSON.stringify(subtitlesOf(body.text, generated.durationMs)));
      subtitleFile = `${options.url()}${SUBTITLES_PREFIX}${traceId}.json`;
    }
    const extraInfo = {
      audio_length: generated.durationMs,
      audio_sample_rate: generated.sampleRate,
      audio_size: audio.length,
      bitrate: generated.bitrate,
      word_count: body.text.split(/\s+/).filter(Boolean).length,
      invisible_character_ratio: 0,
      usage_characters: [...body.text].length,
      audio_format: format,
      audio_channel: generated.channels,
      ...scripted.extraInfo,
    };
    return { hex: scripted.hex ?? Buffer.from(audio.buffer, audio.byteOffset, audio.length).toString('hex'), extraInfo, traceId, subtitleFile };
  };

  const sendSpeech = async (res: ServerResponse, body: any, scripted: ScriptedSpeech): Promise<void> => {
    const stream = body.stream === true;
    const answer = answerFor(body, scripted);
    if (!stream) {
      const failure = scripted.errorAfterChunks;
      sendJson(res, 200, failure ? buildSpeechBaseRespBody(failure.code, failure.message, answer.traceId) : buildSpeechResponse(answer));
      return;
    }
    const chunks = buildSpeechStreamChunks(answer, {
      sliceChars: 2 * (scripted.sliceBytes ?? DEFAULT_SLICE_BYTES),
      excludeAggregatedAudio: body.stream_options?.exclude_aggregated_audio === true,
      repeatAudioInFinal: scripted.repeatAudioInFinal,
      finalOnly: scripted.finalOnly,
      errorAfterChunks: scripted.errorAfterChunks,
      omitFinalChunk: scripted.omitFinalChunk,
    });
    const events = chunks.map(encodeSseEvent);
    const delayMs = scripted.chunkDelayMs ?? options.chunkDelayMs;
    if (scripted.stallAfterChunks === undefined) {
      await sendSse(res, events, delayMs);
      return;
    }
    // A stalled server: the first chunks, then nothing, and the response never ends.
    sendHang(res, true);
    for (const event of events.slice(0, scripted.stallAfterChunks)) {
      if (delayMs > 0) await sleep(delayMs);
      if (res.destroyed) return;
      res.write(event);
    }
  };

  const api: MiniMaxSpeechEmulator = {
    enqueue(...responses) {
      queue.push(...responses);
    },
    get pending() {
      return queue.length;
    },
  };

  return {
    api,
    reset() {
      queue.length = 0;
      subtitleFiles.clear();
    },
    /** Whether this route answers `pathname`. */
    handles(pathname: string): boolean {
      return pathname === SPEECH_PATH || pathname.startsWith(SUBTITLES_PREFIX);
    },
    async handle(
      res: ServerResponse,
      request: { pathname: string; method: string; body: any; invalidJson: boolean; authorized: boolean },
    ): Promise<void> {
      if (request.pathname.startsWith(SUBTITLES_PREFIX)) {
        const file = subtitleFiles.get(request.pathname.slice(SUBTITLES_PREFIX.length).replace(/\.json$/, ''));
        if (file === undefined || request.method !== 'GET') sendJson(res, 404, buildHttpErrorBody('not_found_error', 'no such file', 404));
        else sendJson(res, 200, JSON.parse(file));
        return;
      }
      if (request.method !== 'POST') {
        sendJson(res, 405, buildHttpErrorBody('invalid_request_error', `method ${request.method} not allowed`, 405), { allow: 'POST' });
        return;
      }
      if (!request.authorized) {
        sendJson(res, 401, buildAuthErrorBody());
        return;
      }
      if (request.invalidJson) {
        sendJson(res, 200, buildSpeechBaseRespBody(2013, 'invalid params, request body is not valid JSON'));
        return;
      }
      const rejection = validateSpeechRequest(request.body);
      if (rejection) {
        sendJson(res, 200, buildSpeechBaseRespBody(rejection.code, rejection.message));
        return;
      }
      const scripted = queue.shift() ?? { type: 'speech' };
      if (scripted.type === 'speech') await sendSpeech(res, request.body, scripted);
      else {
        const context = { stream: request.body.stream === true, chunkDelayMs: options.chunkDelayMs };
        await sendScriptedResponse(res, scripted, context, speechResponder);
      }
    },
  };
}
