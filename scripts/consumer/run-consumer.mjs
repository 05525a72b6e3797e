#!/usr/bin/env node
/**
 * npm run test:consumer [-- --majors 4,7] [--nodes 20,22] [--ts 5,6] [--keep]
 *
 * Installs the package the way a user does and uses it the way a user does:
 *
 * 1. `npm pack`s the built package (run `npm run build` first; `npm test` does).
 * 2. Per `ai` major (4, 5, 6, 7) makes a fresh app in `.consumer/ai<N>`, installs `ai@N` and the zod an app on that
 *    major has (3.25 on ai@4, 4 on the others), measures it, then installs the tarball and measures again: the
 *    packages, bytes and engine warnings this package adds to that app.
 * 3. Copies the scenario (generate, stream, a two-step tool loop) into an ESM file (`.mts`) and a CJS file
 *    (`.cts`), type-checks and compiles them with the app's own tsc (TypeScript 6), and runs both, on every Node
 *    version asked for, against the package's own emulator (`minimax-ai-provider/testing`, started from the
 *    installed tarball in this process, on loopback).
 * 4. Type-checks the scenario and every entry (with a declaration emit) under each moduleResolution (node10,
 *    node16, nodenext, bundler) for ESM and CJS files, with TypeScript 5.x and 6.x.
 *
 * Node versions other than the one running this script come from the npm registry's `node` package, installed
 * once into `.consumer/node<V>`. ai@7 requires Node >= 22, so its app is run only there. Exits non-zero on any
 * failure, after printing a summary table.
 */
import { execFile as execFileCb } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const execFile = promisify(execFileCb);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const work = path.join(root, '.consumer');
const templates = path.join(root, 'scripts/consumer/templates');

function option(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : process.argv[i + 1];
}
const list = (value) => value.split(',').map((v) => v.trim()).filter(Boolean);
const MAJORS = list(option('majors', '4,5,6,7')).map(Number);
const NODES = list(option('nodes', String(process.versions.node.split('.')[0]))).map(Number);
const TS_MAJORS = list(option('ts', '5,6')).map(Number);
const KEEP = process.argv.includes('--keep');

/** What differs per `ai` major: the entry its users import, the spec it speaks, its zod, the scenario dialect. */
const APPS = {
  4: { entry: 'minimax-ai-provider/v1', spec: 'v1', zod: 'zod@^3.25.76', scenario: 'scenario-ai4.ts', minNode: 18 },
  5: { entry: 'minimax-ai-provider/v2', spec: 'v2', zod: 'zod@^4', scenario: 'scenario-modern.ts', minNode: 18 },
  6: { entry: 'minimax-ai-provider/v3', spec: 'v3', zod: 'zod@^4', scenario: 'scenario-modern.ts', minNode: 18 },
  // ai@7 is ESM-only: a CJS file can load it only through require(esm) (Node >= 20.19 / 22), which TypeScript's
  // node16 mode does not model, so its CJS scenario is left out there (nodenext checks it).
  7: { entry: 'minimax-ai-provider', spec: 'v4', zod: 'zod@^4', scenario: 'scenario-modern.ts', minNode: 22, skip: { node16: ['scenario.cts'] } },
};

/**
 * The TypeScript settings a user may have: moduleResolution × module, with ESM and CJS files. `files` are
 * the scenario copies (`.mts`/`.cts` keep their format under node16/nodenext/bundler+preserve; a `.ts` file is
 * CJS under `module: commonjs` and ESM under `module: esnext`).
 */
const TS_CELLS = [
  { name: 'node10-cjs', module: 'commonjs', moduleResolution: 'node10', files: ['scenario.ts', 'entries.ts'], pkgType: 'commonjs' },
  { name: 'node10-esm', module: 'esnext', moduleResolution: 'node10', files: ['scenario.ts', 'entries.ts'], pkgType: 'commonjs' },
  { name: 'node16-esm+cjs', module: 'node16', moduleResolution: 'node16', files: ['scenario.mts', 'scenario.cts', 'entries.mts', 'entries.cts'], pkgType: 'commonjs' },
  { name: 'nodenext-esm+cjs', module: 'nodenext', moduleResolution: 'nodenext', files: ['scenario.mts', 'scenario.cts', 'entries.mts', 'entries.cts'], pkgType: 'commonjs' },
  { name: 'bundler-esm', module: 'esnext', moduleResolution: 'bundler', files: ['scenario.ts', 'entries.ts'], pkgType: 'module' },
  { name: 'node10-cjs entries only', module: 'commonjs', moduleResolution: 'node10', files: ['entries.ts'], pkgType: 'commonjs', checkLibs: true },
  { name: 'nodenext-esm+cjs entries only', module: 'nodenext', moduleResolution: 'nodenext', files: ['entries.mts', 'entries.cts'], pkgType: 'commonjs', checkLibs: true },
  { name: 'bundler-preserve-esm+cjs', module: 'preserve', moduleResolution: 'bundler', files: ['scenario.mts', 'scenario.cts', 'entries.mts', 'entries.cts'], pkgType: 'commonjs' },
];

const results = [];
function record(app, check, ok, detail = '') {
  results.push({ app, check, ok, detail });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${app} ${check}${detail ? `: ${detail}` : ''}`);
}

async function sh(command, args, options = {}) {
  try {
    const { stdout, stderr } = await execFile(command, args, { maxBuffer: 64 * 1024 * 1024, ...options });
    return { ok: true, stdout, stderr };
  } catch (error) {
    return { ok: false, stdout: error.stdout ?? '', stderr: error.stderr ?? String(error), code: error.code };
  }
}

function npm(args, cwd) {
  return sh('npm', [...args, '--no-audit', '--no-fund', '--loglevel=warn'], { cwd, env: { ...process.env, npm_config_update_notifier: 'false' } });
}

function dirSize(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += dirSize(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

/** name@version of every installed package, from node_modules' package.json files (nested copies included). */
function installedPackages(dir) {
  const found = [];
  const visit = (modules) => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules)) {
      if (entry.startsWith('.')) continue;
      const names = entry.startsWith('@') ? readdirSync(path.join(modules, entry)).map((n) => `${entry}/${n}`) : [entry];
      for (const name of names) {
        const pkgFile = path.join(modules, name, 'package.json');
        if (!existsSync(pkgFile)) continue;
        const { version } = JSON.parse(readFileSync(pkgFile, 'utf8'));
        found.push(`${name}@${version}`);
        visit(path.join(modules, name, 'node_modules'));
      }
    }
  };
  visit(path.join(dir, 'node_modules'));
  return found.sort();
}

const engineWarnings = (output) =>
  [...output.matchAll(/EBADENGINE[^\n]*\n[^\n]*package: '([^']+)'/g)].map((m) => m[1]).sort();

async function nodeBinary(version) {
  if (String(version) === process.versions.node.split('.')[0]) return process.execPath;
  const dir = path.join(work, `node${version}`);
  const bin = path.join(dir, 'node_modules/node/bin/node');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
    const installed = await npm(['install', `node@${version}`], dir);
    if (!installed.ok) throw new Error(`could not install node@${version}: ${installed.stderr}`);
  }
  return bin;
}

async function packTarball() {
  if (!existsSync(path.join(root, 'dist/index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const out = path.join(work, 'pack');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const packed = await sh('npm', ['pack', '--pack-destination', out, '--loglevel=warn'], { cwd: root });
  if (!packed.ok) throw new Error(`npm pack failed: ${packed.stderr}`);
  const file = readdirSync(out).find((f) => f.endsWith('.tgz'));
  return path.join(out, file);
}

function writeSources(dir, app) {
  const scenario = readFileSync(path.join(templates, app.scenario), 'utf8').replaceAll('ENTRY', app.entry).replaceAll("'SPEC'", `'${app.spec}'`);
  const entries = readFileSync(path.join(templates, 'entries.ts'), 'utf8');
  const src = path.join(dir, 'src');
  rmSync(src, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  for (const ext of ['ts', 'mts', 'cts']) {
    writeFileSync(path.join(src, `scenario.${ext}`), scenario);
    writeFileSync(path.join(src, `entries.${ext}`), entries);
  }
  writeFileSync(path.join(src, 'run.mts'), "import { main } from './scenario.mjs';\nawait main();\nconsole.log('esm ok');\n");
  writeFileSync(path.join(src, 'run.cts'), "import { main } from './scenario.cjs';\nmain().then(() => console.log('cjs ok'), (error) => { console.error(error); process.exit(1); });\n");
}

function tsconfig(cell, tsMajor, extra = {}) {
  return {
    compilerOptions: {
      target: 'es2022',
      lib: ['es2022', 'dom'],
      module: cell.module,
      moduleResolution: cell.moduleResolution,
      strict: true,
      esModuleInterop: true,
      // This package's declarations are checked whole (skipLibCheck off) by the `entries only` cells, which import
      // nothing but this package: an import its declarations make that the app cannot resolve is an error there.
      // Cells that also compile the scenario skip library checks, or they would report `ai`'s own declarations.
      skipLibCheck: !cell.checkLibs,
      types: ['node'],
      declaration: true,
      emitDeclarationOnly: true,
      rootDir: 'src',
      outDir: `out-types/${cell.name.replaceAll(' ', '-')}`,
      // TypeScript 6 deprecates node10 resolution; a project that still uses it says so.
      ...(tsMajor >= 6 && cell.moduleResolution === 'node10' ? { ignoreDeprecations: '6.0' } : {}),
      ...extra,
    },
    files: cell.files.map((f) => `src/${f}`),
  };
}

async function setUpApp(major, tarball) {
  const app = APPS[major];
  const dir = path.join(work, `ai${major}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `consumer-ai${major}`, private: true, type: 'commonjs' }, null, 2));

  const base = await npm(['install', `ai@${major}`, app.zod], dir);
  if (!base.ok) throw new Error(`installing ai@${major} failed: ${base.stderr}`);
  const before = { bytes: dirSize(path.join(dir, 'node_modules')), packages: installedPackages(dir), warnings: engineWarnings(base.stderr) };

  const added = await npm(['install', tarball], dir);
  if (!added.ok) throw new Error(`installing the tarball failed: ${added.stderr}`);
  const after = { bytes: dirSize(path.join(dir, 'node_modules')), packages: installedPackages(dir), warnings: engineWarnings(added.stderr) };
  const newPackages = after.packages.filter((p) => !before.packages.includes(p));
  const ours = engineWarnings(added.stderr).filter((p) => !before.warnings.includes(p));
  record(`ai@${major}`, 'install', ours.length === 0, ours.length ? `engine warnings from this package: ${ours.join(', ')}` : '');
  const size = {
    major,
    appBytes: before.bytes,
    addedBytes: after.bytes - before.bytes,
    addedPackages: newPackages,
    aiPackages: after.packages.filter((p) => /^(ai|zod|@ai-sdk\/[^@]+)@/.test(p)),
    aiEngineWarnings: before.warnings,
  };

  // Tools for the checks, measured out of the app's size above.
  const tools = await npm(['install', '--save-dev', 'typescript@^6', 'typescript5@npm:typescript@^5.9', '@types/node@^22'], dir);
  if (!tools.ok) throw new Error(`installing typescript failed: ${tools.stderr}`);
  writeSources(dir, app);
  return { dir, size };
}

const tscOf = (dir, tsMajor) => path.join(dir, 'node_modules', tsMajor === 5 ? 'typescript5' : 'typescript', 'bin/tsc');

async function typeMatrix(major, dir) {
  for (const tsMajor of TS_MAJORS) {
    for (const cell of TS_CELLS) {
      const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
      writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ ...pkg, type: cell.pkgType }, null, 2));
      const file = `tsconfig.${cell.name.replaceAll(' ', '-')}.ts${tsMajor}.json`;
      const skipped = APPS[major].skip?.[cell.moduleResolution] ?? [];
      const files = cell.files.filter((f) => !skipped.includes(f));
      writeFileSync(path.join(dir, file), JSON.stringify(tsconfig({ ...cell, files }, tsMajor), null, 2));
      const checked = await sh(process.execPath, [tscOf(dir, tsMajor), '-p', file], { cwd: dir });
      record(`ai@${major}`, `types TS${tsMajor} ${cell.name}`, checked.ok, checked.ok ? '' : (checked.stdout + checked.stderr).trim().split('\n').slice(0, 12).join('\n    '));
    }
  }
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ ...pkg, type: 'commonjs' }, null, 2));
}

async function compileProgram(major, dir) {
  const config = {
    compilerOptions: { target: 'es2022', lib: ['es2022', 'dom'], module: 'nodenext', moduleResolution: 'nodenext', strict: true, types: ['node'], rootDir: 'src', outDir: 'out', skipLibCheck: true },
    files: ['src/scenario.mts', 'src/scenario.cts', 'src/run.mts', 'src/run.cts'],
  };
  writeFileSync(path.join(dir, 'tsconfig.run.json'), JSON.stringify(config, null, 2));
  const built = await sh(process.execPath, [tscOf(dir, 6), '-p', 'tsconfig.run.json'], { cwd: dir });
  record(`ai@${major}`, 'compile ESM+CJS program (TS6 nodenext)', built.ok, built.ok ? '' : (built.stdout + built.stderr).trim().split('\n').slice(0, 12).join('\n    '));
  return built.ok;
}

/** The replies one scenario run consumes, in order: generate, stream, tool call, final answer. */
function enqueueScenario(emulator) {
  emulator.enqueue(
    { type: 'reply', reasoning: 'A greeting.', text: 'Hello from the consumer test.' },
    { type: 'reply', reasoning: 'Stream it.', text: 'Streamed hello, in pieces.', chunkSize: 4 },
    { type: 'reply', reasoning: 'I need the weather.', toolCalls: [{ id: 'call_1', name: 'getWeather', arguments: { city: 'Tokyo' } }] },
    { type: 'reply', reasoning: 'The tool said sunny.', text: 'It is sunny in Tokyo, 21 °C.' },
  );
}

async function runPrograms(major, dir, emulator) {
  const app = APPS[major];
  for (const version of NODES) {
    if (version < app.minNode) continue;
    const node = await nodeBinary(version);
    for (const kind of ['esm', 'cjs']) {
      emulator.reset();
      enqueueScenario(emulator);
      const program = path.join(dir, 'out', kind === 'esm' ? 'run.mjs' : 'run.cjs');
      const ran = await sh(node, [program], {
        cwd: dir,
        env: { PATH: process.env.PATH, MINIMAX_API_KEY: 'sk-consumer', MINIMAX_BASE_URL: emulator.baseURL },
      });
      const toolTurn = emulator.requests[3]?.body?.messages?.some((m) => m.role === 'tool' && String(m.content).includes('sunny'));
      const ok = ran.ok && ran.stdout.includes(`${kind} ok`) && emulator.requests.length === 4 && toolTurn === true;
      const detail = ok ? '' : `${(ran.stderr || ran.stdout).trim().split('\n').slice(0, 8).join('\n    ')} (requests: ${emulator.requests.length}, tool result sent back: ${toolTurn})`;
      record(`ai@${major}`, `run ${kind.toUpperCase()} on Node ${version}`, ok, detail);
    }
  }
}

async function checkApp(major, tarball, sizes) {
  let dir;
  try {
    const app = await setUpApp(major, tarball);
    dir = app.dir;
    sizes.push(app.size);
  } catch (error) {
    record(`ai@${major}`, 'install', false, String(error.message ?? error).slice(0, 800));
    return;
  }
  await typeMatrix(major, dir);
  if (!(await compileProgram(major, dir))) return;
  // The emulator of the installed tarball, as a user would start it.
  const testing = path.join(dir, 'node_modules/minimax-ai-provider/dist/testing/index.js');
  const { createMiniMaxEmulator } = await import(pathToFileURL(testing).href);
  const emulator = await createMiniMaxEmulator({ apiKey: 'sk-consumer' });
  try {
    await runPrograms(major, dir, emulator);
  } finally {
    await emulator.close();
  }
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;

async function main() {
  mkdirSync(work, { recursive: true });
  const tarball = await packTarball();
  console.log(`packed ${path.basename(tarball)} (${kb(statSync(tarball).size)})`);
  for (const version of NODES) await nodeBinary(version);

  // Two apps at a time: installs wait on the network while the other app's tsc runs.
  const sizes = [];
  const queue = [...MAJORS];
  const worker = async () => {
    for (let major = queue.shift(); major !== undefined; major = queue.shift()) await checkApp(major, tarball, sizes);
  };
  await Promise.all([worker(), worker()]);
  sizes.sort((a, b) => a.major - b.major);

  console.log('\nWhat an app gets (node_modules of `npm install ai@N zod`, then what installing this package adds):');
  console.log('| ai | app before | added by this package | packages added | ai/zod/@ai-sdk packages after | engine warnings of ai itself |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const s of sizes) {
    console.log(`| ${s.major} | ${kb(s.appBytes)} | ${kb(s.addedBytes)} | ${s.addedPackages.join(', ') || '—'} | ${s.aiPackages.join(', ')} | ${s.aiEngineWarnings.join(', ') || '—'} |`);
  }
  const failed = results.filter((r) => !r.ok);
  console.log(`\n${results.length - failed.length} passed, ${failed.length} failed`);
  if (!KEEP && failed.length === 0) {
    for (const major of MAJORS) rmSync(path.join(work, `ai${major}`), { recursive: true, force: true });
  }
  process.exitCode = failed.length === 0 ? 0 : 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
