/**
 * Reads the stream events that repeat an earlier event's text but for the
 * string they carry, without parsing them again.
 *
 * A streamed answer is thousands of events that differ only in a few
 * characters: `{"type":"content_block_delta","index":1,"delta":{"type":
 * "text_delta","text":"…"}}` again and again, or the same chat chunk with
 * another `content`. Parsing is most of the work of reading them. So once an
 * event has been parsed and validated, its text is kept as a template: the
 * text around the string values the wire varies (`leaves`, e.g. `delta.text`),
 * with those values cut out. An event whose text is the template's text with
 * other strings in those places is the template's value with those strings in
 * those places: no other byte differs.
 *
 * What makes that exact:
 * - a template is kept only once a probe proves that its holes are exactly the
 *   string values at those paths (its text with marker strings in the holes
 *   parses to the value with the markers at the paths);
 * - an event fits only if every hole holds one whole JSON string body (the
 *   scan stops at the first unescaped quote; a raw control character, which
 *   JSON refuses, sends the event to the parser, and so does any escape
 *   `JSON.parse` refuses) and every byte around the holes is the template's;
 * - the value is rebuilt by copying only the objects on the leaves' paths: the
 *   rest is shared with the template's value, which the assembler never
 *   changes.
 *
 * Anything that does not fit is parsed and validated as usual (errors and
 * typed refusals come from there). Learning is rationed so that a stream of
 * events that never repeat costs at most a few extra parses.
 */

/** A path to a value inside a parsed event: object keys and array indexes. */
export type JsonPath = ReadonlyArray<string | number>;

interface Template {
  /** The event's text around its holes: `segments[0]`, hole 0, `segments[1]`, … (each hole a JSON string's body). */
  segments: string[];
  /** The leaf of each hole, in text order. */
  paths: JsonPath[];
  /** The parsed, validated event the template was made from. */
  value: unknown;
}

/** Templates kept per stream (parallel tool calls streamed in turns need one each). */
const MAX_TEMPLATES = 32;
/** Distinct lengths of the text before the first hole looked up per event. */
const MAX_PREFIX_LENGTHS = 8;
/** Templates are looked up by the end of the text before their first hole (where events of one shape differ: an index, a type). */
const KEY_LENGTH = 32;
/** Learning attempts allowed before any template has paid off; each hit earns one more (up to MAX_CREDIT). */
const INITIAL_CREDIT = 4;
const MAX_CREDIT = 64;
/** With no credit left, one learning attempt per this many misses. */
const RETRY_EVERY = 64;

const HOLE_MARK = '\u{1F9E9}minimax-hole-';

export class MiniMaxEventTemplates {
  private readonly leaves: readonly JsonPath[];
  /** The template that fitted (or was made) last: tried first. */
  private recent: Template | undefined;
  /** Every template by the end of its text before the first hole (oldest first), and the lengths of those texts. */
  private readonly byPrefix = new Map<string, Template>();
  private readonly prefixLengths: number[] = [];
  private credit = INITIAL_CREDIT;
  private misses = 0;
  /** The hole values of the event being read. */
  private readonly values: string[] = [];

  constructor(leaves: readonly JsonPath[]) {
    this.leaves = leaves;
  }

  /** The value `data` parses to when it fits a template; `undefined` when it must be parsed. */
  read(data: string): unknown {
    const { recent } = this;
    if (recent !== undefined && this.fits(recent, data)) return this.hit(recent);
    for (const length of this.prefixLengths) {
      if (length > data.length) continue;
      const template = this.byPrefix.get(data.slice(Math.max(0, length - KEY_LENGTH), length));
      if (template !== undefined && template !== recent && this.fits(template, data)) return this.hit(template);
    }
    this.misses++;
    return undefined;
  }

  private hit(template: Template): unknown {
    if (this.credit < MAX_CREDIT) this.credit++;
    this.recent = template;
    return rebuild(template.value, template.paths, this.values);
  }

  /** Keeps `data` as a template when it carries a leaf: `value` is what it parsed to, validated and used as it is. */
  learn(data: string, value: unknown): void {
    if (this.credit <= 0 && this.misses % RETRY_EVERY !== 0) return;
    const found: Array<{ path: JsonPath; start: number; end: number }> = [];
    for (const path of this.leaves) {
      const leaf = leafAt(value, path);
      if (typeof leaf !== 'string') continue;
      const encoded = JSON.stringify(leaf);
      // The leaf's text as JSON.stringify writes it; a sender that escapes differently gets no template.
      let at = data.lastIndexOf(encoded);
      while (at !== -1 && found.some((f) => at < f.end + 1 && f.start - 1 < at + encoded.length)) {
        at = at === 0 ? -1 : data.lastIndexOf(encoded, at - 1);
      }
      if (at === -1) return this.spend();
      found.push({ path, start: at + 1, end: at + encoded.length - 1 });
    }
    if (found.length === 0) return;
    found.sort((a, b) => a.start - b.start);

    const segments: string[] = [];
    let from = 0;
    for (const hole of found) {
      segments.push(detach(data.slice(from, hole.start)));
      from = hole.end;
    }
    segments.push(detach(data.slice(from)));

    // The probe: marker strings in the holes must come back at exactly the leaves' paths, one hole per leaf. Two
    // leaves with the same text (chat's reasoning_content and reasoning_details) may have been matched crosswise:
    // the probe tells which hole is whose.
    let probe = segments[0];
    for (let i = 0; i < found.length; i++) probe += HOLE_MARK + i + segments[i + 1];
    let probed: unknown;
    try {
      probed = JSON.parse(probe);
    } catch {
      return this.spend();
    }
    const paths: JsonPath[] = [];
    for (const { path } of found) {
      const mark = leafAt(probed, path);
      const hole = typeof mark === 'string' && mark.startsWith(HOLE_MARK) ? Number(mark.slice(HOLE_MARK.length)) : -1;
      if (!(hole >= 0 && hole < found.length) || paths[hole] !== undefined) return this.spend();
      paths[hole] = path;
    }

    this.spend();
    const prefix = segments[0];
    if (!this.prefixLengths.includes(prefix.length)) {
      if (this.prefixLengths.length >= MAX_PREFIX_LENGTHS) return;
      this.prefixLengths.push(prefix.length);
    }
    const template = { segments, paths, value };
    const key = prefix.slice(Math.max(0, prefix.length - KEY_LENGTH));
    this.byPrefix.delete(key);
    this.byPrefix.set(key, template);
    if (this.byPrefix.size > MAX_TEMPLATES) this.byPrefix.delete(this.byPrefix.keys().next().value!);
    this.recent = template;
  }

  private spend(): void {
    this.credit--;
  }

  /** Whether `data` is the template's text with one JSON string body in each hole; the bodies' values go to `values`. */
  private fits(template: Template, data: string): boolean {
    const { segments } = template;
    const first = segments[0];
    // (slice + === compares whole strings at memcmp speed; startsWith goes character by character)
    if (data.slice(0, first.length) !== first) return false;
    let at = first.length;
    const holes = segments.length - 1;
    for (let i = 0; i < holes; i++) {
      const start = at;
      let escaped = false;
      for (;;) {
        if (at >= data.length) return false;
        const c = data.charCodeAt(at);
        if (c === 34 /* " */) break;
        if (c < 32) return false; // JSON refuses raw control characters: the parser says so
        if (c === 92 /* \ */) {
          escaped = true;
          at += 2;
        } else {
          at++;
        }
      }
      const body = data.slice(start, at);
      if (escaped) {
        try {
          this.values[i] = JSON.parse(`"${body}"`) as string;
        } catch {
          return false;
        }
      } else {
        this.values[i] = body;
      }
      const segment = segments[i + 1];
      const next = at + segment.length;
      if (data.slice(at, next) !== segment) return false;
      at = next;
    }
    return at === data.length;
  }
}

function leafAt(value: unknown, path: JsonPath): unknown {
  let node = value;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node;
}

type Node = Record<string | number, unknown>;

/** `value` with `values[i]` at `paths[i]`: the objects and arrays on the paths are copied, the rest is shared. */
function rebuild(value: unknown, paths: JsonPath[], values: string[]): unknown {
  const root = copy(value as Node);
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i];
    let node = root;
    let original = value as Node;
    const last = path.length - 1;
    for (let k = 0; k < last; k++) {
      const key = path[k];
      const originalChild = original[key] as Node;
      let child = node[key] as Node;
      if (child === originalChild) {
        child = copy(originalChild);
        node[key] = child;
      }
      node = child;
      original = originalChild;
    }
    node[path[last]] = values[i];
  }
  return root;
}

function copy(node: Node): Node {
  return Array.isArray(node) ? (node.slice() as unknown as Node) : { ...node };
}

/** A copy of a slice that does not keep the whole network buffer it was cut from alive. */
function detach(text: string): string {
  return (' ' + text).slice(1);
}
