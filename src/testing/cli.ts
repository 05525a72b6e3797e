#!/usr/bin/env node
/**
 * Starts the MiniMax emulator standalone.
 *
 *   node --import tsx src/testing/cli.ts [--port 4010] [--api-key KEY] [--chunk-delay-ms 30]
 *
 * Prints the OpenAI-compatible base URL (`http://127.0.0.1:<port>/v1`) on the first stdout line; logs one line
 * per request on stderr. SIGINT / SIGTERM close the server and exit.
 */
import { createMiniMaxEmulator } from './minimax-emulator.js';

interface CliOptions {
  port: number;
  apiKey?: string;
  chunkDelayMs: number;
  quiet: boolean;
}

const USAGE = 'usage: minimax-emulator [--port <n>] [--api-key <key>] [--chunk-delay-ms <ms>] [--quiet]';

function parseArgs(argv: string[]): CliOptions {
  const options: CliOptions = { port: 0, chunkDelayMs: 0, quiet: false };
  const valueOf = (i: number, flag: string): string => {
    const value = argv[i + 1];
    if (value === undefined) throw new Error(`${flag} needs a value\n${USAGE}`);
    return value;
  };
  const numberOf = (text: string, flag: string): number => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${flag} must be a non-negative integer, got ${text}`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2) as [string, string | undefined];
    const take = () => (inline !== undefined ? inline : valueOf(i++, flag));
    switch (flag) {
      case '--port':
      case '-p':
        options.port = numberOf(take(), flag);
        break;
      case '--api-key':
        options.apiKey = take();
        break;
      case '--chunk-delay-ms':
        options.chunkDelayMs = numberOf(take(), flag);
        break;
      case '--quiet':
      case '-q':
        options.quiet = true;
        break;
      case '--help':
      case '-h':
        process.stdout.write(`${USAGE}\n`);
        process.exit(0);
      default:
        throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
    }
  }
  return options;
}

async function main(): Promise<void> {
  let options: CliOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    process.exit(2);
  }
  const emulator = await createMiniMaxEmulator({
    port: options.port,
    apiKey: options.apiKey,
    chunkDelayMs: options.chunkDelayMs,
  });
  process.stdout.write(`${emulator.baseURL}\n`);
  if (!options.quiet) {
    process.stderr.write(
      `MiniMax emulator listening: chat completions at ${emulator.baseURL}/chat/completions, ` +
        `messages at ${emulator.anthropicBaseURL}/messages, ` +
        `speech at ${emulator.url}/v1/t2a_v2` +
        // Media APIs (images, video).
        `, images at ${emulator.url}/v1/image_generation, video at ${emulator.url}/v1/video_generation and /v2/video_generation` +
        (options.apiKey ? ' (API key required)' : '') +
        '\n',
    );
    let logged = 0;
    const timer = setInterval(() => {
      while (logged < emulator.requests.length) {
        const r = emulator.requests[logged++];
        const model =
          r.body && typeof r.body === 'object' ? ` model=${r.body.model ?? '-'} stream=${r.body.stream === true}` : '';
        process.stderr.write(`${r.method} ${r.path}${model}\n`);
      }
      // A long-running demo server should not keep every request forever.
      if (emulator.requests.length > 500) {
        emulator.requests.splice(0, logged);
        logged = 0;
      }
    }, 100);
    timer.unref();
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (!options.quiet) process.stderr.write(`${signal}: closing the emulator\n`);
    emulator.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  process.stderr.write(`minimax-emulator: ${String(error)}\n`);
  process.exit(1);
});
