import { isAbortError } from '@ai-sdk/provider-utils';

/**
 * A streamed request's answer told by what it holds rather than by its content type (proxies label bodies wrongly
 * both ways). A body that opens JSON is JSON (MiniMax answers some failed stream requests with a plain JSON body,
 * HTTP 200 + `base_resp`, whose error keeps its own code and retryability), and so is a body labelled JSON that does
 * not open like an event stream (it then fails as "not JSON"); anything else is read as server-sent events.
 */
export interface ResponseBodyStart {
  kind: 'json' | 'events';
  /** The bytes read to tell: the body's first bytes, to be read before the rest. */
  head: Uint8Array[];
}

/** Characters of a body's start (after blank space) that tell JSON from events. */
const START_LENGTH = 8;
const OPENS_EVENTS = /^(:|(data|event|id|retry)([:\r\n]|$))/;

/**
 * Reads a body until its start (the first characters after blank space, up to a line break) tells what it is, or it
 * ends. A connection that fails here is left for the next read to meet again (a failed stream keeps failing its
 * reads), so it is reported where a broken body is; an abort is thrown.
 */
export async function readResponseBodyStart(reader: ReadableStreamDefaultReader<Uint8Array>, contentType: string): Promise<ResponseBodyStart> {
  const head: Uint8Array[] = [];
  const decoder = new TextDecoder();
  let text = '';
  let start = '';
  for (;;) {
    start = text.trimStart();
    if (start.length >= START_LENGTH || /[\r\n]/.test(start)) break;
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch (error) {
      if (isAbortError(error)) throw error;
      break;
    }
    if (result.done) break;
    head.push(result.value);
    text += decoder.decode(result.value, { stream: true });
  }
  const opensJson = start.startsWith('{') || start.startsWith('[');
  const json = opensJson || (contentType.includes('application/json') && !OPENS_EVENTS.test(start));
  return { kind: json ? 'json' : 'events', head };
}

/** The whole body as text: `head`, then the rest of `reader`. A failed read throws. */
export async function readResponseBodyText(reader: ReadableStreamDefaultReader<Uint8Array>, head: Uint8Array[]): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for (const piece of head) text += decoder.decode(piece, { stream: true });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
}
