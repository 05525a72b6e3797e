/**
 * Builds the body of `POST /v1/t2a_v2` from the AI SDK's speech settings and `providerOptions.minimax`, with a
 * warning for every setting MiniMax cannot honour as asked.
 */
import { InvalidArgumentError } from '@ai-sdk/provider';
import {
  DEFAULT_MINIMAX_SAMPLE_RATE,
  mediaTypeOfMiniMaxFormat,
  resolveMiniMaxAudioFormat,
  type MiniMaxAudioFormatName,
} from './minimax-speech-audio-format';
import { toMiniMaxLanguageBoost } from './minimax-speech-language';
import { getMiniMaxSpeechModelInfo, MINIMAX_SPEECH_MAX_TEXT_LENGTH } from './minimax-speech-models';
import type { MiniMaxSpeechOptions } from './minimax-speech-options';
import type { MiniMaxAudioFormat, MiniMaxSpeechWarning } from './minimax-speech-types';

/** The voice used when a call names none: one of MiniMax's English system voices. */
export const DEFAULT_MINIMAX_VOICE = 'English_Graceful_Lady';

/** MiniMax's accepted `voice_setting.speed` range. */
const SPEED = { min: 0.5, max: 2 } as const;

/** The JSON body of a t2a_v2 request. */
export interface MiniMaxSpeechRequestBody {
  model: string;
  text: string;
  stream: boolean;
  stream_options?: { exclude_aggregated_audio: boolean };
  output_format?: 'hex';
  language_boost?: string;
  voice_setting: {
    voice_id?: string;
    speed?: number;
    vol?: number;
    pitch?: number;
    emotion?: string;
    text_normalization?: boolean;
    latex_read?: boolean;
  };
  audio_setting: { format: MiniMaxAudioFormatName; sample_rate: number; bitrate?: number; channel?: number; force_cbr?: boolean };
  pronunciation_dict?: { tone: string[] };
  timbre_weights?: Array<{ voice_id: string; weight: number }>;
  voice_modify?: { pitch?: number; intensity?: number; timbre?: number; sound_effects?: string };
  subtitle_enable?: boolean;
  subtitle_type?: string;
}

/** The AI SDK settings of a speech call, except its text. */
export interface MiniMaxSpeechSettings {
  voice?: string;
  /** A format name or media type; for streams, `outputFormat.type`. */
  outputFormat?: string;
  /** The stream's `outputFormat.rate`. */
  sampleRate?: number;
  instructions?: string;
  speed?: number;
  language?: string;
}

/** Everything of a request but its text: built once per call (or per voice of a stream), used for every text. */
export interface MiniMaxSpeechTemplate {
  body: Omit<MiniMaxSpeechRequestBody, 'text'>;
  warnings: MiniMaxSpeechWarning[];
  /** The media type of the audio MiniMax will return, e.g. `audio/mpeg`. */
  mediaType: string;
  /** The same as a stream's audio format: `{ type: 'audio/pcm', rate: 32000 }` (rate only for headerless formats). */
  audioFormat: MiniMaxAudioFormat;
}

/** Characters as MiniMax counts them: code points (a character outside the BMP is one, not two UTF-16 units). */
export function countCodePoints(text: string): number {
  let count = text.length;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) {
      const previous = text.charCodeAt(i - 1);
      if (previous >= 0xd800 && previous <= 0xdbff) count--;
    }
  }
  return count;
}

/** The text's length in code points when it exceeds `limit`; `undefined` otherwise (counted only when it could). */
export function exceedsMiniMaxTextLimit(text: string, limit = MINIMAX_SPEECH_MAX_TEXT_LENGTH): number | undefined {
  if (text.length <= limit) return undefined;
  const characters = countCodePoints(text);
  return characters > limit ? characters : undefined;
}

/** The request body for `text`; empty text and text over MiniMax's limit fail here, before any request. */
export function speechRequestBody(template: MiniMaxSpeechTemplate, text: string): MiniMaxSpeechRequestBody {
  if (text.trim() === '') {
    throw new InvalidArgumentError({ argument: 'text', message: 'MiniMax speech needs some text to speak; the text is empty.' });
  }
  const tooLong = exceedsMiniMaxTextLimit(text);
  if (tooLong !== undefined) {
    throw new InvalidArgumentError({
      argument: 'text',
      message:
        `The text is ${tooLong.toLocaleString('en-US')} characters long; MiniMax speaks at most ` +
        `${MINIMAX_SPEECH_MAX_TEXT_LENGTH.toLocaleString('en-US')} per request. Split it into several calls, or stream it ` +
        'with experimental_streamSpeech (ai@7), which sends it in segments.',
    });
  }
  const { model, ...rest } = template.body;
  return { model, text, ...rest };
}

const SAMPLE_RATES = [8000, 16000, 22050, 24000, 32000, 44100] as const;

/** The supported sample rate nearest to `rate`. */
function nearestSampleRate(rate: number): number {
  return SAMPLE_RATES.reduce((best, r) => (Math.abs(r - rate) < Math.abs(best - rate) ? r : best));
}

/**
 * Maps the call's settings and validated `providerOptions.minimax` to a request template, with a warning for every
 * setting MiniMax cannot honour as asked.
 */
export function buildMiniMaxSpeechTemplate(
  modelId: string,
  settings: MiniMaxSpeechSettings,
  options: MiniMaxSpeechOptions,
  mode: { stream: boolean },
): MiniMaxSpeechTemplate {
  const warnings: MiniMaxSpeechWarning[] = [];

  const { format, problem } = resolveMiniMaxAudioFormat(settings.outputFormat, mode.stream);
  if (problem) warnings.push({ type: 'unsupported', feature: 'outputFormat', details: problem });

  let speed = settings.speed;
  if (speed !== undefined && (speed < SPEED.min || speed > SPEED.max)) {
    const clamped = Math.min(SPEED.max, Math.max(SPEED.min, speed));
    warnings.push({
      type: 'unsupported',
      feature: 'speed',
      details: `MiniMax accepts speed ${SPEED.min}–${SPEED.max}: ${speed} was sent as ${clamped}.`,
    });
    speed = clamped;
  }

  if (settings.instructions !== undefined && settings.instructions.trim() !== '') {
    warnings.push({
      type: 'unsupported',
      feature: 'instructions',
      details:
        'MiniMax speech takes no instructions: they were not sent. Use providerOptions.minimax.emotion, speed and pitch, ' +
        'or interjections such as (laughs) in the text (speech-2.8).',
    });
  }

  let languageBoost: string | undefined = options.languageBoost;
  if (languageBoost === undefined && settings.language !== undefined) {
    languageBoost = toMiniMaxLanguageBoost(settings.language);
    if (languageBoost === undefined) {
      warnings.push({
        type: 'unsupported',
        feature: 'language',
        details: `MiniMax has no language boost for ${JSON.stringify(settings.language)}: it was not sent (MiniMax detects the language).`,
      });
    }
  }

  const model = getMiniMaxSpeechModelInfo(modelId);
  if (options.emotion !== undefined && model && !model.emotions.includes(options.emotion)) {
    warnings.push({
      type: 'other',
      message: `MiniMax documents emotion "${options.emotion}" for other models than ${model.id} (${model.id} has ${model.emotions.join(', ')}); it was sent anyway.`,
    });
  }

  let sampleRate = options.sampleRate ?? settings.sampleRate;
  if (options.sampleRate !== undefined && settings.sampleRate !== undefined && options.sampleRate !== settings.sampleRate) {
    warnings.push({
      type: 'other',
      message: `providerOptions.minimax.sampleRate (${options.sampleRate}) wins over the output format's rate (${settings.sampleRate}).`,
    });
  }
  if (sampleRate !== undefined && !(SAMPLE_RATES as readonly number[]).includes(sampleRate)) {
    const nearest = nearestSampleRate(sampleRate);
    warnings.push({
      type: 'unsupported',
      feature: 'outputFormat',
      details: `MiniMax has no sample rate ${sampleRate} Hz (it has ${SAMPLE_RATES.join(', ')}): ${nearest} Hz is used.`,
    });
    sampleRate = nearest;
  }

  const audioSetting: MiniMaxSpeechRequestBody['audio_setting'] = {
    format,
    sample_rate: sampleRate ?? DEFAULT_MINIMAX_SAMPLE_RATE,
  };
  if (options.bitrate !== undefined) {
    if (format === 'mp3') audioSetting.bitrate = options.bitrate;
    else warnings.push({ type: 'other', message: `providerOptions.minimax.bitrate applies to mp3 only; it was not sent for ${format}.` });
  }
  if (options.channel !== undefined) audioSetting.channel = options.channel;
  if (options.forceCbr !== undefined) {
    if (format === 'mp3' && mode.stream) audioSetting.force_cbr = options.forceCbr;
    else warnings.push({ type: 'other', message: 'providerOptions.minimax.forceCbr applies to streamed mp3 only; it was not sent.' });
  }

  // A timbre mix replaces the voice: the default voice is then not added.
  const voiceId = settings.voice ?? (options.timbreWeights ? undefined : DEFAULT_MINIMAX_VOICE);
  const voiceSetting: MiniMaxSpeechRequestBody['voice_setting'] = {
    ...(voiceId !== undefined ? { voice_id: voiceId } : {}),
    ...(speed !== undefined ? { speed } : {}),
    ...(options.volume !== undefined ? { vol: options.volume } : {}),
    ...(options.pitch !== undefined ? { pitch: options.pitch } : {}),
    ...(options.emotion !== undefined ? { emotion: options.emotion } : {}),
    ...(options.textNormalization !== undefined ? { text_normalization: options.textNormalization } : {}),
    ...(options.latexRead !== undefined ? { latex_read: options.latexRead } : {}),
  };

  const modify = options.voiceModify;
  const body: MiniMaxSpeechTemplate['body'] = {
    model: modelId,
    stream: mode.stream,
    ...(mode.stream ? { stream_options: { exclude_aggregated_audio: true } } : { output_format: 'hex' as const }),
    ...(languageBoost !== undefined ? { language_boost: languageBoost } : {}),
    voice_setting: voiceSetting,
    audio_setting: audioSetting,
    ...(options.pronunciationDictionary ? { pronunciation_dict: { tone: options.pronunciationDictionary.tone } } : {}),
    ...(options.timbreWeights
      ? { timbre_weights: options.timbreWeights.map((w) => ({ voice_id: w.voiceId, weight: w.weight })) }
      : {}),
    ...(modify
      ? {
          voice_modify: {
            ...(modify.pitch !== undefined ? { pitch: modify.pitch } : {}),
            ...(modify.intensity !== undefined ? { intensity: modify.intensity } : {}),
            ...(modify.timbre !== undefined ? { timbre: modify.timbre } : {}),
            ...(modify.soundEffects !== undefined ? { sound_effects: modify.soundEffects } : {}),
          },
        }
      : {}),
    ...(options.subtitles !== undefined || options.subtitleType !== undefined
      ? { subtitle_enable: options.subtitles ?? true }
      : {}),
    ...(options.subtitleType !== undefined ? { subtitle_type: options.subtitleType } : {}),
  };
  const mediaType = mediaTypeOfMiniMaxFormat(format);
  const headerless = format === 'pcm' || format === 'pcmu_raw';
  return { body, warnings, mediaType, audioFormat: headerless ? { type: mediaType, rate: audioSetting.sample_rate } : { type: mediaType } };
}
