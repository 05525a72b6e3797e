import { generateId } from '@ai-sdk/provider-utils';

/**
 * The tool-call ids of one answer. An id the answer gave is kept; a missing or empty one, or one an earlier call of
 * the same answer already has, is replaced by a fresh one, so that every tool result maps back to its own call. The
 * SDK sends these ids back with the results, so MiniMax sees the same ones in the next turn.
 */
export class ToolCallIds {
  private readonly taken = new Set<string>();
  private readonly prefix: string;

  /** `prefix` starts the fresh ids, in the wire's style (`call_`, `toolu_`). */
  constructor(prefix: string) {
    this.prefix = prefix;
  }

  take(wireId: string | null | undefined): string {
    let id = wireId && !this.taken.has(wireId) ? wireId : `${this.prefix}${generateId()}`;
    while (this.taken.has(id)) id = `${this.prefix}${generateId()}`;
    this.taken.add(id);
    return id;
  }
}
