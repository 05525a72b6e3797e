/**
 * The one loader of `test/fixtures`. A fixture is MiniMax output as it came (or would come) over the wire:
 *
 * - `*.chunks.txt`: chat-completions stream chunks, one JSON per line (the `data:` payloads), `[DONE]` where sent;
 * - `*.events.txt`: messages-wire stream events, one JSON per line (each sent as `event: <type>` + `data:`);
 * - `*.sse`: a recorded stream body, byte for byte;
 * - `*.json`: a whole non-streamed response body.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(__dirname, '..', 'fixtures');

/** A fixture's text. */
export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The non-blank lines of a line-per-chunk fixture. */
function fixtureLines(name: string): string[] {
  return readFixture(name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A `.chunks.txt` or `.events.txt` fixture as parsed chunks or events (`[DONE]` left out). */
export function fixtureChunks<T = Record<string, unknown>>(name: string): T[] {
  return fixtureLines(name)
    .filter((line) => line !== '[DONE]')
    .map((line) => JSON.parse(line) as T);
}

/** A `.json` fixture: a whole response body. */
export function fixtureJson(name: string): string {
  return readFixture(name);
}

/**
 * A stream fixture as its server-sent events, each the lines it is written with (no line endings, no blank
 * line): a chunk line becomes `data: <line>`, an event line `event: <type>` + `data: <line>`; a `.sse` body is
 * split at its blank lines.
 */
export function fixtureSseEvents(name: string): string[][] {
  if (name.endsWith('.sse')) {
    return readFixture(name)
      .split(/\r?\n\r?\n/)
      .map((event) => event.split(/\r?\n/).filter((line) => line !== ''))
      .filter((lines) => lines.length > 0);
  }
  if (name.endsWith('.events.txt')) {
    return fixtureLines(name).map((line) => [`event: ${(JSON.parse(line) as { type: string }).type}`, `data: ${line}`]);
  }
  return fixtureLines(name).map((line) => [`data: ${line}`]);
}

/** A stream fixture as the body MiniMax sends (LF line endings). */
export function fixtureSseBody(name: string): string {
  return fixtureSseEvents(name)
    .map((lines) => `${lines.join('\n')}\n\n`)
    .join('');
}
