import { isAbortError } from '@ai-sdk/provider-utils';
import { minimaxNoEventsError, minimaxStreamBrokeOffError, type MiniMaxErrorContext } from '../shared/minimax-error';
import { parseMiniMaxJsonBody, readMiniMaxJsonResponse } from '../shared/minimax-response';
import type { MiniMaxEndpoint } from './minimax-endpoint';

/** A successful response, read as far as its kind allows before any part is produced. */
export type ClassifiedMiniMaxResponse<CHUNK> =
  /** A whole JSON body (validated, MiniMax errors thrown), as the chunks the assembler reads. */
  | { kind: 'json'; chunks: CHUNK[]; raw: unknown }
  /** A body to be read as server-sent events, chunk by chunk: `head` (already read), then `reader`. */
  | { kind: 'event-stream'; head: Uint8Array[]; reader: ReadableStreamDefaultReader<Uint8Array>; contentType: string };

/**
 * Tells what MiniMax answered. A non-streamed call always reads JSON. For a
 * stream request, what arrives decides rather than the content type (proxies
 * label bodies wrongly both ways): a body that opens JSON is read as JSON
 * (MiniMax answers some failed stream requests with a plain JSON body, HTTP
 * 200 + `base_resp`, whose error keeps its own retryability), and so is any
 * body labelled JSON that does not open like an event stream (it fails as
 * "not JSON"); anything else is read as events, and `NonEventBodyCheck`
 * refuses it if it turns out to hold none.
 */
export async function classifyMiniMaxResponse<CHUNK>(
  response: Response,
  context: MiniMaxErrorContext,
  endpoint: Pick<MiniMaxEndpoint<unknown, CHUNK>, 'schema' | 'jsonToChunks'>,
  stream: boolean,
): Promise<ClassifiedMiniMaxResponse<CHUNK>> {
  const contentType = response.headers.get('content-type') ?? '';
  if (!stream || response.body == null) {
    const { value, raw } = await readMiniMaxJsonResponse(response, context, endpoint.schema);
    return { kind: 'json', chunks: endpoint.jsonToChunks(value), raw };
  }
  const reader = response.body.getReader();
  const { head, start } = await readBodyStart(reader);
  const opensJson = start.startsWith('{') || start.startsWith('[');
  const opensEvents = /^(:|(data|event|id|retry)([:\r\n]|$))/.test(start);
  if (opensJson || (contentType.includes('application/json') && !opensEvents)) {
    const { value, raw } = parseMiniMaxJsonBody(await readBodyRest(reader, head, context), response.status, context, endpoint.schema);
    return { kind: 'json', chunks: endpoint.jsonToChunks(value), raw };
  }
  return { kind: 'event-stream', head, reader, contentType };
}

/** Characters of a body's start (after blank space) that tell JSON from events. */
const START_LENGTH = 8;

/**
 * Reads a body until its start (the first characters after blank space, up to a line break) tells what it is, or
 * it ends. A connection that fails here is left for the reader to meet again (a failed stream keeps failing its
 * reads), so it is reported as it would be mid-stream; an abort is thrown.
 */
async function readBodyStart(reader: ReadableStreamDefaultReader<Uint8Array>): Promise<{ head: Uint8Array[]; start: string }> {
  const head: Uint8Array[] = [];
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    const start = text.trimStart();
    if (start.length >= START_LENGTH || /[\r\n]/.test(start)) return { head, start };
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch (error) {
      if (isAbortError(error)) throw error;
      return { head, start };
    }
    if (result.done) return { head, start };
    head.push(result.value);
    text += decoder.decode(result.value, { stream: true });
  }
}

/** The whole body as text: `head`, then the rest of `reader`. */
async function readBodyRest(reader: ReadableStreamDefaultReader<Uint8Array>, head: Uint8Array[], context: MiniMaxErrorContext): Promise<string> {
  const decoder = new TextDecoder();
  let text = '';
  for (const piece of head) text += decoder.decode(piece, { stream: true });
  for (;;) {
    const { done, value } = await readOrBreakOff(reader, context);
    if (done) return text + decoder.decode();
    text += decoder.decode(value, { stream: true });
  }
}

/** One read; a connection that fails (not an abort) is a retryable `APICallError`, as it is mid-stream. */
async function readOrBreakOff(reader: ReadableStreamDefaultReader<Uint8Array>, context: MiniMaxErrorContext) {
  try {
    return await reader.read();
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw minimaxStreamBrokeOffError(error, context);
  }
}

/** How many leading bytes are kept to name a body that holds no event. */
const HEAD_LENGTH = 1024;

/**
 * The third kind of answer to a stream request: a body that is not an event
 * stream at all (e.g. a proxy's HTML sign-in page with HTTP 200). It can only
 * be told once the body has ended without a single event, so the first bytes
 * are kept until the first event arrives, to name what came back.
 */
export class NonEventBodyCheck {
  private events = 0;
  private head = '';

  /** Notes a network chunk before it is decoded. */
  bytes(value: Uint8Array): void {
    if (this.events === 0 && this.head.length < HEAD_LENGTH) {
      this.head += new TextDecoder().decode(value.subarray(0, HEAD_LENGTH - this.head.length));
    }
  }

  /** Notes a decoded event (any event, `[DONE]` included). */
  event(): void {
    this.events++;
  }

  /** At the end of the body: the error for a body that held no event but was not empty. */
  error(contentType: string, context: MiniMaxErrorContext): Error | undefined {
    return this.events === 0 && this.head.trim() !== '' ? minimaxNoEventsError(contentType, this.head, context) : undefined;
  }
}
