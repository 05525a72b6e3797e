/** Events longer than this (characters) are refused: no MiniMax chunk comes near it, and it bounds memory. */
export const MAX_EVENT_LENGTH = 16 * 1024 * 1024;

/** One server-sent event: its `event:` name (if any) and its joined `data:` lines. */
export interface ServerSentEvent {
  event: string | undefined;
  data: string;
}

/**
 * Decodes server-sent-events bytes into events, incrementally. Bytes may be
 * cut anywhere (inside a UTF-8 character, a `data:` line or a CRLF pair);
 * lines may end in LF, CRLF or CR; comment lines (`: keep-alive`) and fields
 * other than `event` and `data` are ignored; a last event without its blank
 * line is still delivered by `end`.
 *
 * It is a plain class (not a stream stage) so the provider can decode, parse
 * and assemble in one pass per network chunk.
 */
export class ServerSentEventDecoder {
  private readonly decoder = new TextDecoder();
  private readonly maxEventLength: number;
  private buffer = '';
  /** Text after `buffer` that holds no line break yet, kept in pieces: a long line is joined once, not rescanned per chunk. */
  private pending: string[] = [];
  private pendingLength = 0;
  /** The previous chunk ended in CR: a LF at the start of the next one belongs to it. */
  private skipLeadingLf = false;
  /** The event's first `data` line, and the lines after it (most events have one: no array is made for them). */
  private data: string | undefined;
  private moreData: string[] | undefined;
  private dataLength = 0;
  private event: string | undefined;

  constructor({ maxEventLength = MAX_EVENT_LENGTH }: { maxEventLength?: number } = {}) {
    this.maxEventLength = maxEventLength;
  }

  /** Decodes a chunk; calls `onEvent` for every event it completes. Throws on an oversized event. */
  push(chunk: Uint8Array, onEvent: (event: ServerSentEvent) => void): void {
    const text = this.decoder.decode(chunk, { stream: true });
    if (text.length === 0) return;
    if (text.indexOf('\n') === -1 && text.indexOf('\r') === -1) {
      // No line ends here: keep the piece (linear in the line's length however it is cut).
      this.skipLeadingLf = false;
      this.pending.push(text);
      this.pendingLength += text.length;
      if (this.buffer.length + this.pendingLength > this.maxEventLength) {
        throw this.refuse(`server-sent event line longer than ${this.maxEventLength} characters`);
      }
      return;
    }
    this.buffer += this.takePending() + text;
    this.processBuffer(onEvent);
  }

  /** Drops what was buffered (an error's stack may keep this decoder reachable) and returns the error to throw. */
  private refuse(message: string): Error {
    this.buffer = '';
    this.pending = [];
    this.pendingLength = 0;
    this.data = undefined;
    this.moreData = undefined;
    this.dataLength = 0;
    return new Error(message);
  }

  private takePending(): string {
    if (this.pending.length === 0) return '';
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    return text;
  }

  /** Ends the input, delivering a last event that had no blank line after it. */
  end(onEvent: (event: ServerSentEvent) => void): void {
    this.buffer += this.takePending() + this.decoder.decode();
    this.processBuffer(onEvent);
    if (this.buffer.length > 0) this.processLine(this.buffer, 0, this.buffer.length, onEvent);
    this.buffer = '';
    this.dispatch(onEvent);
  }

  private dispatch(onEvent: (event: ServerSentEvent) => void): void {
    const { data, moreData } = this;
    if (data !== undefined) onEvent({ event: this.event, data: moreData === undefined ? data : [data, ...moreData].join('\n') });
    this.data = undefined;
    this.moreData = undefined;
    this.dataLength = 0;
    this.event = undefined;
  }

  /** The line `text[start, end)`, without its line break. */
  private processLine(text: string, start: number, end: number, onEvent: (event: ServerSentEvent) => void): void {
    if (start === end) return this.dispatch(onEvent);
    if (text.charCodeAt(start) === 58 /* ':' */) return;
    // The field name ends at the first colon (or the line's end); one space after the colon is not part of the value.
    let colon = start;
    while (colon < end && text.charCodeAt(colon) !== 58) colon++; // within the line: never a scan past its end
    let from = colon + 1;
    if (from < end && text.charCodeAt(from) === 32 /* ' ' */) from++;
    const fieldLength = colon - start;
    if (fieldLength === 4 && text.slice(start, colon) === 'data') {
      this.addData(from < end ? text.slice(from, end) : '');
    } else if (fieldLength === 5 && text.slice(start, colon) === 'event') {
      this.event = from < end ? text.slice(from, end) : '';
    }
  }

  private addData(value: string): void {
    this.dataLength += value.length;
    if (this.dataLength > this.maxEventLength) {
      throw this.refuse(`server-sent event longer than ${this.maxEventLength} characters`);
    }
    if (this.data === undefined) this.data = value;
    else (this.moreData ??= []).push(value);
  }

  private processBuffer(onEvent: (event: ServerSentEvent) => void): void {
    const buffer = this.buffer;
    if (buffer.length === 0) return;
    let start = 0;
    if (this.skipLeadingLf && buffer.charCodeAt(0) === 10) start = 1;
    this.skipLeadingLf = false;
    // Lines mostly end in LF; a CR position is looked up once and reused until passed.
    let nextCr = buffer.indexOf('\r', start);
    for (;;) {
      if (nextCr !== -1 && nextCr < start) nextCr = buffer.indexOf('\r', start);
      const lf = buffer.indexOf('\n', start);
      const end = nextCr === -1 ? lf : lf === -1 ? nextCr : Math.min(lf, nextCr);
      if (end === -1) break;
      this.processLine(buffer, start, end, onEvent);
      if (buffer.charCodeAt(end) === 13) {
        if (end + 1 === buffer.length) {
          this.skipLeadingLf = true;
          start = end + 1;
          break;
        }
        start = buffer.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
      } else {
        start = end + 1;
      }
    }
    this.buffer = start === 0 ? buffer : buffer.slice(start);
    if (this.buffer.length > this.maxEventLength) {
      throw this.refuse(`server-sent event line longer than ${this.maxEventLength} characters`);
    }
  }
}
