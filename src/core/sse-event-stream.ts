/** Events longer than this (characters) are refused: no MiniMax chunk comes near it, and it bounds memory. */
export const MAX_EVENT_LENGTH = 16 * 1024 * 1024;

/** One server-sent event: its `event:` name (if any) and its joined `data:` lines. */
export interface ServerSentEvent {
  event: string | undefined;
  data: string;
}

/**
 * Decodes a server-sent-events byte stream into events. Bytes may be cut
 * anywhere (inside a UTF-8 character, a `data:` line or a CRLF pair); lines
 * may end in LF, CRLF or CR; comment lines (`: keep-alive`) and fields other
 * than `event` and `data` are ignored; a last event without its blank line
 * is still delivered at the end of the stream.
 */
export function createServerSentEventStream(
  { maxEventLength = MAX_EVENT_LENGTH }: { maxEventLength?: number } = {},
): TransformStream<Uint8Array, ServerSentEvent> {
  const decoder = new TextDecoder();
  let dataLength = 0;
  let buffer = '';
  /** The previous chunk ended in CR: a LF at the start of the next one belongs to it. */
  let skipLeadingLf = false;
  let data: string[] = [];
  let event: string | undefined;

  const dispatch = (controller: TransformStreamDefaultController<ServerSentEvent>) => {
    if (data.length > 0) controller.enqueue({ event, data: data.join('\n') });
    data = [];
    dataLength = 0;
    event = undefined;
  };

  const processLine = (line: string, controller: TransformStreamDefaultController<ServerSentEvent>) => {
    if (line.length === 0) return dispatch(controller);
    if (line.charCodeAt(0) === 58 /* ':' */) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.charCodeAt(0) === 32 /* ' ' */) value = value.slice(1);
    if (field === 'data') {
      dataLength += value.length;
      if (dataLength > maxEventLength) throw new Error(`server-sent event longer than ${maxEventLength} characters`);
      data.push(value);
    }
    else if (field === 'event') event = value;
  };

  const processBuffer = (controller: TransformStreamDefaultController<ServerSentEvent>) => {
    if (buffer.length === 0) return;
    let start = 0;
    if (skipLeadingLf && buffer.charCodeAt(0) === 10) start = 1;
    skipLeadingLf = false;
    for (;;) {
      const lf = buffer.indexOf('\n', start);
      const cr = buffer.indexOf('\r', start);
      const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (end === -1) break;
      processLine(buffer.slice(start, end), controller);
      if (buffer.charCodeAt(end) === 13) {
        if (end + 1 === buffer.length) {
          skipLeadingLf = true;
          start = end + 1;
          break;
        }
        start = buffer.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
      } else {
        start = end + 1;
      }
    }
    buffer = buffer.slice(start);
    if (buffer.length > maxEventLength) throw new Error(`server-sent event line longer than ${maxEventLength} characters`);
  };

  return new TransformStream<Uint8Array, ServerSentEvent>({
    transform(chunk, controller) {
      buffer += decoder.decode(chunk, { stream: true });
      processBuffer(controller);
    },
    flush(controller) {
      buffer += decoder.decode();
      processBuffer(controller);
      if (buffer.length > 0) processLine(buffer, controller);
      buffer = '';
      dispatch(controller);
    },
  });
}
