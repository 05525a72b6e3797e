/**
 * The emulator's t2a_v2 endpoint on its own (plain `fetch`): the JSON and SSE wire shapes, real audio in every
 * format (checked structurally here; the browser test plays it), MiniMax's validation, scripting and recording.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMiniMaxEmulator, generateSpeechAudio, type MiniMaxEmulator } from '../../src/testing';

const KEY = 'sk-emulator-speech';
let emulator: MiniMaxEmulator;
beforeAll(async () => {
  emulator = await createMiniMaxEmulator({ apiKey: KEY, speechMsPerCharacter: 30 });
});
afterAll(async () => {
  await emulator.close();
});
beforeEach(() => emulator.reset());

const BODY = {
  model: 'speech-2.8-hd',
  text: 'Hello from the emulator.',
  voice_setting: { voice_id: 'English_Graceful_Lady' },
  audio_setting: { format: 'mp3', sample_rate: 32000 },
};

function post(body: unknown, init: { key?: string; raw?: string; method?: string } = {}) {
  return fetch(`${emulator.url}/v1/t2a_v2`, {
    method: init.method ?? 'POST',
    headers: { authorization: `Bearer ${init.key ?? KEY}`, 'content-type': 'application/json' },
    body: init.method === 'GET' ? undefined : (init.raw ?? JSON.stringify(body)),
  });
}

async function sseChunks(response: Response): Promise<any[]> {
  const text = await response.text();
  return text
    .split('\n\n')
    .filter((e) => e.startsWith('data: '))
    .map((e) => JSON.parse(e.slice(6)));
}

const fromHex = (hex: string) => new Uint8Array(Buffer.from(hex, 'hex'));

describe('t2a_v2 JSON answers', () => {
  it('carry the whole audio as hex, extra_info, a trace id and base_resp success', async () => {
    const body = await (await post(BODY)).json();
    const audio = generateSpeechAudio(BODY.text, { format: 'mp3', sampleRate: 32000, channels: 1, bitrate: 128000, msPerCharacter: 30 });
    expect(fromHex(body.data.audio)).toEqual(audio.bytes);
    expect(body).toMatchObject({
      data: { status: 2 },
      extra_info: {
        audio_length: audio.durationMs,
        audio_sample_rate: 32000,
        audio_size: audio.bytes.length,
        bitrate: 128000,
        word_count: 4,
        invisible_character_ratio: 0,
        usage_characters: 24,
        audio_format: 'mp3',
        audio_channel: 1,
      },
      base_resp: { status_code: 0, status_msg: 'success' },
    });
    expect(body.trace_id).toMatch(/^[0-9a-f]{32}$/);
    expect(emulator.requests.map((r) => [r.method, r.path, r.body.model])).toEqual([['POST', '/v1/t2a_v2', 'speech-2.8-hd']]);
  });
});

describe('t2a_v2 streams', () => {
  it('send hex slices, then a final chunk that repeats the whole audio unless the request excludes it', async () => {
    for (const exclude of [false, true]) {
      const response = await post({ ...BODY, stream: true, ...(exclude ? { stream_options: { exclude_aggregated_audio: true } } : {}) });
      expect(response.headers.get('content-type')).toBe('text/event-stream');
      const chunks = await sseChunks(response);
      const slices = chunks.slice(0, -1);
      const final = chunks[chunks.length - 1];
      expect(slices.length).toBeGreaterThan(1);
      for (const slice of slices) {
        expect(slice.data.status).toBe(1);
        expect(slice.extra_info).toBeUndefined();
        expect(slice.base_resp.status_code).toBe(0);
      }
      const whole = slices.map((s) => s.data.audio).join('');
      expect(final.data.status).toBe(2);
      expect(final.extra_info.audio_size).toBe(whole.length / 2);
      expect(final.data.audio).toBe(exclude ? '' : whole);
      expect(final.trace_id).toBe(slices[0].trace_id);
    }
  });
});

describe('generated audio', () => {
  const opts = { sampleRate: 32000, channels: 1, bitrate: 128000, msPerCharacter: 30 } as const;

  it('MP3: back-to-back MPEG Layer III frames of one size, as many as the duration needs, at any MiniMax rate', () => {
    for (const [sampleRate, first, samplesPerFrame, bytesPerFrame] of [
      [32000, 0xfb, 1152, 576],
      [44100, 0xfb, 1152, 417],
      [24000, 0xf3, 576, 384],
      [16000, 0xf3, 576, 576],
      [8000, 0xe3, 576, 1152],
    ] as const) {
      const audio = generateSpeechAudio('A tone, then a pause. And more.', { ...opts, format: 'mp3', sampleRate });
      expect(audio.bytes.length % bytesPerFrame).toBe(0);
      const frames = audio.bytes.length / bytesPerFrame;
      for (let f = 0; f < frames; f++) {
        expect(audio.bytes[f * bytesPerFrame]).toBe(0xff);
        expect(audio.bytes[f * bytesPerFrame + 1]).toBe(first);
      }
      expect(audio.durationMs).toBe(Math.round((frames * samplesPerFrame * 1000) / sampleRate));
    }
  });

  it('MP3: frames hold a tone while a word sounds and nothing in the pauses', () => {
    const audio = generateSpeechAudio('Word. Word.', { ...opts, format: 'mp3' });
    // MPEG-1 mono side information starts after the 4-byte header: main_data_begin (9 bits), private bits (5),
    // scfsi (4), then the first granule's part2_3_length (12 bits): the size of its spectrum, 0 for silence.
    const lengths = Array.from({ length: audio.bytes.length / 576 }, (_, f) => {
      const side = audio.bytes.subarray(f * 576 + 4);
      return ((side[2] & 0x3f) << 6) | (side[3] >> 2);
    });
    expect(lengths.some((l) => l > 0)).toBe(true);
    expect(lengths.some((l) => l === 0)).toBe(true);
  });

  it('WAV: a RIFF header that matches the samples', () => {
    const audio = generateSpeechAudio('Two channels.', { ...opts, format: 'wav', sampleRate: 44100, channels: 2 });
    const view = new DataView(audio.bytes.buffer);
    expect(new TextDecoder().decode(audio.bytes.subarray(0, 4))).toBe('RIFF');
    expect(new TextDecoder().decode(audio.bytes.subarray(8, 16))).toBe('WAVEfmt ');
    expect(view.getUint16(20, true)).toBe(1); // PCM
    expect(view.getUint16(22, true)).toBe(2);
    expect(view.getUint32(24, true)).toBe(44100);
    expect(view.getUint16(34, true)).toBe(16);
    expect(view.getUint32(40, true)).toBe(audio.bytes.length - 44);
    expect(Math.round(((audio.bytes.length - 44) / 4 / 44100) * 1000)).toBe(audio.durationMs);
  });

  it('PCM: 16-bit samples of the duration, with sound in them; μ-law: one byte a sample', () => {
    const pcm = generateSpeechAudio('Sound.', { ...opts, format: 'pcm', sampleRate: 16000 });
    expect(Math.round((pcm.bytes.length / 2 / 16000) * 1000)).toBe(pcm.durationMs);
    const samples = new Int16Array(pcm.bytes.buffer, 0, pcm.bytes.length / 2);
    expect(Math.max(...samples)).toBeGreaterThan(5000);
    const ulaw = generateSpeechAudio('Sound.', { ...opts, format: 'pcmu_raw', sampleRate: 16000 });
    expect(ulaw.bytes.length).toBe(samples.length);
  });

  it('FLAC: the fLaC marker, a STREAMINFO block with the sample count, and frames with valid CRCs', () => {
    const audio = generateSpeechAudio('Lossless.', { ...opts, format: 'flac', sampleRate: 22050 });
    const b = audio.bytes;
    expect(new TextDecoder().decode(b.subarray(0, 4))).toBe('fLaC');
    expect(b[4]).toBe(0x80); // last metadata block, STREAMINFO
    const sampleRate = (b[18] << 12) | (b[19] << 4) | (b[20] >> 4);
    expect(sampleRate).toBe(22050);
    const totalSamples = (b[21] & 0x0f) * 2 ** 32 + ((b[22] << 24) >>> 0) + (b[23] << 16) + (b[24] << 8) + b[25];
    expect(Math.round((totalSamples / 22050) * 1000)).toBe(audio.durationMs);
    // Each frame: sync 0xFFF8, and a CRC-16 over the whole frame that comes out 0 when the CRC is included.
    let offset = 42;
    let frames = 0;
    while (offset < b.length) {
      expect((b[offset] << 8) | b[offset + 1]).toBe(0xfff8);
      const next = b.indexOf(0xff, offset + 2);
      let end = b.length;
      for (let i = next; i !== -1 && i < b.length - 1; i = b.indexOf(0xff, i + 1)) {
        if (b[i + 1] === 0xf8 && crc16(b.subarray(offset, i)) === 0) {
          end = i;
          break;
        }
      }
      expect(crc16(b.subarray(offset, end))).toBe(0);
      frames++;
      offset = end;
    }
    expect(frames).toBe(Math.ceil(totalSamples / 4096));
  });
});

function crc16(bytes: Uint8Array): number {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let b = 0; b < 8; b++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x8005) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc;
}

describe('t2a_v2 validation, as MiniMax answers it (HTTP 200, base_resp 2013)', () => {
  it.each([
    [{ ...BODY, model: 'MiniMax-M2.1' }, 'is not a speech model'],
    [{ ...BODY, text: '' }, 'text is required'],
    [{ ...BODY, text: 'x'.repeat(10_001) }, 'longer than 10000'],
    [{ ...BODY, voice_setting: {} }, 'voice_id is required'],
    [{ ...BODY, voice_setting: { voice_id: 'v', speed: 3 } }, 'speed'],
    [{ ...BODY, voice_setting: { voice_id: 'v', emotion: 'bored' } }, 'emotion'],
    [{ ...BODY, audio_setting: { format: 'aac' } }, 'format'],
    [{ ...BODY, audio_setting: { format: 'wav' }, stream: true }, 'not supported in stream mode'],
    [{ ...BODY, audio_setting: { sample_rate: 48000 } }, 'sample_rate'],
    [{ ...BODY, voice_modify: { pitch: 200 } }, 'voice_modify.pitch'],
    [{ ...BODY, language_boost: 'Elvish' }, 'language_boost'],
    [{ ...BODY, timbre_weights: [{ voice_id: 'a', weight: 101 }] }, 'timbre_weights'],
  ])('refuses %#', async (body, detail) => {
    const response = await post(body);
    expect(response.status).toBe(200);
    const json = await response.json();
    expect(json.base_resp.status_code).toBe(2013);
    expect(json.base_resp.status_msg).toContain(detail);
  });

  it('answers 401 to a wrong key, 405 to GET, and 2013 to a body that is not JSON', async () => {
    expect((await post(BODY, { key: 'wrong' })).status).toBe(401);
    expect((await post(BODY, { method: 'GET' })).status).toBe(405);
    const json = await (await post(undefined, { raw: '{not json' })).json();
    expect(json.base_resp).toEqual({ status_code: 2013, status_msg: 'invalid params, request body is not valid JSON' });
  });
});

describe('scripting the t2a_v2 endpoint', () => {
  it('answers from its own queue, in order; chat requests do not take from it', async () => {
    emulator.speech.enqueue({ type: 'base-resp', code: 1008, message: 'insufficient balance' }, { type: 'speech', hex: 'abcd' });
    await fetch(`${emulator.baseURL}/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ model: 'MiniMax-M2.1', messages: [{ role: 'user', content: 'hi' }] }),
    }).then((r) => r.json());
    expect(emulator.speech.pending).toBe(2);
    expect((await (await post(BODY)).json()).base_resp).toEqual({ status_code: 1008, status_msg: 'insufficient balance' });
    expect((await (await post(BODY)).json()).data.audio).toBe('abcd');
    expect(emulator.speech.pending).toBe(0);
  });

  it('serves the generic scripted responses (raw, sse without [DONE]) and a JSON error for errorAfterChunks', async () => {
    emulator.speech.enqueue(
      { type: 'raw', status: 502, body: '<html>Bad Gateway</html>', headers: { 'content-type': 'text/html' } },
      { type: 'sse', chunks: [{ data: { audio: 'ff', status: 2 }, extra_info: {}, base_resp: { status_code: 0 } }] },
      { type: 'speech', errorAfterChunks: { after: 1, code: 1027, message: 'output new_sensitive' } },
    );
    const raw = await post(BODY);
    expect(raw.status).toBe(502);
    expect(await raw.text()).toBe('<html>Bad Gateway</html>');
    const sse = await (await post({ ...BODY, stream: true })).text();
    expect(sse).not.toContain('[DONE]');
    expect((await (await post(BODY)).json()).base_resp.status_code).toBe(1027);
  });

  it('reset() empties the speech queue', async () => {
    emulator.speech.enqueue({ type: 'speech' }, { type: 'speech' });
    emulator.reset();
    expect(emulator.speech.pending).toBe(0);
  });
});
