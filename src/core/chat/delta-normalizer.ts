/**
 * Turns the successive values of one streamed field into increments.
 *
 * Every capture of MiniMax's streams sends increments, but MiniMax's own docs
 * example treats `reasoning_details[].text` and `content` as cumulative
 * snapshots (the whole text so far). This normalizer accepts both without
 * duplicating or losing text:
 *
 * - a value that does not start with everything seen so far is an increment;
 * - a value that does is ambiguous on its own (an increment may happen to
 *   repeat the text before it), so the mode is only fixed to "cumulative" once
 *   two values in a row extend the previous one. The ambiguous value is held
 *   back until the next value (or `flush`) decides.
 */
export class DeltaNormalizer {
  private mode: 'unknown' | 'incremental' | 'cumulative' = 'unknown';
  /** The text so far while it may still be compared with a snapshot (not kept once increments are established). */
  private text = '';
  /** A value held back while the mode is undecided. */
  private held: string | undefined;

  push(value: string): string {
    if (value.length === 0) return '';
    // Once increments are established the text is no longer compared with anything: not kept (memory stays flat).
    if (this.mode === 'incremental') return value;
    if (this.mode === 'cumulative') return this.pushSnapshot(value);
    return this.pushUndecided(value);
  }

  /** Releases a held-back value at the end of the field. */
  flush(): string {
    if (this.held === undefined) return '';
    // Undecided to the end: the value extended the previous one exactly, which
    // a snapshot does by definition; read it as one.
    return this.pushSnapshot(this.takeHeld());
  }

  private takeHeld(): string {
    const held = this.held!;
    this.held = undefined;
    return held;
  }

  private pushSnapshot(value: string): string {
    if (value.startsWith(this.text)) {
      const delta = value.slice(this.text.length);
      this.text = value;
      return delta;
    }
    // A diverging value: the sender sends increments after all.
    this.toIncremental();
    return value;
  }

  private pushUndecided(value: string): string {
    if (this.held !== undefined) {
      const held = this.takeHeld();
      if (value.startsWith(held)) {
        // Two snapshots in a row: cumulative.
        this.mode = 'cumulative';
        return this.pushSnapshot(value);
      }
      // The held value was an increment after all.
      this.toIncremental();
      return held + value;
    }
    if (this.text.length === 0) {
      this.text = value;
      return value;
    }
    if (value.length > this.text.length && value.startsWith(this.text)) {
      this.held = value;
      return '';
    }
    this.toIncremental();
    return value;
  }

  private toIncremental(): void {
    this.mode = 'incremental';
    this.text = '';
  }
}
