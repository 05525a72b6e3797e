import { minimaxNoEventsError, type MiniMaxErrorContext } from '../shared/minimax-error';
import { readMiniMaxJsonResponse } from '../shared/minimax-response';
import type { MiniMaxEndpoint } from './minimax-endpoint';

/** A successful response, read as far as its kind allows before any part is produced. */
export type ClassifiedMiniMaxResponse<CHUNK> =
  /** A whole JSON body (validated, MiniMax errors thrown), as the chunks the assembler reads. */
  | { kind: 'json'; chunks: CHUNK[]; raw: unknown }
  /** A body to be read as server-sent events, chunk by chunk. */
  | { kind: 'event-stream'; body: ReadableStream<Uint8Array>; contentType: string };

/**
 * Tells what MiniMax answered. A non-streamed call always reads JSON. A
 * stream request gets server-sent events, except that MiniMax answers some
 * failed stream requests with a plain JSON body (HTTP 200 + `base_resp`): a
 * JSON content type (or no body) is read as JSON; anything else as events,
 * and `NonEventBodyCheck` refuses it if it turns out to hold none.
 */
export async function classifyMiniMaxResponse<CHUNK>(
  response: Response,
  context: MiniMaxErrorContext,
  endpoint: Pick<MiniMaxEndpoint<unknown, CHUNK>, 'schema' | 'jsonToChunks'>,
  stream: boolean,
): Promise<ClassifiedMiniMaxResponse<CHUNK>> {
  const contentType = response.headers.get('content-type') ?? '';
  if (!stream || contentType.includes('application/json') || response.body == null) {
    const { value, raw } = await readMiniMaxJsonResponse(response, context, endpoint.schema);
    return { kind: 'json', chunks: endpoint.jsonToChunks(value), raw };
  }
  return { kind: 'event-stream', body: response.body, contentType };
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
