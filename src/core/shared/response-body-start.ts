import { isAbortError } from '@ai-sdk/provider-utils';

/**
 * A streamed request's answer, told by what it holds rather than by its content type (proxies label bodies wrongly
 * both ways): a JSON body, read whole (MiniMax answers some failed stream requests with a plain JSON body, HTTP 200
 * + `base_resp`, whose error keeps its own code and retryability), or server-sent events, to be read from `head`
 * (the bytes already read) on.
 */
export type StreamedResponseBody = { kind: 'json'; text: string } | { kind: 'events'; head: Uint8Array[] };

/** Characters of a body's start (after blank space) that tell JSON from events. */
const START_LENGTH = 8;
const OPENS_EVENTS = /^(:|(data|event|id|retry)([:\r\n]|$))/;

/**
 * Reads a streamed request's body as far as telling its kind needs. JSON: a body labelled JSON that does not open
 * like an event stream (if it is not JSON, it fails as "not JSON"), or, under any other label, a body that is a JSON
 * object. Anything else is events (a body that only looks like JSON, too: the event reader names what it holds).
 *
 * A connection that fails is left for the next read to meet again (a failed stream keeps failing its reads), so it
 * is reported where a broken stream is; only one that fails while a body labelled JSON is read throws, as does an
 * abort.
 */
export async function readStreamedResponseBody(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  contentType: string,
): Promise<StreamedResponseBody> {
  const head: Uint8Array[] = [];
  const decoder = new TextDecoder();
  let text = '';
  let start = '';
  let ended = false;
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
    if (result.done) {
      ended = true;
      break;
    }
    head.push(result.value);
    text += decoder.decode(result.value, { stream: true });
  }
  const labelledJson = contentType.includes('application/json');
  const opensJson = start.startsWith('{') || start.startsWith('[');
  if (!opensJson && (!labelledJson || OPENS_EVENTS.test(start))) return { kind: 'events', head };
  try {
    while (!ended) {
      const { done, value } = await reader.read();
      if (done) break;
      head.push(value);
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    // Under another label, a body that breaks off is reported as a stream's would be: by the event reader.
    if (isAbortError(error) || labelledJson) throw error;
    return { kind: 'events', head };
  }
  text += decoder.decode();
  return labelledJson || isJsonObject(text) ? { kind: 'json', text } : { kind: 'events', head };
}

/** Whether `text` is a JSON object (what an answer or a MiniMax error is), not an array, a scalar or no JSON. */
function isJsonObject(text: string): boolean {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    return false;
  }
}
