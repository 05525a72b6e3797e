/**
 * The emulator's video APIs on the wire: v1 (base_resp in HTTP 200, tasks, files with int64 ids written as bare
 * JSON integers) and v2 (HTTP statuses, OpenAI-style errors, task objects), and the MP4 it serves.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createMiniMaxEmulator, createMp4, mp4SizeForRatio, type MiniMaxEmulator } from '../../src/testing';
import { parseMp4 } from '../support/media-files';

let emulator: MiniMaxEmulator;
beforeAll(async () => {
  emulator = await createMiniMaxEmulator({ apiKey: 'key' });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.reset());

async function call(method: 'GET' | 'POST', path: string, body?: unknown, key = 'key') {
  const response = await fetch(`${emulator.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, text, json: JSON.parse(text) as any };
}

describe('emulator v1 video API', () => {
  it.each([
    [{ model: 'video-01', prompt: 'x' }, /not supported/],
    [{ model: 'T2V-01' }, /prompt is required/],
    [{ model: 'I2V-01', prompt: 'x' }, /needs first_frame_image/],
    [{ model: 'T2V-01', prompt: 'x', first_frame_image: 'https://a/b.png' }, /first_frame_image is not accepted/],
    [{ model: 'MiniMax-Hailuo-2.3', prompt: 'x', first_frame_image: 'https://a/b.png', last_frame_image: 'https://a/c.png' }, /last_frame_image/],
    [{ model: 'MiniMax-Hailuo-2.3', prompt: 'x', duration: 10, resolution: '1080P' }, /1080P supports 6 s only/],
    [{ model: 'MiniMax-Hailuo-02', prompt: 'x', resolution: '512P' }, /512P needs first_frame_image/],
    [{ model: 'T2V-01', prompt: 'x', duration: 10 }, /duration 10 is not supported/],
    [{ model: 'S2V-01', prompt: 'x' }, /subject_reference must be/],
    [{ model: 'T2V-01', prompt: 'x', callback_url: 'ftp://x' }, /callback_url/],
  ])('rejects %j with 2013 in an HTTP 200', async (body, message) => {
    const { status, json } = await call('POST', '/v1/video_generation', body);
    expect(status).toBe(200);
    expect(json.base_resp).toMatchObject({ status_code: 2013, status_msg: expect.stringMatching(message) });
  });

  it('advances a task per query, then retrieves its file by an int64 id written as a bare integer', async () => {
    const created = await call('POST', '/v1/video_generation', { model: 'MiniMax-Hailuo-2.3', prompt: 'x', duration: 10 });
    const taskId = created.json.task_id;
    expect(taskId).toMatch(/^\d{15}$/);
    const statuses = [];
    let last;
    for (let i = 0; i < 3; i++) {
      last = await call('GET', `/v1/query/video_generation?task_id=${taskId}`);
      statuses.push(last.json.status);
    }
    expect(statuses).toEqual(['Queueing', 'Processing', 'Success']);
    const fileId = /"file_id":(\d+)/.exec(last!.text)![1];
    expect(fileId).toBe(emulator.videoTasks[0].fileId);
    expect(last!.json).toMatchObject({ video_width: 1366, video_height: 768 });
    const file = await call('GET', `/v1/files/retrieve?file_id=${fileId}`);
    expect(file.text).toContain(`"file_id":${fileId}`);
    const video = await fetch(file.json.file.download_url);
    expect(video.headers.get('content-type')).toBe('video/mp4');
    expect(parseMp4(new Uint8Array(await video.arrayBuffer())).durationSeconds).toBe(10);
    // A rounded id (what JSON.parse does to it) finds nothing.
    const rounded = String(Number(fileId));
    expect(rounded).not.toBe(fileId);
    expect((await call('GET', `/v1/files/retrieve?file_id=${rounded}`)).json.base_resp.status_code).toBe(2013);
  });

  it('reports sensitive-content failures in the query’s base_resp; unknown ids and keys are refused', async () => {
    emulator.enqueueVideo({ outcome: 'sensitive-output', pendingPolls: 0 });
    const { json } = await call('POST', '/v1/video_generation', { model: 'T2V-01', prompt: 'x' });
    const query = await call('GET', `/v1/query/video_generation?task_id=${json.task_id}`);
    expect(query.json).toMatchObject({ status: 'Fail', base_resp: { status_code: 1027 } });
    expect((await call('GET', '/v1/query/video_generation?task_id=1')).json.base_resp.status_code).toBe(2013);
    expect((await call('POST', '/v1/video_generation', { model: 'T2V-01', prompt: 'x' }, 'nope')).json.base_resp.status_code).toBe(1004);
  });
});

describe('emulator v2 video API', () => {
  const text = { type: 'text', text: 'A boy' };
  it.each([
    [{ model: 'MiniMax-H3', content: [], resolution: '2K', duration: 5, ratio: '16:9' }, /exactly one non-empty text item/],
    [{ model: 'MiniMax-H3', content: [text], resolution: '2K', duration: 5 }, /needs a ratio other than adaptive/],
    [{ model: 'MiniMax-H3', content: [text], resolution: '1080P', duration: 5, ratio: '16:9' }, /resolution "1080P" is not supported/],
    [{ model: 'MiniMax-H3-Max', content: [text], resolution: '768P', duration: 4, ratio: '16:9' }, /duration must be an integer in \[5, 15\]/],
    [
      { model: 'MiniMax-H3', content: [text, { type: 'image_url', image_url: { url: 'https://a/b.png' }, role: 'last_frame' }], resolution: '2K', duration: 5 },
      /last_frame needs first_frame/,
    ],
    [
      {
        model: 'MiniMax-H3',
        content: [
          text,
          { type: 'image_url', image_url: { url: 'https://a/b.png' }, role: 'first_frame' },
          { type: 'image_url', image_url: { url: 'https://a/c.png' }, role: 'reference_image' },
        ],
        resolution: '2K',
        duration: 5,
      },
      /cannot be mixed/,
    ],
    [
      { model: 'MiniMax-H3-Max', content: [text, { type: 'image_url', image_url: { url: 'https://a/c.png' }, role: 'reference_image' }], resolution: '768P', duration: 5 },
      /does not support reference-to-video/,
    ],
    [
      { model: 'MiniMax-H3', content: [text, { type: 'audio_url', audio_url: { url: 'https://a/c.mp3' }, role: 'reference_audio' }], resolution: '2K', duration: 5 },
      /reference_audio needs a reference image or video/,
    ],
  ])('rejects %j with HTTP 400 and an OpenAI-style 2013 body', async (body, message) => {
    const { status, json } = await call('POST', '/v2/video_generation', body);
    expect(status).toBe(400);
    expect(json).toMatchObject({ type: 'error', error: { type: 'bad_request_error', http_code: '400', message: expect.stringMatching(message) } });
    expect(json.error.message).toMatch(/\(2013\)$/);
  });

  it('runs a task to succeeded with content.url and usage; unknown ids are 400; a wrong key is 401', async () => {
    const created = await call('POST', '/v2/video_generation', {
      model: 'MiniMax-H3',
      content: [text, { type: 'image_url', image_url: { url: 'https://a/b.png' } }],
      resolution: '768P',
      duration: 8,
    });
    const id = created.json.task_id;
    const statuses = [];
    let last;
    for (let i = 0; i < 3; i++) {
      last = await call('GET', `/v2/query/video_generation/${id}`);
      statuses.push(last.json.task.status);
    }
    expect(statuses).toEqual(['queued', 'running', 'succeeded']);
    expect(last!.json.task).toMatchObject({ id, model: 'MiniMax-H3', resolution: '768P', duration: 8, usage: { output_seconds: 8, input_image_count: 1 } });
    const video = await fetch(last!.json.task.content.url);
    expect(parseMp4(new Uint8Array(await video.arrayBuffer())).durationSeconds).toBe(8);
    expect((await call('GET', '/v2/query/video_generation/123')).status).toBe(400);
    expect((await call('POST', '/v2/video_generation', { model: 'MiniMax-H3' }, 'nope')).status).toBe(401);
  });

  it('scripted failures carry MiniMax’s error code', async () => {
    emulator.enqueueVideo({ outcome: 'sensitive-input', pendingPolls: 0 });
    const { json } = await call('POST', '/v2/video_generation', { model: 'MiniMax-H3', content: [text], resolution: '2K', duration: 5, ratio: '1:1' });
    const query = await call('GET', `/v2/query/video_generation/${json.task_id}`);
    expect(query.json.task).toMatchObject({ status: 'failed', error: { code: '1026', message: 'video description contains sensitive content' } });
  });
});

describe('emulator MP4', () => {
  it.each([
    ['16:9', 6, 128, 72],
    ['9:16', 10, 72, 128],
    ['21:9', 4, 168, 72],
    ['1:1', 15, 72, 72],
  ])('%s, %i s: a valid H.264 MP4 of that size and duration', (ratio, seconds, width, height) => {
    const mp4 = createMp4({ ...mp4SizeForRatio(ratio), durationSeconds: seconds });
    expect(parseMp4(mp4)).toMatchObject({ codec: 'avc1', profile: 66, durationSeconds: seconds, width, height, sampleCount: seconds * 8, syncSamples: Math.ceil(seconds / 2) });
    expect(mp4.length).toBeLessThan(200_000);
  });
});
