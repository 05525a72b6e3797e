/**
 * Main-entry size and cold import time of each package.
 *
 * Size: esbuild bundles `export * from '<main entry file>'` (the file the
 * package's `import` condition resolves to; for this provider src/index.ts) to
 * ESM with `minify: true` for platform node, in variants applied the same way
 * to every package:
 * - all dependencies bundled (only node builtins external): what an app bundle pays;
 * - all dependencies external (`packages: 'external'`): the package's own code;
 * - only the provider factory imported (tree-shaken, deps bundled).
 * Sizes are bytes of the minified output and of its gzip (zlib, default level).
 *
 * Cold import: a fresh `node` process times `await import(entry)` itself
 * (node's own start-up is not counted), several times, interleaved, median.
 * A baseline row imports only the dependencies the providers share
 * (`zod/v4`, `@ai-sdk/provider`, `@ai-sdk/provider-utils`).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CACHE = join(ROOT, 'bench', '.cache');

export interface PackageEntry {
  id: string;
  label: string;
  version: string;
  /** Absolute path of the main entry file (ESM). */
  file: string;
  factory: string;
}

function installedVersion(name: string): string {
  const require = createRequire(join(ROOT, 'package.json'));
  try {
    return (JSON.parse(readFileSync(require.resolve(`${name}/package.json`), 'utf8')) as { version: string }).version;
  } catch {
    return '?';
  }
}

export function packageEntries(): PackageEntry[] {
  const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const main = (name: string) => fileURLToPath(import.meta.resolve(name));
  return [
    { id: 'minimax-ai-provider', label: 'minimax-ai-provider (this)', version: own.version, file: join(ROOT, 'src', 'index.ts'), factory: 'createMiniMax' },
    { id: 'openai-compatible', label: '@ai-sdk/openai-compatible', version: installedVersion('@ai-sdk/openai-compatible'), file: main('@ai-sdk/openai-compatible'), factory: 'createOpenAICompatible' },
    { id: 'vercel-minimax', label: 'vercel-minimax-ai-provider', version: installedVersion('vercel-minimax-ai-provider'), file: main('vercel-minimax-ai-provider'), factory: 'createMinimaxOpenAI' },
    { id: 'ai-sdk-minimax', label: '@ai-sdk/minimax', version: installedVersion('@ai-sdk/minimax'), file: main('@ai-sdk/minimax'), factory: 'createMiniMax' },
  ];
}

interface Bundle {
  bytes: Uint8Array;
  /** Output bytes per source package (`own` for the package's own files). */
  byPackage: Map<string, number>;
}

function packageOf(path: string): string {
  const at = path.lastIndexOf('node_modules/');
  if (at === -1) return 'own';
  const rest = path.slice(at + 'node_modules/'.length).split('/');
  return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
}

async function bundle(contents: string, options: { externalDeps: boolean }): Promise<Bundle> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: 'ts', sourcefile: 'bench-entry.ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    minify: true,
    metafile: true,
    packages: options.externalDeps ? 'external' : undefined,
    logLevel: 'silent',
  });
  const byPackage = new Map<string, number>();
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
      const name = packageOf(path);
      byPackage.set(name, (byPackage.get(name) ?? 0) + bytesInOutput);
    }
  }
  return { bytes: result.outputFiles[0].contents, byPackage };
}

export interface Size {
  min: number;
  gz: number;
}

export interface SizeResult {
  id: string;
  allBundled: Size;
  depsExternal: Size;
  factoryOnly: Size;
  /** Largest contributors to the all-deps bundle (minified bytes, before gzip). */
  largest: { name: string; bytes: number }[];
}

const sizes = (b: Bundle): Size => ({ min: b.bytes.length, gz: gzipSync(b.bytes).length });

export async function measureBundleSizes(entries = packageEntries()): Promise<SizeResult[]> {
  const results: SizeResult[] = [];
  for (const entry of entries) {
    const path = JSON.stringify(entry.file);
    const all = await bundle(`export * from ${path};`, { externalDeps: false });
    const own = await bundle(`export * from ${path};`, { externalDeps: true });
    const factory = await bundle(`import { ${entry.factory} } from ${path}; export const factory = ${entry.factory};`, { externalDeps: false });
    results.push({
      id: entry.id,
      allBundled: sizes(all),
      depsExternal: sizes(own),
      factoryOnly: sizes(factory),
      largest: [...all.byPackage]
        .map(([name, bytes]) => ({ name: name === 'own' ? entry.id : name, bytes }))
        .sort((a, b) => b.bytes - a.bytes)
        .slice(0, 4),
    });
  }
  return results;
}

/**
 * This provider's entry as `npm run build` would ship it (ESM, deps external,
 * not minified), written under bench/.cache so its imports resolve from the
 * repo's node_modules. Built from src/ so the figure follows the source.
 */
async function buildOwnEntry(): Promise<string> {
  mkdirSync(CACHE, { recursive: true });
  const out = join(CACHE, 'minimax-ai-provider.js');
  await build({
    entryPoints: [join(ROOT, 'src', 'index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'es2022',
    packages: 'external',
    outfile: out,
    logLevel: 'silent',
  });
  return pathToFileURL(out).href;
}

const IMPORT_TIMER = `
const t = performance.now();
await import(process.argv[1]);
process.stdout.write(String(performance.now() - t));
`;

function timeImport(specifier: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', IMPORT_TIMER, specifier], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve(Number(out)) : reject(new Error(`import of ${specifier} failed (${code})`))));
  });
}

export interface ImportResult {
  id: string;
  medianMs: number;
  minMs: number;
  runs: number;
}

export const SHARED_DEPS_ID = 'shared-deps';

/** A module importing only what the providers share, for the baseline row. */
function sharedDepsEntry(): string {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, 'shared-deps.mjs');
  writeFileSync(file, "import 'zod/v4';\nimport '@ai-sdk/provider';\nimport '@ai-sdk/provider-utils';\n");
  return pathToFileURL(file).href;
}

export async function measureColdImports(runs: number, entries = packageEntries()): Promise<ImportResult[]> {
  const ownUrl = await buildOwnEntry();
  const targets = [
    ...entries.map((e) => ({ id: e.id, url: e.id === 'minimax-ai-provider' ? ownUrl : pathToFileURL(e.file).href })),
    { id: SHARED_DEPS_ID, url: sharedDepsEntry() },
  ];
  const times: number[][] = targets.map(() => []);
  // One throw-away round so the file system cache is warm for everyone, then interleaved rounds.
  for (const t of targets) await timeImport(t.url);
  for (let r = 0; r < runs; r++) {
    for (let i = 0; i < targets.length; i++) times[i].push(await timeImport(targets[i].url));
  }
  return targets.map((t, i) => {
    const sorted = [...times[i]].sort((a, b) => a - b);
    return { id: t.id, medianMs: median(sorted), minMs: sorted[0], runs };
  });
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
