import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { decodePng, parseMp4 } from './support/media-files';

const run = promisify(execFile);

describe('npm run demo (offline)', () => {
  it('prints reasoning, a streamed answer, a two-step tool call and its cost, speaks, and writes images and videos, against the emulator', async () => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.MINIMAX_API_KEY;
    delete env.MINIMAX_BASE_URL;
    delete env.MINIMAX_API_BASE;
    // Speech, image and video files go to a temporary directory.
    const output = await mkdtemp(path.join(tmpdir(), 'minimax-demo-'));
    env.MINIMAX_DEMO_OUTPUT = output;
    env.MINIMAX_SPEECH_DIR = output;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'examples/demo.ts'], { env, timeout: 60_000 });
    const mp3 = await readFile(path.join(output, 'minimax-speech.mp3'));
    expect([mp3[0], mp3[1]]).toEqual([0xff, 0xfb]); // MPEG audio frames
    expect(stdout).toContain('MINIMAX_API_KEY is not set: running offline against the local MiniMax emulator');
    expect(stdout).toMatch(/Reasoning: .+\n/);
    expect(stdout).toMatch(/Answer: +2 \+ 2 = 4\./);
    expect(stdout).toMatch(/\[thinking\] .+\n\[answer\] +.+/);
    expect(stdout).toMatch(/Step 1: finish=tool-calls[\s\S]*tool call: get_weather\(\{"location":"Tokyo"\}\)[\s\S]*Step 2: finish=stop/);
    expect(stdout).toMatch(/Total: \d+ in \/ \d+ out, \$0\.\d{6}/);
    // Speech: an MP3 written to disk, and its cost.
    expect(stdout).toMatch(/## generateSpeech\nAudio: +\S+minimax-speech\.mp3 \(audio\/mpeg, \d+ bytes, \d+\.\d s\)\nBilled: 59 characters, cost \$0\.005900/);
    expect(stdout).toMatch(/## experimental_streamSpeech[^\n]*\nAudio: +\S+minimax-speech-stream\.mp3 \(\d+ chunks, \d+ segment requests;/);
    // Media: two images and two videos on disk, decodable, with their cost.
    expect(stdout).toMatch(/## generateImage \(image-01\)\nImage 1: image\/png, \d+ bytes → .*lighthouse-1\.png\nImage 2: .*\nCost: \$0\.007000/);
    expect(stdout).toMatch(/Hailuo cost: \$0\.280000/);
    expect(stdout).toMatch(/H3: completed after \d+ status checks.*\nH3 cost: \$0\.650000/);
    expect(decodePng(await readFile(path.join(output, 'lighthouse-1.png')))).toMatchObject({ width: 1280, height: 720 });
    expect(parseMp4(await readFile(path.join(output, 'waves.mp4'))).durationSeconds).toBe(6);
    expect(parseMp4(await readFile(path.join(output, 'paper-boat.mp4')))).toMatchObject({ durationSeconds: 5, width: 72, height: 128 });
    await rm(output, { recursive: true, force: true });
  }, 90_000);
});
