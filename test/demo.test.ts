import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

describe('npm run demo (offline)', () => {
  it('prints reasoning, a streamed answer, a two-step tool call and its cost against the emulator', async () => {
    const speechDir = mkdtempSync(join(tmpdir(), 'minimax-demo-'));
    const env: NodeJS.ProcessEnv = { ...process.env, MINIMAX_SPEECH_DIR: speechDir };
    delete env.MINIMAX_API_KEY;
    delete env.MINIMAX_BASE_URL;
    delete env.MINIMAX_API_BASE;
    const { stdout } = await run(process.execPath, ['--import', 'tsx', 'examples/demo.ts'], { env, timeout: 60_000 });
    const mp3 = readFileSync(join(speechDir, 'minimax-speech.mp3'));
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
  }, 90_000);
});
