import {
  extractMiniMaxError,
  minimaxInvalidChunkError,
  minimaxUnreadableResponseError,
  type MiniMaxErrorContext,
} from '../shared/minimax-error';
import type { MiniMaxStreamPart } from '../shared/minimax-neutral-types';
import { buildMiniMaxUsageMetadata } from '../shared/minimax-usage';
import type { MiniMaxAssembler, MiniMaxEndpoint } from './minimax-endpoint';
import { MiniMaxEventTemplates } from './minimax-event-templates';

export interface MiniMaxChunkPipelineOptions<CHUNK> {
  endpoint: Pick<MiniMaxEndpoint<unknown, CHUNK>, 'schema' | 'isPlainChunk' | 'templateLeaves' | 'createAssembler'>;
  /** The call, for errors found in the response (and for the assembler's own). */
  context: MiniMaxErrorContext;
  /** Where the assembler's errors say they come from (the request, without response headers). */
  assemblerContext: MiniMaxErrorContext;
  /** Prices the finish part's usage. */
  modelId: string;
  serviceTier?: string;
  /** Emit a `raw` part before each chunk's parts. */
  includeRawChunks: boolean;
  /** Receives every part, in order; the finish part last. */
  emit(part: MiniMaxStreamPart): void;
}

/**
 * The one path from a wire's chunks to neutral parts, for every kind of
 * answer: a JSON body (non-streamed calls, and a JSON answer to a stream
 * request) is pushed chunk by chunk like a stream, so `doGenerate` and
 * `doStream` share validation, assembly and the finish part.
 *
 * It runs inline in whatever drives it (no stream stage of its own): the
 * streamed path calls `pushEventData` from the SSE decoder's callback, in the
 * same pass that read the network chunk.
 */
export class MiniMaxChunkPipeline<CHUNK> {
  private readonly options: MiniMaxChunkPipelineOptions<CHUNK>;
  private readonly assembler: MiniMaxAssembler<CHUNK>;
  /** Parts of one chunk, reused. */
  private readonly parts: MiniMaxStreamPart[] = [];
  /**
   * Events that repeat an earlier one but for their text are not parsed again (not with raw parts: those are zod's
   * reading). Made at the first event (a JSON body needs none).
   */
  private templates: MiniMaxEventTemplates | undefined;
  private failed = false;
  private doneRead = false;

  constructor(options: MiniMaxChunkPipelineOptions<CHUNK>) {
    this.options = options;
    this.assembler = options.endpoint.createAssembler(options.assemblerContext);
  }

  /**
   * Whether the answer's end marker has been read (`data: [DONE]`, or the wire's own end event): the answer is
   * complete even if the connection stays open, and nothing after the marker is read.
   */
  get ended(): boolean {
    return this.doneRead || this.assembler.ended;
  }

  /** The data of one server-sent event: parsed, validated, assembled. */
  pushEventData(data: string): void {
    if (this.ended) return;
    if (data === '[DONE]') {
      this.doneRead = true;
      return;
    }
    if (data.length === 0) return;
    const templates = this.options.includeRawChunks
      ? undefined
      : (this.templates ??= new MiniMaxEventTemplates(this.options.endpoint.templateLeaves));
    if (templates !== undefined) {
      const repeated = templates.read(data);
      if (repeated !== undefined) return this.pushChunk(repeated as CHUNK, data);
    }
    let raw: unknown;
    try {
      raw = JSON.parse(data);
    } catch (cause) {
      this.fail(minimaxInvalidChunkError(`MiniMax sent a stream chunk that is not JSON: ${data.slice(0, 200)}`, data, cause, this.options.context));
      return;
    }
    // Errors skip validation so that their message survives any shape; the assembler reports them.
    const error = extractMiniMaxError(raw);
    if (error) {
      try {
        this.assembler.pushError(error, raw, this.parts);
      } catch (cause) {
        return this.release(true, cause);
      }
      return this.release(false);
    }
    // Raw parts carry zod's reading of the chunk: with them on, every chunk goes through the schema.
    if (templates !== undefined && this.options.endpoint.isPlainChunk(raw)) {
      templates.learn(data, raw);
      return this.pushChunk(raw, data);
    }
    const parsed = this.options.endpoint.schema.safeParse(raw);
    if (parsed.success) this.pushChunk(parsed.data, data);
    else {
      this.fail(
        minimaxInvalidChunkError(`MiniMax sent a stream chunk of an unexpected shape: ${parsed.error.message}`, data, parsed.error, this.options.context),
      );
    }
  }

  /** One validated chunk (a stream chunk with its event's text, or one chunk of a JSON body). */
  pushChunk(chunk: CHUNK, data?: string): void {
    if (this.options.includeRawChunks) this.options.emit({ type: 'raw', rawValue: chunk });
    try {
      this.assembler.push(chunk, this.parts, data);
    } catch (cause) {
      return this.release(true, cause);
    }
    this.release(false);
  }

  /** An error that ends the response (the stream broke off, an event was refused). */
  fail(error: unknown): void {
    this.failed = true;
    this.options.emit({ type: 'error', error });
  }

  /** Ends the response: what the assembler still holds, then the finish part with usage and cost. */
  end(): void {
    const { assembler } = this;
    let threw = false;
    let cause: unknown;
    try {
      assembler.end(this.parts);
    } catch (error) {
      threw = true;
      cause = error;
    }
    this.release(threw, cause);
    const usage = assembler.reportedUsage;
    this.options.emit({
      type: 'finish',
      finishReason: this.failed ? { unified: 'error', raw: assembler.finish.raw } : assembler.finish,
      usage,
      providerMetadata: { minimax: buildMiniMaxUsageMetadata(this.options.modelId, usage, this.options.serviceTier) },
    });
  }

  /**
   * Emits the parts an assembler step produced; when the step threw (e.g. on JSON nested too deep to process)
   * the response ends with an error after them.
   */
  private release(threw: boolean, cause?: unknown): void {
    const { parts, options } = this;
    const count = parts.length;
    for (let i = 0; i < count; i++) options.emit(parts[i]);
    // Most steps make one part: pop() empties the array without the cost of a length write.
    if (count === 1) parts.pop();
    else if (count > 1) parts.length = 0;
    if (threw) this.fail(minimaxUnreadableResponseError(cause, this.options.context));
  }
}
