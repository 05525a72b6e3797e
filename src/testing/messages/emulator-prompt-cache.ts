/**
 * Prompt-caching emulation for the Anthropic-compatible messages wire: `cache_control` breakpoints on tools,
 * system blocks and message blocks, a per-emulator cache of prefixes with a TTL, and the resulting
 * `input_tokens` / `cache_creation_input_tokens` / `cache_read_input_tokens` split.
 *
 * Model: a request's prompt is the sequence of its blocks in the order MiniMax (like Anthropic) caches them —
 * every tool, then every system block, then every content block of every message. A block carrying
 * `cache_control` is a breakpoint; the cache key of a breakpoint is a digest of the model and the JSON of
 * the prompt up to and including that block. For a request, the longest prefix found in the cache among its
 * breakpoints is read (`cache_read_input_tokens`), the tokens from there up to the last breakpoint are written
 * (`cache_creation_input_tokens`, and every breakpoint's prefix is stored or refreshed), and the tokens after
 * the last breakpoint are plain `input_tokens`. Token counts are `ceil(characters / 4)` of the blocks' JSON.
 *
 * MiniMax-M3 models store the same prefixes but report no writes (`cache_creation_input_tokens: 0`, as users of
 * M3 on this wire report): the tokens written count as plain input.
 *
 * Simplifications: keys ignore the `cache_control` markers themselves (moving a marker does not change the
 * content it covers); a string `system` / `content` counts as one `{"type":"text","text":…}` block; there is
 * no minimum cacheable length and no look-back to earlier non-breakpoint blocks; every entry lives
 * `ttlMs` (default 5 minutes, `cache_control.ttl` is ignored) from its last write or hit.
 */
import { createHash } from 'node:crypto';
import { MINIMAX_WIRE_FACTS } from '../../core/shared/minimax-facts.js';
import { tokensForCharacters } from '../shared/emulator-reply-parts.js';
import { isM3Model } from '../shared/emulator-model-rules.js';

/** Default lifetime of a cache entry: MiniMax documents a 5-minute TTL. */
export const DEFAULT_PROMPT_CACHE_TTL_MS: number = MINIMAX_WIRE_FACTS.messages.promptCacheTtlMs;

/** One block of a messages request's prompt, in caching order. */
export interface PromptSegment {
  /** `tool`, `system` or the message's role. */
  kind: string;
  /** The block's JSON without `cache_control` (what the key and the token estimate are made of). */
  json: string;
  /** The block carries `cache_control`. */
  breakpoint: boolean;
}

/** The prompt side of a messages usage object. */
export interface MessagesPromptUsage {
  input_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

function hasCacheControl(block: unknown): boolean {
  return !!block && typeof block === 'object' && (block as any).cache_control != null;
}

function withoutCacheControl(block: unknown): unknown {
  if (!block || typeof block !== 'object' || Array.isArray(block)) return block;
  const { cache_control: _ignored, ...rest } = block as Record<string, unknown>;
  return rest;
}

/** A `system` or message `content` as a list of blocks (a string becomes one text block). */
function asBlocks(content: unknown): unknown[] {
  if (typeof content === 'string') return [{ type: 'text', text: content }];
  if (Array.isArray(content)) return content;
  return [];
}

/** The prompt blocks of a messages request in caching order: tools, system blocks, message blocks. */
export function messagesPromptSegments(body: any): PromptSegment[] {
  const segments: PromptSegment[] = [];
  const push = (kind: string, block: unknown) =>
    segments.push({ kind, json: JSON.stringify(withoutCacheControl(block)) ?? 'null', breakpoint: hasCacheControl(block) });
  if (Array.isArray(body?.tools)) for (const tool of body.tools) push('tool', tool);
  for (const block of asBlocks(body?.system)) push('system', block);
  if (Array.isArray(body?.messages)) {
    for (const message of body.messages) {
      const role = typeof message?.role === 'string' ? message.role : '';
      for (const block of asBlocks(message?.content)) push(role, block);
    }
  }
  return segments;
}

/** Number of `cache_control` breakpoints in a messages request (tools + system blocks + message blocks). */
export function countCacheBreakpoints(body: any): number {
  return messagesPromptSegments(body).filter((segment) => segment.breakpoint).length;
}

/** Options of {@link EmulatorPromptCache}. */
export interface PromptCacheOptions {
  /** Entry lifetime in milliseconds from its last write or hit. Default 5 minutes. */
  ttlMs?: number;
  /** Clock in milliseconds. Default `Date.now`. */
  now?: () => number;
}

/** The emulator's prompt cache (one per emulator). */
export class EmulatorPromptCache {
  private readonly entries = new Map<string, number>(); // key → expiry time
  private readonly ttlMs: number;
  private readonly now: () => number;

  constructor(options: PromptCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? DEFAULT_PROMPT_CACHE_TTL_MS;
    this.now = options.now ?? Date.now;
  }

  /** Live entries (expired ones are dropped first). */
  get size(): number {
    this.evict(this.now());
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
  }

  /**
   * Accounts a request's prompt against the cache and updates the cache: returns how many prompt tokens are
   * read from the cache, written to it, and plain input.
   */
  account(body: any): MessagesPromptUsage {
    const segments = messagesPromptSegments(body);
    // Cumulative character counts: chars[i] = characters of blocks 0..i-1.
    const chars = [0];
    for (const segment of segments) chars.push(chars[chars.length - 1] + segment.json.length);
    const tokensUpTo = (index: number) => tokensForCharacters(chars[index + 1]); // blocks 0..index inclusive
    const total = tokensForCharacters(chars[segments.length]);

    const breakpoints = segments.flatMap((segment, index) => (segment.breakpoint ? [index] : []));
    if (breakpoints.length === 0) {
      return { input_tokens: total, cache_creation_input_tokens: 0, cache_read_input_tokens: 0 };
    }

    const now = this.now();
    this.evict(now);
    const model = typeof body?.model === 'string' ? body.model : '';
    const keys = breakpoints.map((index) => prefixKey(model, segments, index));

    let hit = -1; // position in `breakpoints` of the longest cached prefix
    for (let i = breakpoints.length - 1; i >= 0; i--) {
      if (this.entries.has(keys[i])) {
        hit = i;
        break;
      }
    }
    for (const key of keys) this.entries.set(key, now + this.ttlMs);

    const last = breakpoints[breakpoints.length - 1];
    const read = hit >= 0 ? tokensUpTo(breakpoints[hit]) : 0;
    const written = tokensUpTo(last) - read;
    // MiniMax-M3 caches prompts by itself and reports no cache writes (cache_creation_input_tokens: 0): the
    // tokens it stores are reported as plain input.
    const reportsWrites = !isM3Model(model);
    return {
      input_tokens: total - tokensUpTo(last) + (reportsWrites ? 0 : written),
      cache_creation_input_tokens: reportsWrites ? written : 0,
      cache_read_input_tokens: read,
    };
  }

  private evict(now: number): void {
    for (const [key, expiry] of this.entries) if (expiry <= now) this.entries.delete(key);
  }
}

function prefixKey(model: string, segments: PromptSegment[], last: number): string {
  const hash = createHash('sha256').update(JSON.stringify(model));
  for (let i = 0; i <= last; i++) hash.update(`\n${JSON.stringify(segments[i].kind)}:${segments[i].json}`);
  return hash.digest('hex');
}
