/**
 * Reads one streamed t2a_v2 answer (SSE, one `data: {json}` per chunk) into audio bytes, push by push.
 *
 * - Every chunk's `base_resp` is checked: an error becomes an `APICallError` with MiniMax's retryability.
 * - Slices of hex audio are decoded as they arrive; a slice may even end inside a byte (odd length): its last
 *   digit is carried over to the next slice, and an odd total is an error.
 * - The final chunk (`extra_info`, `status: 2`) repeats the whole audio unless `exclude_aggregated_audio` was
 *   honoured: its audio is skipped whenever audio was already delivered, so no audio is ever delivered twice. Only
 *   when no slice came before it (a server that sent the audio once, at the end) is its audio delivered.
 * - A stream that ends without a final chunk is an error (the audio may be cut short).
 */
import { APICallError, InvalidResponseDataError } from '@ai-sdk/provider';
import { createMiniMaxAPICallError, extractMiniMaxError } from '../shared/minimax-error';
import { ServerSentEventDecoder } from '../shared/server-sent-event-decoder';
import { decodeHex } from './decode-hex';
import type { MiniMaxSpeechAnswerInfo } from './minimax-speech-metadata';
import { minimaxSpeechResponseSchema, type MiniMaxSpeechResponse } from './minimax-speech-response';

export type MiniMaxSpeechStreamEvent =
  | { type: 'audio'; audio: Uint8Array }
  | { type: 'raw'; rawValue: unknown }
  | { type: 'final'; answer: MiniMaxSpeechAnswerInfo };

export interface MiniMaxSpeechStreamContext {
  url: string;
  requestBodyValues: unknown;
  responseHeaders: Record<string, string>;
}

export class MiniMaxSpeechStreamReader {
  private readonly decoder = new ServerSentEventDecoder();
  private readonly context: MiniMaxSpeechStreamContext;
  private readonly includeRaw: boolean;
  /** A hex digit left over from a slice of odd length. */
  private carry = '';
  private delivered = false;
  private finished = false;
  private out: MiniMaxSpeechStreamEvent[] = [];

  constructor(context: MiniMaxSpeechStreamContext, options: { includeRaw?: boolean } = {}) {
    this.context = context;
    this.includeRaw = options.includeRaw === true;
  }

  /** Whether the final chunk has been read. */
  get complete(): boolean {
    return this.finished;
  }

  /** Decodes a network chunk; appends the events it completes to `out`. Throws `APICallError` on a MiniMax error. */
  push(bytes: Uint8Array, out: MiniMaxSpeechStreamEvent[]): void {
    this.out = out;
    try {
      this.decoder.push(bytes, this.onEvent);
    } catch (error) {
      throw this.wrap(error);
    }
  }

  /** Ends the input: a last event without its blank line is read; a stream without a final chunk is an error. */
  end(out: MiniMaxSpeechStreamEvent[]): void {
    this.out = out;
    try {
      this.decoder.end(this.onEvent);
    } catch (error) {
      throw this.wrap(error);
    }
    if (!this.finished) {
      throw new APICallError({
        message: 'MiniMax speech stream ended before its final chunk: the audio may be incomplete.',
        ...this.context,
        statusCode: 200,
        isRetryable: true,
      });
    }
  }

  /** A whole JSON answer to a stream request (MiniMax answers some failures that way): an error, or all the audio at once. */
  readJson(text: string, out: MiniMaxSpeechStreamEvent[]): void {
    this.out = out;
    this.onData(text);
    if (!this.finished) {
      throw this.fail('MiniMax answered a stream request with JSON that holds no final chunk', text);
    }
  }

  private wrap(error: unknown): unknown {
    if (APICallError.isInstance(error) || InvalidResponseDataError.isInstance(error)) return error;
    return new APICallError({
      message: `MiniMax speech stream could not be read: ${error instanceof Error ? error.message : String(error)}`,
      ...this.context,
      statusCode: 200,
      cause: error,
      isRetryable: false,
    });
  }

  private fail(message: string, data: string, cause?: unknown): APICallError {
    return new APICallError({
      message: `${message}: ${data.slice(0, 200)}`,
      ...this.context,
      statusCode: 200,
      responseBody: data.length > 4096 ? `${data.slice(0, 4096)}…` : data,
      cause,
      isRetryable: false,
    });
  }

  private readonly onEvent = ({ data }: { data: string }) => this.onData(data);

  private onData(data: string): void {
    if (data.length === 0 || data === '[DONE]') return;
    let raw: unknown;
    try {
      raw = JSON.parse(data);
    } catch (cause) {
      throw this.fail('MiniMax sent a speech stream chunk that is not JSON', data, cause);
    }
    const error = extractMiniMaxError(raw);
    if (error) {
      throw createMiniMaxAPICallError({ details: error, ...this.context, statusCode: 200, responseBody: data });
    }
    const parsed = minimaxSpeechResponseSchema.safeParse(raw);
    if (!parsed.success) throw this.fail('MiniMax sent a speech stream chunk of an unexpected shape', data, parsed.error);
    if (this.includeRaw) this.out.push({ type: 'raw', rawValue: raw });
    this.onChunk(parsed.data);
  }

  private onChunk(chunk: MiniMaxSpeechResponse): void {
    const isFinal = chunk.extra_info != null || chunk.data?.status === 2;
    const hex = chunk.data?.audio ?? '';
    if (this.finished) return; // nothing MiniMax sends after its final chunk is audio of this answer
    if (!isFinal || !this.delivered) this.deliver(hex);
    if (isFinal) {
      if (this.carry !== '') this.deliver(''); // throws: an odd number of hex digits in all
      this.finished = true;
      this.out.push({
        type: 'final',
        answer: { extraInfo: chunk.extra_info, traceId: chunk.trace_id, subtitleFile: chunk.data?.subtitle_file },
      });
    }
  }

  private deliver(slice: string): void {
    let hex = this.carry === '' ? slice : this.carry + slice;
    this.carry = '';
    if (hex.length % 2 === 1) {
      if (slice === '') decodeHex(hex); // the total is odd: throws InvalidResponseDataError
      this.carry = hex.charAt(hex.length - 1);
      hex = hex.slice(0, -1);
    }
    if (hex.length === 0) return;
    this.out.push({ type: 'audio', audio: decodeHex(hex) });
    this.delivered = true;
  }
}
