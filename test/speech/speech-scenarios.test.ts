/**
 * Speech through the real `ai` majors (ai@4/5/6 `experimental_generateSpeech`, ai@7 `generateSpeech`) against the
 * emulator: the wire body MiniMax receives, and what `ai` returns (audio bytes, media type, warnings, metadata,
 * cost, errors).
 */
import { APICallError, InvalidArgumentError, InvalidResponseDataError } from '@ai-sdk/provider';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getMiniMaxCost } from '../../src/index';
import { createMiniMaxEmulator, generateSpeechAudio, type MiniMaxEmulator } from '../../src/testing';
import { SPEECH_DRIVERS } from './speech-drivers';

const API_KEY = 'sk-speech-scenario-key-0123456789';
let emulator: MiniMaxEmulator;

const globals = globalThis as { AI_SDK_LOG_WARNINGS?: unknown };
beforeAll(async () => {
  emulator = await createMiniMaxEmulator({ apiKey: API_KEY });
  globals.AI_SDK_LOG_WARNINGS = false; // warnings are asserted on the results, not printed
});
afterAll(async () => {
  delete globals.AI_SDK_LOG_WARNINGS;
  await emulator.close();
});
beforeEach(() => emulator.reset());

const settings = () => ({ apiKey: API_KEY, baseURL: emulator.baseURL });
const speechRequests = () => emulator.requests.filter((r) => r.path === '/v1/t2a_v2');

/** The audio the emulator generates for `text` (its default answer). */
function expectedAudio(text: string, format: 'mp3' | 'wav' | 'pcm' | 'flac' = 'mp3', sampleRate = 32000) {
  return generateSpeechAudio(text, { format, sampleRate, channels: 1, bitrate: 128000 }).bytes;
}

/** Every error the SDK may wrap (ai@4/5 retry errors keep the last one). */
function rootError(error: unknown): any {
  const e = error as { lastError?: unknown; errors?: unknown[] };
  return e?.lastError ?? error;
}

/** Serialises everything an error exposes, to search it for secrets. */
function exposed(error: unknown): string {
  const e = error as Record<string, unknown>;
  return JSON.stringify({ message: e?.message, ...e, cause: String(e?.cause ?? ''), stack: e?.stack });
}

describe.each(SPEECH_DRIVERS)('$name (SpeechModel$spec)', (driver) => {
  it('is the spec its ai major accepts, without any compatibility warning', async () => {
    const model = driver.model(settings(), 'speech-2.8-hd');
    expect(model.specificationVersion).toBe(driver.spec);
    expect(model.provider).toBe('minimax.speech');
    expect(model.modelId).toBe('speech-2.8-hd');
    const logged: Array<{ type: string }> = [];
    const previous = globals.AI_SDK_LOG_WARNINGS;
    globals.AI_SDK_LOG_WARNINGS = (arg: unknown) =>
      void logged.push(...((Array.isArray(arg) ? arg : (arg as { warnings: typeof logged }).warnings) as typeof logged));
    try {
      await driver.generate(settings(), { text: 'Hi.', instructions: 'Whisper it' });
    } finally {
      globals.AI_SDK_LOG_WARNINGS = previous;
    }
    expect(logged.filter((w) => w.type === 'compatibility')).toEqual([]);
    // The hook works: the instructions warning is logged on every major that logs warnings.
    if (driver.spec !== 'v1') expect(logged.length).toBeGreaterThan(0);
  });

  it('speaks the text: the wire body, the decoded MP3 bytes, the media type, the metadata and the USD cost', async () => {
    const text = 'Hello from MiniMax!';
    const result = await driver.generate(settings(), {
      text,
      voice: 'English_Graceful_Lady',
      providerOptions: { minimax: { emotion: 'happy', languageBoost: 'English' } },
    });

    const [request] = speechRequests();
    expect(request.method).toBe('POST');
    expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
    expect(request.body).toEqual({
      model: 'speech-2.8-hd',
      text,
      stream: false,
      output_format: 'hex',
      language_boost: 'English',
      voice_setting: { voice_id: 'English_Graceful_Lady', emotion: 'happy' },
      audio_setting: { format: 'mp3', sample_rate: 32000 },
    });

    expect(result.audio).toEqual(expectedAudio(text));
    expect([...result.audio.subarray(0, 2)]).toEqual([0xff, 0xfb]); // an MPEG-1 Layer III frame
    expect(result.mediaType).toBe('audio/mpeg');
    expect(result.format).toBe('mp3');
    expect(result.warnings).toEqual([]);

    const minimax = result.providerMetadata.minimax;
    expect(minimax).toMatchObject({
      usageCharacters: 19,
      audioSize: result.audio.length,
      audioSampleRate: 32000,
      audioFormat: 'mp3',
      mediaType: 'audio/mpeg',
      bitrate: 128000,
    });
    expect(minimax.audioLength).toBeGreaterThan(0);
    expect(minimax.traceId).toMatch(/^[0-9a-f]{32}$/);
    // 19 characters at $100 per million (every *-hd model).
    expect(getMiniMaxCost(result.providerMetadata)).toEqual({
      input: 0.0019,
      cacheRead: 0,
      cacheWrite: 0,
      output: 0,
      total: 0.0019,
      currency: 'USD',
      characters: 19,
      pricePerMillionCharacters: 100,
    });
    // The response body is kept for debugging, without the megabytes of hex.
    const [response] = result.responses;
    expect(response.modelId).toBe('speech-2.8-hd');
    expect((response.body as { data: { audio: string } }).data.audio).toMatch(/^<\d+ hex characters, decoded into the audio>$/);
  });

  it('uses a default voice, prices turbo at $60 per million and leaves speech-01 unpriced', async () => {
    const turbo = await driver.generate(settings(), { modelId: 'speech-02-turbo', text: 'Ten chars!' });
    expect(speechRequests()[0].body.voice_setting).toEqual({ voice_id: 'English_Graceful_Lady' });
    expect(getMiniMaxCost(turbo.providerMetadata)?.total).toBe(0.0006);
    const legacy = await driver.generate(settings(), { modelId: 'speech-01-hd', text: 'Ten chars!' });
    expect(legacy.providerMetadata.minimax.usageCharacters).toBe(10);
    expect(getMiniMaxCost(legacy.providerMetadata)).toBeUndefined();
  });

  it('maps every provider option to its MiniMax field', async () => {
    await driver.generate(settings(), {
      text: 'Omg, the real danger is not that computers will begin to think like people.',
      voice: 'English_expressive_narrator',
      speed: 1.25,
      providerOptions: {
        minimax: {
          emotion: 'calm',
          volume: 2,
          pitch: -3,
          sampleRate: 44100,
          bitrate: 256000,
          channel: 2,
          pronunciationDictionary: { tone: ['Omg/Oh my god'] },
          voiceModify: { pitch: 10, intensity: -20, timbre: 30, soundEffects: 'spacious_echo' },
          languageBoost: 'auto',
          subtitles: true,
          subtitleType: 'sentence',
          textNormalization: true,
          latexRead: false,
        },
      },
    });
    expect(speechRequests()[0].body).toEqual({
      model: 'speech-2.8-hd',
      text: 'Omg, the real danger is not that computers will begin to think like people.',
      stream: false,
      output_format: 'hex',
      language_boost: 'auto',
      voice_setting: {
        voice_id: 'English_expressive_narrator',
        speed: 1.25,
        vol: 2,
        pitch: -3,
        emotion: 'calm',
        text_normalization: true,
        latex_read: false,
      },
      audio_setting: { format: 'mp3', sample_rate: 44100, bitrate: 256000, channel: 2 },
      pronunciation_dict: { tone: ['Omg/Oh my god'] },
      voice_modify: { pitch: 10, intensity: -20, timbre: 30, sound_effects: 'spacious_echo' },
      subtitle_enable: true,
      subtitle_type: 'sentence',
    });
  });

  it('returns the subtitle file URL MiniMax links to, and the file is there', async () => {
    const result = await driver.generate(settings(), { text: 'First line. Second line.', providerOptions: { minimax: { subtitles: true } } });
    const url = result.providerMetadata.minimax.subtitleFile as string;
    expect(url).toMatch(/\/emulator\/subtitles\/[0-9a-f]{32}\.json$/);
    const cues = await (await fetch(url)).json();
    expect(cues.map((c: { text: string }) => c.text)).toEqual(['First line.', 'Second line.']);
  });

  it('returns WAV for outputFormat wav (a RIFF file the SDK recognises)', async () => {
    const result = await driver.generate(settings(), { text: 'Wave goodbye.', outputFormat: 'wav' });
    expect(speechRequests()[0].body.audio_setting).toEqual({ format: 'wav', sample_rate: 32000 });
    expect(result.audio).toEqual(expectedAudio('Wave goodbye.', 'wav'));
    expect(new TextDecoder().decode(result.audio.subarray(0, 4))).toBe('RIFF');
    expect(result.mediaType).toBe('audio/wav');
    expect(result.providerMetadata.minimax.mediaType).toBe('audio/wav');
  });

  it('returns raw PCM for outputFormat pcm; providerMetadata names its media type', async () => {
    const result = await driver.generate(settings(), { text: 'Raw samples.', outputFormat: 'pcm', providerOptions: { minimax: { sampleRate: 16000 } } });
    expect(result.audio).toEqual(expectedAudio('Raw samples.', 'pcm', 16000));
    expect(result.providerMetadata.minimax).toMatchObject({ mediaType: 'audio/pcm', audioSampleRate: 16000 });
    // ai@7 takes the media type from the outputFormat when the bytes have no signature; older majors fall back to mp3.
    expect(result.mediaType).toBe(driver.spec === 'v4' ? 'audio/pcm' : 'audio/mp3');
  });

  it('warns in its spec’s shape for what MiniMax cannot do, and still speaks', async () => {
    const result = await driver.generate(settings(), {
      text: 'Careful now.',
      outputFormat: 'aac',
      instructions: 'Speak slowly',
      speed: 3,
    });
    expect(speechRequests()[0].body.audio_setting.format).toBe('mp3');
    expect(speechRequests()[0].body.voice_setting.speed).toBe(2);
    const named = result.warnings.map((w) => w.setting ?? w.feature);
    expect(named).toEqual(['outputFormat', 'speed', 'instructions']);
    const shape = driver.spec === 'v1' || driver.spec === 'v2' ? 'unsupported-setting' : 'unsupported';
    expect(result.warnings.every((w) => w.type === shape)).toBe(true);
    expect(result.audio.length).toBeGreaterThan(0);
  });

  it('sends the language as language_boost (ISO code → MiniMax name), and warns for one MiniMax lacks', async () => {
    await driver.generate(settings(), { text: 'Olá, tudo bem?', language: 'pt-BR' });
    if (!driver.hasLanguage) {
      // ai@4 has no language setting: it never reaches the model.
      expect(speechRequests()[0].body.language_boost).toBeUndefined();
      return;
    }
    expect(speechRequests()[0].body.language_boost).toBe('Portuguese');
    const result = await driver.generate(settings(), { text: 'Hello.', language: 'tlh' });
    expect(speechRequests()[1].body.language_boost).toBeUndefined();
    expect(result.warnings).toEqual([expect.objectContaining({ details: expect.stringContaining('"tlh"') })]);
  });

  it('rejects invalid provider options with InvalidArgumentError naming the field, before any request', async () => {
    const error = await driver
      .generate(settings(), { text: 'Hi.', providerOptions: { minimax: { voiceModify: { pitch: 101 } } } })
      .catch((e: unknown) => e);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as InvalidArgumentError).argument).toBe('providerOptions.minimax.voiceModify.pitch');
    const unknown = await driver.generate(settings(), { text: 'Hi.', providerOptions: { minimax: { emotions: 'happy' } } }).catch((e: unknown) => e);
    expect((unknown as InvalidArgumentError).argument).toBe('providerOptions.minimax.emotions');
    expect(speechRequests()).toHaveLength(0);
  });

  it('refuses text over MiniMax’s 10,000-character limit before any request', async () => {
    const error = await driver.generate(settings(), { text: 'a'.repeat(10_001) }).catch((e: unknown) => e);
    expect(InvalidArgumentError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('10,001 characters');
    expect((error as Error).message).toContain('10,000');
    expect(speechRequests()).toHaveLength(0);
    // 10,000 characters outside the BMP are 20,000 UTF-16 units, and still within the limit (short audio is scripted).
    emulator.speech.enqueue({ type: 'speech', text: 'Smile.' });
    await driver.generate(settings(), { text: '😀'.repeat(10_000) });
    expect(speechRequests()).toHaveLength(1);
  });

  it('turns a base_resp error in HTTP 200 into a non-retryable APICallError (insufficient balance), sent once', async () => {
    emulator.speech.enqueue({ type: 'base-resp', code: 1008, message: 'insufficient balance' });
    const error = rootError(await driver.generate(settings(), { text: 'Hi.', maxRetries: 2 }).catch((e: unknown) => e));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toBe('MiniMax API error: insufficient balance (1008)');
    expect(error.isRetryable).toBe(false);
    expect(error.statusCode).toBe(200);
    expect(speechRequests()).toHaveLength(1);
  });

  it('retries a rate limit (1002) through the SDK’s maxRetries, then succeeds', async () => {
    emulator.speech.enqueue({ type: 'base-resp', code: 1002, message: 'rate limit exceeded(RPM)' });
    // The SDK waits 2 s before its first retry: that back-off timer (and only it) is made immediate.
    const realSetTimeout = globalThis.setTimeout;
    const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number, ...rest: unknown[]) =>
      realSetTimeout(fn, ms === 2000 ? 0 : ms, ...rest)) as typeof setTimeout);
    const result = await driver.generate(settings(), { text: 'Again.', maxRetries: 1 }).finally(() => spy.mockRestore());
    expect(speechRequests()).toHaveLength(2);
    expect(result.audio).toEqual(expectedAudio('Again.'));
  });

  it('fails on audio that is not valid hex (odd length, non-hex characters) with InvalidResponseDataError, never garbage', async () => {
    emulator.speech.enqueue({ type: 'speech', hex: 'fffb9' });
    const odd = await driver.generate(settings(), { text: 'Odd.' }).catch((e: unknown) => e);
    expect(InvalidResponseDataError.isInstance(odd)).toBe(true);
    expect((odd as Error).message).toContain('odd length (5 characters)');
    emulator.speech.enqueue({ type: 'speech', hex: 'fffb90zz' });
    const bad = await driver.generate(settings(), { text: 'Bad.' }).catch((e: unknown) => e);
    expect(InvalidResponseDataError.isInstance(bad)).toBe(true);
    expect((bad as Error).message).toContain('position 6');
  });

  it('fails a wrong API key with the 401 APICallError, and the key appears in no error', async () => {
    const error = rootError(await driver.generate({ ...settings(), apiKey: 'sk-wrong-key-do-not-leak' }, { text: 'Hi.' }).catch((e: unknown) => e));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.statusCode).toBe(401);
    expect(error.isRetryable).toBe(false);
    expect(exposed(error)).not.toContain('sk-wrong-key-do-not-leak');
    emulator.speech.enqueue({ type: 'base-resp', code: 2049, message: 'invalid api key' });
    const invalid = rootError(await driver.generate(settings(), { text: 'Hi.' }).catch((e: unknown) => e));
    expect(exposed(invalid)).not.toContain(API_KEY);
  });

  it('reports MiniMax’s own validation (2013) as a non-retryable APICallError', async () => {
    const error = rootError(await driver.generate(settings(), { modelId: 'tts-1', text: 'Hi.', maxRetries: 2 }).catch((e: unknown) => e));
    expect(APICallError.isInstance(error)).toBe(true);
    expect(error.message).toContain('is not a speech model');
    expect(error.isRetryable).toBe(false);
    expect(speechRequests()).toHaveLength(1);
  });
});
