/**
 * The spec-neutral MiniMax speech model: every MiniMax rule for t2a_v2 is applied here (or in the pieces it calls);
 * the SpeechModelV1..V4 adapters only translate types.
 */
import type { MiniMaxMediaConfig } from '../media/minimax-media-http';
import { postMiniMaxMediaJson } from '../media/minimax-media-http';
import { buildMiniMaxSpeechTemplate, speechRequestBody, type MiniMaxSpeechSettings } from './build-minimax-speech-request';
import { decodeHex } from './decode-hex';
import { buildMiniMaxSpeechMetadata, buildMiniMaxSpeechUsage, type MiniMaxSpeechAnswerInfo } from './minimax-speech-metadata';
import { parseMiniMaxSpeechOptions, type MiniMaxSpeechOptions } from './minimax-speech-options';
import { minimaxSpeechResponseSchema } from './minimax-speech-response';
import { streamMiniMaxSpeech, T2A_PATH } from './minimax-speech-stream-session';
import type {
  MiniMaxSpeechCallOptions,
  MiniMaxSpeechResult,
  MiniMaxSpeechStreamOptions,
  MiniMaxSpeechStreamResult,
  MiniMaxSpeechWarning,
} from './minimax-speech-types';

/** MiniMax's JSON answer, with the hex audio (decoded into `audio`) replaced by a note: it can be megabytes. */
function withoutAudio(raw: unknown, hexLength: number): unknown {
  const record = raw as { data?: Record<string, unknown> | null } | null;
  if (!record || typeof record !== 'object' || !record.data || typeof record.data !== 'object') return raw;
  return { ...record, data: { ...record.data, audio: `<${hexLength} hex characters, decoded into the audio>` } };
}

function streamingOnlyWarnings(options: MiniMaxSpeechOptions): MiniMaxSpeechWarning[] {
  return (['maxSegmentCharacters', 'maxConcurrentRequests'] as const)
    .filter((name) => options[name] !== undefined)
    .map((name) => ({ type: 'other' as const, message: `providerOptions.minimax.${name} applies to streamed speech only.` }));
}

export class MiniMaxSpeechModel {
  readonly modelId: string;
  private readonly config: MiniMaxMediaConfig;

  constructor(modelId: string, config: MiniMaxMediaConfig) {
    this.modelId = modelId;
    this.config = config;
  }

  get provider(): string {
    return this.config.provider;
  }

  async doGenerate(options: MiniMaxSpeechCallOptions): Promise<MiniMaxSpeechResult> {
    const callOptions = parseMiniMaxSpeechOptions(options.providerOptions);
    const settings: MiniMaxSpeechSettings = {
      voice: options.voice,
      outputFormat: options.outputFormat,
      instructions: options.instructions,
      speed: options.speed,
      language: options.language,
    };
    const template = buildMiniMaxSpeechTemplate(this.modelId, settings, callOptions, { stream: false });
    const body = speechRequestBody(template, options.text);
    const { value, raw, responseHeaders } = await postMiniMaxMediaJson({
      config: this.config,
      path: T2A_PATH,
      body,
      schema: minimaxSpeechResponseSchema,
      headers: options.headers,
      abortSignal: options.abortSignal,
    });
    const hex = value.data?.audio ?? '';
    const audio = decodeHex(hex);
    const answer: MiniMaxSpeechAnswerInfo = {
      extraInfo: value.extra_info,
      traceId: value.trace_id,
      subtitleFile: value.data?.subtitle_file,
    };
    return {
      audio,
      mediaType: template.mediaType,
      warnings: [...template.warnings, ...streamingOnlyWarnings(callOptions)],
      usage: buildMiniMaxSpeechUsage(answer),
      request: { body },
      response: {
        timestamp: this.config.currentDate?.() ?? new Date(),
        modelId: this.modelId,
        headers: responseHeaders,
        body: withoutAudio(raw, hex.length),
      },
      providerMetadata: { minimax: buildMiniMaxSpeechMetadata(this.modelId, answer, template.mediaType) },
    };
  }

  /**
   * Streams speech for streamed text (see `streamMiniMaxSpeech`). Resolves at once: the first request starts when
   * the first sentence of the text is complete. A setup failure (invalid options, no API key, invalid base URL)
   * rejects, after cancelling the caller's text stream.
   */
  async doStream(options: MiniMaxSpeechStreamOptions): Promise<MiniMaxSpeechStreamResult> {
    try {
      const callOptions = parseMiniMaxSpeechOptions(options.providerOptions);
      const settings: MiniMaxSpeechSettings = {
        voice: options.voice,
        outputFormat: options.outputFormat?.type,
        sampleRate: options.outputFormat?.rate,
        instructions: options.instructions,
        speed: options.speed,
        language: options.language,
      };
      const template = buildMiniMaxSpeechTemplate(this.modelId, settings, callOptions, { stream: true });
      this.config.headers(); // loads the API key now: a missing key fails the call, not its first segment
      const stream = streamMiniMaxSpeech({ modelId: this.modelId, config: this.config, options, callOptions, settings, template });
      return {
        stream,
        request: { body: template.body },
        response: { timestamp: this.config.currentDate?.() ?? new Date(), modelId: this.modelId },
      };
    } catch (error) {
      await options.text.cancel(error).catch(() => {});
      throw error;
    }
  }
}
