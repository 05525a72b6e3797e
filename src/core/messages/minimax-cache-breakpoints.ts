import { MINIMAX_WIRE_FACTS } from '../shared/minimax-facts';
import type { MiniMaxWarning, ProviderOptions } from '../shared/minimax-neutral-types';

/** Anthropic-style `cache_control` as MiniMax's messages endpoint accepts it. */
export interface MiniMaxCacheControl {
  type: 'ephemeral';
  ttl?: string;
}

/** MiniMax (like Anthropic) honours at most four cache breakpoints per request. */
const MAX_CACHE_BREAKPOINTS = MINIMAX_WIRE_FACTS.messages.maxCacheBreakpoints;

function readCacheControl(options: ProviderOptions | undefined): MiniMaxCacheControl | undefined {
  const value = options?.minimax?.cacheControl ?? options?.minimax?.cache_control;
  if (typeof value !== 'object' || value === null || Array.isArray(value) || !('type' in value)) return undefined;
  const { type, ttl } = value;
  return type === 'ephemeral' ? { type, ...(typeof ttl === 'string' ? { ttl } : {}) } : undefined;
}

/** What a block without a breakpoint gets (spread into it): one shared, frozen empty object. */
const NO_BREAKPOINT: { cache_control?: MiniMaxCacheControl } = Object.freeze({});

/**
 * Hands out `cache_control` for blocks whose `providerOptions.minimax.cacheControl`
 * asks for one, in request order (tools, system, messages), up to four; any
 * further breakpoint is dropped with one warning.
 */
export class CacheBreakpoints {
  private used = 0;
  private dropped = 0;

  take(options: ProviderOptions | undefined): { cache_control?: MiniMaxCacheControl } {
    const cacheControl = readCacheControl(options);
    if (!cacheControl) return NO_BREAKPOINT;
    if (this.used >= MAX_CACHE_BREAKPOINTS) {
      this.dropped++;
      return NO_BREAKPOINT;
    }
    this.used++;
    return { cache_control: cacheControl };
  }

  warnings(): MiniMaxWarning[] {
    return this.dropped === 0
      ? []
      : [
          {
            type: 'other',
            message: `MiniMax accepts at most ${MAX_CACHE_BREAKPOINTS} cache breakpoints; ${this.dropped} more were not sent (only the first ${MAX_CACHE_BREAKPOINTS}, in tools → system → messages order).`,
          },
        ];
  }
}
