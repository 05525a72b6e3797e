import { isAbortError } from '@ai-sdk/provider-utils';
import { minimaxNoEventsError, minimaxStreamBrokeOffError, type MiniMaxErrorContext } from '../shared/minimax-error';
import { parseMiniMaxJsonBody, readMiniMaxJsonResponse } from '../shared/minimax-response';
import { readStreamedResponseBody, type StreamedResponseBody } from '../shared/response-body-start';
import type { MiniMaxEndpoint } from './minimax-endpoint';

/** A successful response, read as far as its kind allows before any part is produced. */
export type ClassifiedMiniMaxResponse<CHUNK> =
  /** A whole JSON body (validated, MiniMax errors thrown), as the chunks the assembler reads. */
  | { kind: 'json'; chunks: CHUNK[]; raw: unknown }
  /** A body to be read as server-sent events, chunk by chunk: `head` (already read), then `reader`. */
  | { kind: 'event-stream'; head: Uint8Array[]; reader: ReadableStreamDefaultReader<Uint8Array>; contentType: string };

/**
 * Tells what MiniMax answered. A non-streamed call always reads JSON. A
 * stream request's body is told by what it holds (`readStreamedResponseBody`),
 * not by its content type: JSON is read whole (MiniMax answers some failed
 * stream requests with a plain JSON body, HTTP 200 + `base_resp`); anything
 * else as events, and `NonEventBodyCheck` refuses it if it turns out to hold
 * none.
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
  let body: StreamedResponseBody;
  try {
    body = await readStreamedResponseBody(reader, contentType);
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw minimaxStreamBrokeOffError(error, context);
  }
  if (body.kind === 'events') return { kind: 'event-stream', head: body.head, reader, contentType };
  const { value, raw } = parseMiniMaxJsonBody(body.text, response.status, context, endpoint.schema);
  return { kind: 'json', chunks: endpoint.jsonToChunks(value), raw };
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
