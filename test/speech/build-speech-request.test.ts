import { InvalidArgumentError } from '@ai-sdk/provider';
import { describe, expect, it } from 'vitest';
import {
  buildMiniMaxSpeechTemplate,
  DEFAULT_MINIMAX_VOICE,
  speechRequestBody,
  type MiniMaxSpeechSettings,
} from '../../src/core/speech/build-minimax-speech-request';
import { toMiniMaxLanguageBoost } from '../../src/core/speech/minimax-speech-language';
import { parseMiniMaxSpeechOptions, type MiniMaxSpeechOptions } from '../../src/core/speech/minimax-speech-options';

const template = (settings: MiniMaxSpeechSettings = {}, options: MiniMaxSpeechOptions = {}, stream = false, model = 'speech-2.8-hd') =>
  buildMiniMaxSpeechTemplate(model, settings, options, { stream });

describe('the t2a_v2 request', () => {
  it('has MiniMax’s defaults made explicit: a default voice, mp3 at 32 kHz, hex output', () => {
    const t = template();
    expect(speechRequestBody(t, 'Hi.')).toEqual({
      model: 'speech-2.8-hd',
      text: 'Hi.',
      stream: false,
      output_format: 'hex',
      voice_setting: { voice_id: DEFAULT_MINIMAX_VOICE },
      audio_setting: { format: 'mp3', sample_rate: 32000 },
    });
    expect(t).toMatchObject({ mediaType: 'audio/mpeg', audioFormat: { type: 'audio/mpeg' }, warnings: [] });
  });

  it('asks streams to leave the audio out of the final chunk', () => {
    const body = speechRequestBody(template({}, {}, true), 'Hi.');
    expect(body.stream).toBe(true);
    expect(body.stream_options).toEqual({ exclude_aggregated_audio: true });
    expect(body.output_format).toBeUndefined();
  });

  it.each([
    ['mp3', 'mp3', 'audio/mpeg'],
    ['MP3', 'mp3', 'audio/mpeg'],
    ['audio/mpeg', 'mp3', 'audio/mpeg'],
    ['wav', 'wav', 'audio/wav'],
    ['audio/wav; codecs=1', 'wav', 'audio/wav'],
    ['flac', 'flac', 'audio/flac'],
    ['pcm', 'pcm', 'audio/pcm'],
    ['audio/L16', 'pcm', 'audio/pcm'],
    ['opus', 'opus', 'audio/ogg'],
    ['mulaw', 'pcmu_raw', 'audio/pcmu'],
    ['pcmu_wav', 'pcmu_wav', 'audio/wav'],
  ])('maps outputFormat %s to %s (%s)', (outputFormat, format, mediaType) => {
    const t = template({ outputFormat });
    expect(t.body.audio_setting.format).toBe(format);
    expect(t.mediaType).toBe(mediaType);
    expect(t.warnings).toEqual([]);
  });

  it('falls back to mp3 with a warning for a format MiniMax lacks, or one a stream cannot join', () => {
    expect(template({ outputFormat: 'aac' }).warnings).toEqual([
      { type: 'unsupported', feature: 'outputFormat', details: expect.stringContaining('no output format "aac"') },
    ]);
    for (const outputFormat of ['wav', 'flac', 'opus', 'pcmu_wav']) {
      const t = template({ outputFormat }, {}, true);
      expect(t.body.audio_setting.format).toBe('mp3');
      expect(t.warnings[0]).toMatchObject({ feature: 'outputFormat', details: expect.stringContaining('cannot be streamed') });
    }
    expect(template({ outputFormat: 'pcm', sampleRate: 24000 }, {}, true).audioFormat).toEqual({ type: 'audio/pcm', rate: 24000 });
  });

  it('picks the nearest sample rate MiniMax has, with a warning; the provider option wins over the format’s rate', () => {
    const near = template({ outputFormat: 'pcm', sampleRate: 48000 }, {}, true);
    expect(near.body.audio_setting.sample_rate).toBe(44100);
    expect(near.warnings[0]).toMatchObject({ feature: 'outputFormat', details: expect.stringContaining('no sample rate 48000 Hz') });
    const both = template({ outputFormat: 'pcm', sampleRate: 24000 }, { sampleRate: 16000 }, true);
    expect(both.body.audio_setting.sample_rate).toBe(16000);
    expect(both.warnings).toEqual([{ type: 'other', message: expect.stringContaining('wins over') }]);
  });

  it('clamps speed into 0.5–2 with a warning, and warns that instructions are not sent', () => {
    const t = template({ speed: 0.1, instructions: 'Be dramatic' });
    expect(t.body.voice_setting.speed).toBe(0.5);
    expect(t.warnings.map((w) => (w.type === 'unsupported' ? w.feature : w.message))).toEqual(['speed', 'instructions']);
    expect(template({ speed: 1.5 }).warnings).toEqual([]);
  });

  it('sends bitrate for mp3 only and force_cbr for streamed mp3 only, warning otherwise', () => {
    expect(template({}, { bitrate: 64000 }).body.audio_setting.bitrate).toBe(64000);
    const wav = template({ outputFormat: 'wav' }, { bitrate: 64000, forceCbr: true });
    expect(wav.body.audio_setting).toEqual({ format: 'wav', sample_rate: 32000 });
    expect(wav.warnings).toHaveLength(2);
    expect(template({}, { forceCbr: true }, true).body.audio_setting.force_cbr).toBe(true);
  });

  it('warns for an emotion MiniMax documents for other models, and sends it anyway', () => {
    const t = template({}, { emotion: 'whisper' }, false, 'speech-2.8-hd');
    expect(t.body.voice_setting.emotion).toBe('whisper');
    expect(t.warnings).toEqual([{ type: 'other', message: expect.stringContaining('emotion "whisper"') }]);
    expect(template({}, { emotion: 'whisper' }, false, 'speech-2.6-turbo').warnings).toEqual([]);
    expect(template({}, { emotion: 'whisper' }, false, 'my-custom-model').warnings).toEqual([]);
  });

  it('mixes voices with timbre weights and then adds no default voice', () => {
    const body = speechRequestBody(template({}, { timbreWeights: [{ voiceId: 'Calm_Woman', weight: 60 }, { voiceId: 'Deep_Voice_Man', weight: 40 }] }), 'Hi.');
    expect(body.voice_setting).toEqual({});
    expect(body.timbre_weights).toEqual([
      { voice_id: 'Calm_Woman', weight: 60 },
      { voice_id: 'Deep_Voice_Man', weight: 40 },
    ]);
  });

  it('turns subtitles on when only a subtitle type is given', () => {
    expect(template({}, { subtitleType: 'word' }).body).toMatchObject({ subtitle_enable: true, subtitle_type: 'word' });
    expect(template({}, { subtitles: false }).body).toMatchObject({ subtitle_enable: false });
  });

  it('refuses empty text and text over 10,000 characters (counted as MiniMax counts: code points)', () => {
    const t = template();
    for (const text of ['', '   \n']) expect(() => speechRequestBody(t, text)).toThrow(InvalidArgumentError);
    expect(() => speechRequestBody(t, 'x'.repeat(10_000))).not.toThrow();
    expect(() => speechRequestBody(t, '😀'.repeat(10_000))).not.toThrow();
    expect(() => speechRequestBody(t, `${'😀'.repeat(9_999)}ab`)).toThrow(/10,001 characters/);
  });
});

describe('language → language_boost', () => {
  it.each([
    ['en', 'English'],
    ['en-US', 'English'],
    ['pt_BR', 'Portuguese'],
    ['zh', 'Chinese'],
    ['zh-CN', 'Chinese'],
    ['zh-HK', 'Chinese,Yue'],
    ['yue', 'Chinese,Yue'],
    ['fil', 'Filipino'],
    ['nb', 'Norwegian'],
    ['nn', 'Nynorsk'],
    ['auto', 'auto'],
    ['japanese', 'Japanese'],
    ['Chinese,Yue', 'Chinese,Yue'],
  ])('%s → %s', (language, boost) => {
    expect(toMiniMaxLanguageBoost(language)).toBe(boost);
  });

  it('has none for a language MiniMax lacks', () => {
    expect(toMiniMaxLanguageBoost('tlh')).toBeUndefined();
    expect(toMiniMaxLanguageBoost('')).toBeUndefined();
  });

  it('lets providerOptions.minimax.languageBoost win over language', () => {
    expect(template({ language: 'en' }, { languageBoost: 'French' }).body.language_boost).toBe('French');
  });
});

describe('providerOptions.minimax of speech', () => {
  it.each([
    [{ emotion: 'ecstatic' }, 'providerOptions.minimax.emotion'],
    [{ volume: 0 }, 'providerOptions.minimax.volume'],
    [{ volume: 10.5 }, 'providerOptions.minimax.volume'],
    [{ pitch: 1.5 }, 'providerOptions.minimax.pitch'],
    [{ pitch: -13 }, 'providerOptions.minimax.pitch'],
    [{ sampleRate: 48000 }, 'providerOptions.minimax.sampleRate'],
    [{ bitrate: 100 }, 'providerOptions.minimax.bitrate'],
    [{ channel: 3 }, 'providerOptions.minimax.channel'],
    [{ forceCbr: 'yes' }, 'providerOptions.minimax.forceCbr'],
    [{ pronunciationDictionary: { tone: ['no slash'] } }, 'providerOptions.minimax.pronunciationDictionary.tone.0'],
    [{ voiceModify: { timbre: -101 } }, 'providerOptions.minimax.voiceModify.timbre'],
    [{ voiceModify: { soundEffects: 'reverb' } }, 'providerOptions.minimax.voiceModify.soundEffects'],
    [{ voiceModify: { echo: true } }, 'providerOptions.minimax.voiceModify.echo'],
    [{ languageBoost: 'Klingon' }, 'providerOptions.minimax.languageBoost'],
    [{ subtitleType: 'line' }, 'providerOptions.minimax.subtitleType'],
    [{ timbreWeights: [] }, 'providerOptions.minimax.timbreWeights'],
    [{ timbreWeights: [{ voiceId: 'a', weight: 0 }] }, 'providerOptions.minimax.timbreWeights.0.weight'],
    [{ maxSegmentCharacters: 10_001 }, 'providerOptions.minimax.maxSegmentCharacters'],
    [{ maxConcurrentRequests: 5 }, 'providerOptions.minimax.maxConcurrentRequests'],
    [{ voiceId: 'x' }, 'providerOptions.minimax.voiceId'],
  ])('refuses %j, naming %s', (options, argument) => {
    let error: unknown;
    try {
      parseMiniMaxSpeechOptions({ minimax: options });
    } catch (e) {
      error = e;
    }
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as InvalidArgumentError).argument).toBe(argument);
    expect((error as Error).message).toContain(argument);
  });

  it('accepts no options, and options of other providers', () => {
    expect(parseMiniMaxSpeechOptions(undefined)).toEqual({});
    expect(parseMiniMaxSpeechOptions({ openai: { voice: 'alloy' } })).toEqual({});
  });
});
