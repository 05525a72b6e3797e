#!/usr/bin/env node
/**
 * npm run next-chat [-- --dev] [-- --port 3000] [-- --skip-build]
 *
 * Starts examples/next-chat: installs its dependencies if missing, builds the provider (the app uses this
 * repository's `dist/` through a symlink) and the app, then runs `next start` (or `next dev` with --dev).
 * MINIMAX_API_KEY unset: the local MiniMax emulator runs in this process and the app talks to it (offline).
 * MINIMAX_API_KEY set: the app talks to MiniMax itself. Ctrl-C stops everything.
 */
import {
  buildApp,
  buildProvider,
  ensureInstalled,
  log,
  shutdown,
  startEmulator,
  startNext,
} from './next-chat-app.mjs';

const USAGE = 'usage: npm run next-chat -- [--dev] [--port <n>] [--host <address>] [--skip-build]';

function parseArgs(argv) {
  const options = { dev: false, port: Number(process.env.PORT) || 3000, host: '127.0.0.1', skipBuild: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split('=', 2);
    const value = () => inline ?? argv[++i];
    if (flag === '--dev') options.dev = true;
    else if (flag === '--skip-build') options.skipBuild = true;
    else if (flag === '--port') options.port = Number(value());
    else if (flag === '--host') options.host = value();
    else if (flag === '--help' || flag === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else {
      process.stderr.write(`unknown argument ${argv[i]}\n${USAGE}\n`);
      process.exit(2);
    }
  }
  if (!Number.isInteger(options.port) || options.port <= 0) {
    process.stderr.write(`--port must be a positive integer\n${USAGE}\n`);
    process.exit(2);
  }
  return options;
}

const options = parseArgs(process.argv.slice(2));

await ensureInstalled();
if (!options.skipBuild) {
  await buildProvider();
  if (!options.dev) await buildApp();
}

const env = {};
if (process.env.MINIMAX_API_KEY) {
  log('MINIMAX_API_KEY is set: the app talks to MiniMax (real calls, real cost)');
} else {
  const emulator = await startEmulator({ chunkDelayMs: 20 });
  env.MINIMAX_BASE_URL = emulator.baseURL;
  log(`MINIMAX_API_KEY is unset: offline, against the local MiniMax emulator at ${emulator.baseURL}`);
}

const { child, url } = await startNext({ mode: options.dev ? 'dev' : 'start', host: options.host, port: options.port, env });
log(`open ${url}  (edge route: ${url}/?runtime=edge) — Ctrl-C stops the app${env.MINIMAX_BASE_URL ? ' and the emulator' : ''}`);

child.once('exit', (code, signal) => {
  log(`next exited (${signal ?? code})`);
  void shutdown(code === 0 ? 0 : 1);
});
