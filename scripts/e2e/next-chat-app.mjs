/**
 * Shared plumbing of `start-next-chat.mjs` (npm run next-chat) and `run-e2e.mjs` (npm run test:e2e): installing
 * and building examples/next-chat, the in-process MiniMax emulator, child processes that are always killed, ports.
 */
import { spawn } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const appDir = path.join(repoRoot, 'examples', 'next-chat');
const nextBin = path.join(appDir, 'node_modules', 'next', 'dist', 'bin', 'next');

export function log(message) {
  process.stdout.write(`[next-chat] ${message}\n`);
}

// ---------------------------------------------------------------------------------------------------------------
// Child processes: each runs in its own process group, so killing the group also ends what it spawned
// (`next start` runs its server in a child process). Every one still running is killed when this process exits,
// however it exits.

const children = new Set();

function killGroup(child, signal) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

export function killChildren(signal = 'SIGTERM') {
  for (const child of children) killGroup(child, signal);
}

/** Kills the children, waits up to `graceMs` for them to exit, then SIGKILLs what is left. */
export async function stopChildren(graceMs = 5000) {
  const running = [...children].filter((c) => c.exitCode === null && c.signalCode === null);
  if (running.length === 0) return;
  const exited = Promise.all(running.map((c) => new Promise((resolve) => c.once('exit', resolve))));
  killChildren('SIGTERM');
  let timer;
  await Promise.race([exited, new Promise((resolve) => (timer = setTimeout(resolve, graceMs)))]);
  clearTimeout(timer);
  killChildren('SIGKILL');
}

let cleanupHooks = [];
/** Runs `hook` (sync or async, best effort) before the process exits on a signal or a crash. */
export function onCleanup(hook) {
  cleanupHooks.push(hook);
}

let exiting = false;
/** True once a signal (or a crash) started the shutdown: work still in flight should stop quietly. */
export function isStopping() {
  return exiting;
}

/** Runs the cleanup hooks, stops the children, exits with `code`. */
export async function shutdown(code) {
  if (exiting) return;
  exiting = true;
  // The servers first (so no request is cut off by the emulator closing under it), then the hooks.
  await stopChildren(3000);
  const hooks = cleanupHooks;
  cleanupHooks = [];
  for (const hook of hooks.reverse()) {
    try {
      await hook();
    } catch {
      // best effort
    }
  }
  process.exit(code);
}

// `exit` handlers must be synchronous: a last SIGKILL to every group still alive.
process.on('exit', () => killChildren('SIGKILL'));
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    log(`${signal}: stopping`);
    void shutdown(signal === 'SIGINT' ? 130 : 143);
  });
}
process.on('uncaughtException', (error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  void shutdown(1);
});
process.on('unhandledRejection', (error) => {
  process.stderr.write(`${error?.stack ?? error}\n`);
  void shutdown(1);
});

/** Starts a child process (own process group, tracked for cleanup). */
export function startChild(command, args, { cwd = repoRoot, env = process.env, stdio = 'inherit' } = {}) {
  const child = spawn(command, args, { cwd, env, stdio, detached: true });
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Runs a command to completion; rejects on a non-zero exit. */
export function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = startChild(command, args, options);
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${[command, ...args].join(' ')} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/** `fn`'s duration in seconds, logged. */
export async function step(title, fn) {
  const started = Date.now();
  log(`${title} …`);
  const result = await fn();
  log(`${title}: done in ${((Date.now() - started) / 1000).toFixed(1)}s`);
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Installing and building.

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Environment for Next.js children: no telemetry (and no network). */
export function nextEnv(extra = {}) {
  return { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...extra };
}

/**
 * Installs what is missing: the repository's own dependencies (`npm ci`, needed to build the provider) and the
 * app's (`npm ci` in examples/next-chat). Then checks that the app's `minimax-ai-provider` is the symlink to this
 * repository (npm's `file:` dependency on a directory), not a stale copy.
 */
export async function ensureInstalled() {
  if (!existsSync(path.join(repoRoot, 'node_modules', 'tsup'))) {
    await step('npm ci (repository root)', () => run(npm, ['ci'], { cwd: repoRoot }));
  }
  const installed =
    existsSync(path.join(appDir, 'node_modules', '.package-lock.json')) &&
    existsSync(nextBin) &&
    existsSync(path.join(appDir, 'node_modules', 'minimax-ai-provider'));
  if (!installed) {
    await step('npm ci (examples/next-chat)', () => run(npm, ['ci'], { cwd: appDir }));
  }
  const linked = path.join(appDir, 'node_modules', 'minimax-ai-provider');
  const target = realpathSync(linked);
  if (target !== realpathSync(repoRoot)) {
    throw new Error(
      `examples/next-chat/node_modules/minimax-ai-provider resolves to ${target}, not to this repository: ` +
        'remove examples/next-chat/node_modules and run `npm ci` there (with install-links=false).',
    );
  }
}

/** `npm run build` at the root: the app's `minimax-ai-provider` is this repository's `dist/`. */
export function buildProvider() {
  return step('build minimax-ai-provider (npm run build)', () =>
    run(npm, ['run', 'build', '--silent'], { cwd: repoRoot, stdio: ['ignore', 'ignore', 'inherit'] }),
  );
}

export function buildApp() {
  return step('next build (examples/next-chat)', () =>
    run(process.execPath, [nextBin, 'build'], { cwd: appDir, env: nextEnv() }),
  );
}

// ---------------------------------------------------------------------------------------------------------------
// Servers.

/** A free TCP port on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The emulator from the freshly built `dist/testing`, in this process. */
export async function startEmulator(options = {}) {
  const { createMiniMaxEmulator } = await import(pathToFileURL(path.join(repoRoot, 'dist', 'testing', 'index.js')).href);
  const emulator = await createMiniMaxEmulator(options);
  onCleanup(() => emulator.close());
  // A long-running demo should not keep every recorded request forever.
  const trim = setInterval(() => {
    if (emulator.requests.length > 200) emulator.requests.splice(0, emulator.requests.length - 50);
  }, 10_000);
  trim.unref();
  return emulator;
}

/**
 * `next start` (mode `start`, needs `next build` first) or `next dev` on `host:port`. Resolves once the page
 * answers HTTP 200; rejects if the server exits first or is not up within `timeoutMs`. `onChild` sees the child
 * process as soon as it is spawned (e.g. to read piped output).
 */
export async function startNext({ mode = 'start', host = '127.0.0.1', port, env = {}, stdio = 'inherit', onChild, timeoutMs = 60_000 }) {
  const child = startChild(process.execPath, [nextBin, mode, '--hostname', host, '--port', String(port)], {
    cwd: appDir,
    env: nextEnv(env),
    stdio,
  });
  onChild?.(child);
  const url = `http://${host}:${port}`;
  const deadline = Date.now() + timeoutMs;
  let exited = false;
  child.once('exit', () => (exited = true));
  while (!exited && Date.now() < deadline) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(5000) });
      if (response.ok) return { child, url };
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(exited ? `next ${mode} exited (${child.exitCode ?? child.signalCode})` : `next ${mode}: no answer at ${url} after ${timeoutMs} ms`);
}
