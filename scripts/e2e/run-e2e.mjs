#!/usr/bin/env node
/**
 * npm run test:e2e [-- --skip-build]
 *
 * examples/next-chat in a real browser, offline: installs the app's dependencies if missing, builds the provider and
 * the app, starts the MiniMax emulator (in this process) and `next start` on free loopback ports, installs Debian's
 * Chromium if /usr/bin/chromium is missing, and drives the page with playwright-core: "What is the weather in Tokyo?"
 * (and a follow-up) on the Node.js route and on the edge route. Each test checks the reasoning block, the tool call
 * and its result, the streamed final answer quoting that result, and each answer's cost plus the running total.
 * "Read aloud" plays an answer through /api/speech (streamed MiniMax speech on the edge runtime): the page's <audio>
 * element must get playable audio, and that audio, decoded by the browser, must have sound in it.
 * Another test presses the Image button: the image-01 picture must decode in the browser (naturalWidth > 0, 1024 px).
 * Screenshot: examples/next-chat/e2e-screenshot.png. Exits non-zero on any failure; child processes are always killed.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import {
  appDir,
  buildApp,
  buildProvider,
  ensureInstalled,
  freePort,
  isStopping,
  log,
  onCleanup,
  run,
  shutdown,
  startEmulator,
  startNext,
  step,
} from './next-chat-app.mjs';

const CHROMIUM = '/usr/bin/chromium';
const SCREENSHOT = path.join(appDir, 'e2e-screenshot.png');
const QUESTION = 'What is the weather in Tokyo?';
const FOLLOW_UP = 'And how about tomorrow?';
const MODEL_ID = 'MiniMax-M2.1';
const TEST_TIMEOUT_MS = 60_000;

const skipBuild = process.argv.includes('--skip-build');
const started = Date.now();

// ---------------------------------------------------------------------------------------------------------------
// Setup.

async function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  if (typeof process.getuid === 'function' && process.getuid() !== 0) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (sudo apt-get install -y chromium)`);
  }
  await step(`${CHROMIUM} missing: apt-get install chromium`, () =>
    run('sh', ['-c', 'apt-get update && apt-get install -y --no-install-recommends chromium'], {
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      stdio: ['ignore', 'ignore', 'inherit'],
    }),
  );
  if (!existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but ${CHROMIUM} is still missing`);
}

/** Keeps the last lines of a child's output, to print when something fails. */
function captureOutput(child, limit = 80) {
  const lines = [];
  const push = (chunk) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.trim() === '') continue;
      lines.push(line);
      if (lines.length > limit) lines.shift();
    }
  };
  child.stdout?.on('data', push);
  child.stderr?.on('data', push);
  return lines;
}

// ---------------------------------------------------------------------------------------------------------------
// Assertions.

class AssertionFailed extends Error {}

function check(condition, message) {
  if (!condition) throw new AssertionFailed(message);
}

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new AssertionFailed(`${what}: timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** Records, in the page, every length the last answer's text goes through (to prove it streamed). */
function watchAnswerText() {
  window.__answerLengths = [];
  new MutationObserver(() => {
    const answers = document.querySelectorAll('article[data-role="assistant"]');
    const text = answers[answers.length - 1]?.querySelector('[data-testid="answer-text"]');
    if (!text) return;
    const lengths = window.__answerLengths;
    const length = text.textContent.length;
    if (lengths[lengths.length - 1] !== length) lengths.push(length);
  }).observe(document.body, { subtree: true, childList: true, characterData: true });
}

/** Sends `text` and checks the answer it gets; returns that answer's cost in USD. */
async function askAndCheck(page, runtime, text, answerIndex) {
  await page.evaluate(() => (window.__answerLengths = []));
  await page.fill('input[aria-label="Message"]', text);
  await page.click('button[type="submit"]');

  await page.locator('article[data-role="assistant"][data-finished="true"]').nth(answerIndex).waitFor({ timeout: 30_000 });
  const answer = page.locator('article[data-role="assistant"]').nth(answerIndex);
  const where = `answer ${answerIndex + 1} (${runtime})`;

  const userMessages = await page.locator('article[data-role="user"]').allTextContents();
  check(userMessages[answerIndex] === text, `${where}: the user message shows ${JSON.stringify(userMessages[answerIndex])}`);

  // Reasoning: one block per step (the tool call, then the answer), collapsed, opening on click.
  const reasoning = answer.locator('details[data-testid="reasoning"]');
  const reasoningCount = await reasoning.count();
  check(reasoningCount >= 2, `${where}: expected a reasoning block per step (2), found ${reasoningCount}`);
  const firstReasoning = reasoning.first();
  check(!(await firstReasoning.evaluate((el) => el.open)), `${where}: the reasoning block should start collapsed`);
  await firstReasoning.locator('summary').click();
  check(await firstReasoning.evaluate((el) => el.open), `${where}: clicking the reasoning summary did not open it`);
  const reasoningText = await firstReasoning.locator('p').innerText();
  check(await firstReasoning.locator('p').isVisible(), `${where}: the opened reasoning text is not visible`);
  check(/get_weather/.test(reasoningText), `${where}: reasoning ${JSON.stringify(reasoningText)} does not mention get_weather`);

  // The tool call and its result.
  const tool = answer.locator('[data-testid="tool"]');
  check((await tool.count()) === 1, `${where}: expected 1 tool call, found ${await tool.count()}`);
  check((await tool.getAttribute('data-state')) === 'output-available', `${where}: tool state ${await tool.getAttribute('data-state')}`);
  const toolText = await tool.innerText();
  check(/get_weather\(\{"location":"Tokyo"\}\)/.test(toolText), `${where}: tool call shown as ${JSON.stringify(toolText)}`);
  const resultText = (await tool.locator('[data-testid="tool-result"]').innerText()).replace(/^→\s*/, '');
  let result;
  try {
    result = JSON.parse(resultText);
  } catch {
    throw new AssertionFailed(`${where}: tool result is not JSON: ${JSON.stringify(resultText)}`);
  }
  check(
    result.location === 'Tokyo' && typeof result.temperatureC === 'number' && typeof result.condition === 'string',
    `${where}: unexpected tool result ${resultText}`,
  );

  // The final answer quotes the tool result, and arrived in pieces.
  const answerText = await answer.locator('[data-testid="answer-text"]').innerText();
  check(
    answerText.includes('According to get_weather') && answerText.includes(result.condition) && answerText.includes('Tokyo'),
    `${where}: final answer ${JSON.stringify(answerText)} does not quote the tool result`,
  );
  const lengths = await page.evaluate(() => window.__answerLengths);
  const partial = lengths.filter((n) => n > 0 && n < answerText.length);
  check(partial.length >= 2, `${where}: the answer did not stream (text lengths seen: ${JSON.stringify(lengths)})`);

  // Cost and metadata: from the route's messageMetadata, served by the runtime that was asked for.
  const meta = answer.locator('[data-testid="answer-meta"]');
  check((await meta.getAttribute('data-runtime')) === runtime, `${where}: served by the ${await meta.getAttribute('data-runtime')} runtime`);
  const metaText = await meta.innerText();
  check(metaText.includes(MODEL_ID) && metaText.includes('2 steps') && metaText.includes('emulator'), `${where}: metadata ${JSON.stringify(metaText)}`);
  const cost = answer.locator('[data-testid="answer-cost"]');
  const costUSD = Number(await cost.getAttribute('data-usd'));
  const costText = await cost.innerText();
  check(costUSD > 0 && costUSD < 0.01, `${where}: cost ${costUSD} USD`);
  check(/^\$0\.\d{4,6}$/.test(costText), `${where}: cost shown as ${JSON.stringify(costText)}`);
  return costUSD;
}

/**
 * Runs `body` on a fresh browser context and page, then checks that the page logged no error. `problems` collects the
 * page's errors and console errors; on a failure the page is saved as `e2e-failure-<name>.png` and its errors are
 * added to the message. The context is closed either way.
 */
async function inPage(browser, name, body) {
  const context = await browser.newContext({ viewport: { width: 900, height: 1100 } });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  try {
    await body({ page, problems });
    check(problems.length === 0, `browser errors:\n  ${problems.join('\n  ')}`);
  } catch (error) {
    await page.screenshot({ path: path.join(appDir, `e2e-failure-${name}.png`), fullPage: true }).catch(() => {});
    if (problems.length > 0) error.message += `\n  browser: ${problems.join('\n  browser: ')}`;
    throw error;
  } finally {
    await context.close();
  }
}

async function chatTest(browser, baseURL, emulator, runtime) {
  await inPage(browser, runtime, async ({ page }) => {
    const apiCalls = [];
    page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/api/')) apiCalls.push(pathname);
    });
    const requestsBefore = emulator.requests.length;

    await page.goto(`${baseURL}/?runtime=${runtime}`);
    await page.waitForSelector('main[data-ready="true"]');
    check(
      (await page.getAttribute(`[data-testid="runtime-${runtime}"]`, 'aria-pressed')) === 'true',
      `?runtime=${runtime} did not select the ${runtime} toggle`,
    );
    await page.evaluate(watchAnswerText);

    const first = await askAndCheck(page, runtime, QUESTION, 0);
    const total1 = Number(await page.getAttribute('[data-testid="total-cost"]', 'data-usd'));
    check(Math.abs(total1 - first) < 1e-12, `conversation total ${total1} after one answer costing ${first}`);

    const second = await askAndCheck(page, runtime, FOLLOW_UP, 1);
    const total2 = Number(await page.getAttribute('[data-testid="total-cost"]', 'data-usd'));
    check(Math.abs(total2 - (first + second)) < 1e-12, `conversation total ${total2}, answers ${first} + ${second}`);
    const totalText = await page.innerText('[data-testid="total-cost"]');
    check(totalText.includes('2 answers') && /\$0\.\d+/.test(totalText), `total shown as ${JSON.stringify(totalText)}`);

    const route = runtime === 'edge' ? '/api/chat-edge' : '/api/chat';
    check(
      apiCalls.length === 2 && apiCalls.every((p) => p === route),
      `the page called ${JSON.stringify(apiCalls)}, expected ${route} twice`,
    );
    // Two questions, two model calls each (tool call, then the answer), all streamed to the emulator.
    const calls = emulator.requests.slice(requestsBefore).filter((r) => r.path.startsWith('/v1/chat/completions'));
    check(
      calls.length === 4 && calls.every((r) => r.body?.model === MODEL_ID && r.body?.stream === true),
      `the emulator got ${calls.length} chat requests (${calls.map((r) => `${r.body?.model} stream=${r.body?.stream}`).join(', ')}), expected 4 streamed ${MODEL_ID} calls`,
    );
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
  });
}

/** "Read aloud": the answer's <audio> element plays MiniMax speech from /api/speech, and the audio has sound. */
async function readAloudTest(browser, baseURL, emulator) {
  await inPage(browser, 'read-aloud', async ({ page }) => {
    const requestsBefore = emulator.requests.length;
    await page.goto(baseURL);
    await page.waitForSelector('main[data-ready="true"]');
    await page.fill('input[aria-label="Message"]', QUESTION);
    await page.click('button[type="submit"]');
    const answer = page.locator('article[data-role="assistant"][data-finished="true"]').first();
    await answer.waitFor({ timeout: 30_000 });
    const answerText = await answer.locator('[data-testid="answer-text"]').last().innerText();

    await answer.locator('[data-testid="read-aloud"]').click();
    const audio = answer.locator('[data-testid="answer-audio"]');
    await audio.waitFor({ timeout: 10_000 });
    await page.waitForFunction(
      () => ['canplay', 'playing', 'ended', 'error'].includes(document.querySelector('[data-testid="answer-audio"]')?.dataset.state),
      null,
      { timeout: 30_000 },
    );
    const state = await audio.getAttribute('data-state');
    check(state !== 'error', 'the <audio> element could not play what /api/speech sent');
    // The element's own view, then the same audio decoded by the browser's audio decoder.
    const info = await audio.evaluate(async (element) => {
      const response = await fetch(element.currentSrc);
      const bytes = await response.arrayBuffer();
      const decoded = await new OfflineAudioContext(1, 1, 44100).decodeAudioData(bytes.slice(0));
      const samples = decoded.getChannelData(0);
      let sum = 0;
      for (let i = 0; i < samples.length; i++) sum += samples[i] * samples[i];
      return {
        elementDuration: element.duration,
        src: new URL(element.currentSrc).pathname,
        contentType: response.headers.get('content-type'),
        head: Array.from(new Uint8Array(bytes.slice(0, 2))),
        decodedSeconds: decoded.duration,
        rms: Math.sqrt(sum / samples.length),
      };
    });
    check(info.src === '/api/speech', `the audio came from ${info.src}`);
    check(info.elementDuration > 0, `the <audio> element reports duration ${info.elementDuration}`);
    check(info.contentType === 'audio/mpeg' && info.head[0] === 0xff && (info.head[1] & 0xe0) === 0xe0, `/api/speech sent ${info.contentType}, starting ${JSON.stringify(info.head)}`);
    check(info.decodedSeconds > 0.5, `the browser decoded ${info.decodedSeconds} s of audio`);
    check(info.rms > 0.01, `the decoded audio is silent (RMS ${info.rms})`);

    const speech = emulator.requests.slice(requestsBefore).filter((r) => r.path === '/v1/t2a_v2');
    check(
      speech.length >= 1 && speech.every((r) => r.body?.model === 'speech-2.8-turbo' && r.body?.stream === true),
      `the emulator got ${speech.length} speech requests (${speech.map((r) => `${r.body?.model} stream=${r.body?.stream}`).join(', ')})`,
    );
    const spoken = speech[0].body.text;
    check(answerText.replace(/\s+/g, ' ').includes(spoken.split(/\s+/)[0]), `the first segment ${JSON.stringify(spoken)} is not from the answer`);
    log(`read aloud: ${speech.length} segment requests, ${info.decodedSeconds.toFixed(1)} s of audio, RMS ${info.rms.toFixed(3)}, <audio> ${state}`);
  });
}

// ---------------------------------------------------------------------------------------------------------------
// Images: the Image button generates an image-01 picture from the input text; it must decode in the browser.

const IMAGE_PROMPT = 'A lighthouse at dawn';

async function imageTest(browser, baseURL, emulator) {
  await inPage(browser, 'image', async ({ page }) => {
    const requestsBefore = emulator.requests.length;
    await page.goto(baseURL);
    await page.waitForSelector('main[data-ready="true"]');
    await page.fill('input[aria-label="Message"]', IMAGE_PROMPT);
    await page.click('[data-testid="image-button"]');
    const image = page.locator('img[data-testid="generated-image"]').first();
    await image.waitFor({ timeout: 30_000 });
    // The browser decoded it: a PNG of MiniMax's 1:1 size (1024 × 1024).
    const decoded = await image.evaluate(async (img) => {
      await img.decode();
      return { complete: img.complete, naturalWidth: img.naturalWidth, naturalHeight: img.naturalHeight, alt: img.alt, src: img.src.slice(0, 22) };
    });
    check(decoded.complete && decoded.naturalWidth > 0, `the image did not decode: ${JSON.stringify(decoded)}`);
    check(decoded.naturalWidth === 1024 && decoded.naturalHeight === 1024, `image size ${decoded.naturalWidth}x${decoded.naturalHeight}, expected 1024x1024`);
    check(decoded.alt === IMAGE_PROMPT && decoded.src === 'data:image/png;base64,', `image shown as ${JSON.stringify(decoded)}`);
    const costUSD = Number(await page.getAttribute('[data-testid="image-cost"]', 'data-usd'));
    check(costUSD === 0.0035, `image cost ${costUSD}, expected 0.0035`);
    const calls = emulator.requests.slice(requestsBefore).filter((r) => r.path === '/v1/image_generation');
    check(
      calls.length === 1 && calls[0].body?.prompt === IMAGE_PROMPT && calls[0].body?.model === 'image-01' && calls[0].body?.aspect_ratio === '1:1',
      `the emulator got ${JSON.stringify(calls.map((c) => c.body))}`,
    );
    await page.screenshot({ path: path.join(appDir, 'e2e-image-screenshot.png'), fullPage: true });
  });
}

// ---------------------------------------------------------------------------------------------------------------

async function main() {
  // No stale screenshot from an earlier run.
  for (const name of readdirSync(appDir)) if (/^e2e-.*\.png$/.test(name)) rmSync(path.join(appDir, name), { force: true });
  await ensureInstalled();
  if (!skipBuild) {
    await buildProvider();
    await buildApp();
  }
  await ensureChromium();

  const emulator = await startEmulator({ chunkDelayMs: 20 });
  const port = await freePort();
  // Always offline: the emulator, never MiniMax, whatever the caller's environment says.
  const env = { MINIMAX_BASE_URL: emulator.baseURL, MINIMAX_API_KEY: '' };
  let serverOutput = [];
  const server = await step('next start', () =>
    startNext({ port, env, stdio: ['ignore', 'pipe', 'pipe'], onChild: (child) => (serverOutput = captureOutput(child)) }),
  );
  log(`app at ${server.url}, MiniMax emulator at ${emulator.baseURL}`);

  const require = createRequire(path.join(appDir, 'package.json'));
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  onCleanup(() => browser.close());
  log(`browser: Chromium ${browser.version()}`);

  let passed = 0;
  let failed = 0;
  for (const runtime of ['node', 'edge']) {
    if (isStopping()) break;
    const name = `${runtime} route: "${QUESTION}" + follow-up`;
    const testStarted = Date.now();
    try {
      await withTimeout(chatTest(browser, server.url, emulator, runtime), TEST_TIMEOUT_MS, name);
      passed += 1;
      log(`PASS ${name} (${((Date.now() - testStarted) / 1000).toFixed(1)}s)`);
    } catch (error) {
      if (isStopping()) break;
      failed += 1;
      log(`FAIL ${name}\n  ${error instanceof AssertionFailed ? error.message : error?.stack ?? error}`);
    }
  }

  // Speech.
  if (!isStopping()) {
    const name = 'read aloud: an answer played through /api/speech';
    const testStarted = Date.now();
    try {
      await withTimeout(readAloudTest(browser, server.url, emulator), TEST_TIMEOUT_MS, name);
      passed += 1;
      log(`PASS ${name} (${((Date.now() - testStarted) / 1000).toFixed(1)}s)`);
    } catch (error) {
      if (!isStopping()) {
        failed += 1;
        log(`FAIL ${name}\n  ${error instanceof AssertionFailed ? error.message : error?.stack ?? error}`);
      }
    }
  }

  // Images.
  if (!isStopping()) {
    const name = `image button: "${IMAGE_PROMPT}" decodes in the browser`;
    const testStarted = Date.now();
    try {
      await withTimeout(imageTest(browser, server.url, emulator), TEST_TIMEOUT_MS, name);
      passed += 1;
      log(`PASS ${name} (${((Date.now() - testStarted) / 1000).toFixed(1)}s)`);
    } catch (error) {
      if (!isStopping()) {
        failed += 1;
        log(`FAIL ${name}\n  ${error instanceof AssertionFailed ? error.message : error?.stack ?? error}`);
      }
    }
  }

  if (isStopping()) return new Promise(() => {}); // the signal handler is exiting
  if (failed > 0 && serverOutput.length > 0) {
    log(`last lines of the Next.js server output:\n  ${serverOutput.join('\n  ')}`);
  }
  if (existsSync(SCREENSHOT) && passed > 0) log(`screenshot: ${path.relative(process.cwd(), SCREENSHOT)}`);
  log(`total ${((Date.now() - started) / 1000).toFixed(1)}s`);
  process.stdout.write(`${passed} passed, ${failed} failed\n`);
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => shutdown(code),
  (error) => {
    if (isStopping()) return;
    process.stderr.write(`[next-chat e2e] ${error?.stack ?? error}\n`);
    process.stdout.write('0 passed, 4 failed\n');
    void shutdown(1);
  },
);
