import { APICallError } from '@ai-sdk/provider';
import { combineHeaders, extractResponseHeaders, isAbortError, postJsonToApi, type ResponseHandler } from '@ai-sdk/provider-utils';
import type { z } from 'zod/v4';
import { collectMiniMaxContent } from './collect-minimax-content';
import type { MiniMaxModelConfig } from '../shared/minimax-config';
import { createMiniMaxAPICallError, extractMiniMaxError, minimaxFailedResponseHandler } from '../shared/minimax-error';
import { getMiniMaxModelRules } from '../shared/minimax-facts';
import { assertMiniMaxBaseURL } from '../shared/minimax-provider-settings';
import type {
  MiniMaxCallOptions,
  MiniMaxCoreModel,
  MiniMaxFinishReason,
  MiniMaxGenerateResult,
  MiniMaxStreamPart,
  MiniMaxStreamResult,
  MiniMaxUsage,
  MiniMaxWarning,
} from '../shared/minimax-neutral-types';
import { buildMiniMaxUsageMetadata } from '../shared/minimax-usage';
import { ServerSentEventDecoder } from '../shared/server-sent-event-decoder';

/** Turns one endpoint's output (chunks or events) into neutral parts. */
export interface MiniMaxAssembler<CHUNK> {
  push(chunk: CHUNK, out: MiniMaxStreamPart[]): void;
  end(out: MiniMaxStreamPart[]): void;
  readonly finish: MiniMaxFinishReason;
  readonly reportedUsage: MiniMaxUsage;
}

/** Where the URL and body of an error found in a 200 response come from. */
export interface MiniMaxResponseContext {
  url: string;
  requestBodyValues: unknown;
}

/** What distinguishes MiniMax's two wires; the HTTP, SSE and result plumbing is shared. */
export interface MiniMaxEndpoint<BODY, CHUNK> {
  /** Appended to the endpoint's base URL, e.g. `/chat/completions`. */
  path: string;
  buildRequest(
    modelId: string,
    options: MiniMaxCallOptions,
    stream: boolean,
  ): { body: BODY; warnings: MiniMaxWarning[]; serviceTier?: string };
  /** Validates one stream event's data or a whole JSON response. */
  schema: z.ZodType<CHUNK>;
  /** A whole JSON response as the chunks the assembler reads. */
  jsonToChunks(json: CHUNK): CHUNK[];
  createAssembler(context: MiniMaxResponseContext): MiniMaxAssembler<CHUNK>;
}

type ReadContext = MiniMaxResponseContext & { responseHeaders: Record<string, string> };

/** A response the assembler could not process (e.g. JSON nested too deep to handle): a clear, non-retryable error. */
function unreadable(cause: unknown, context: MiniMaxResponseContext): APICallError {
  return new APICallError({
    message: `MiniMax sent a response that could not be read: ${cause instanceof Error ? cause.message : String(cause)}`,
    ...context,
    statusCode: 200,
    cause,
    isRetryable: false,
  });
}

function invalidResponse(message: string, context: ReadContext, status: number, body: string, cause?: unknown) {
  return createMiniMaxAPICallError({ details: { message }, ...context, statusCode: status, responseBody: body, cause });
}

/**
 * The spec-neutral MiniMax language model, for either wire. Spec adapters
 * wrap it; every MiniMax rule is applied here or in the endpoint's pieces.
 */
export class MiniMaxLanguageModel<BODY, CHUNK> implements MiniMaxCoreModel {
  readonly modelId: string;
  private readonly config: MiniMaxModelConfig;
  private readonly endpoint: MiniMaxEndpoint<BODY, CHUNK>;

  constructor(modelId: string, config: MiniMaxModelConfig, endpoint: MiniMaxEndpoint<BODY, CHUNK>) {
    this.modelId = modelId;
    this.config = config;
    this.endpoint = endpoint;
  }

  get provider(): string {
    return this.config.provider;
  }

  get supportsImageInput(): boolean {
    return getMiniMaxModelRules(this.modelId).capabilities.imageInput;
  }

  private get url(): string {
    return `${assertMiniMaxBaseURL(this.config.baseURL)}${this.endpoint.path}`;
  }

  /** Reads a JSON body; MiniMax errors inside an HTTP 200 body become `APICallError`s. */
  private async readJson(response: Response, context: ReadContext): Promise<{ value: CHUNK; raw: unknown }> {
    const text = await response.text();
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (cause) {
      throw invalidResponse(`MiniMax returned a body that is not JSON: ${text.slice(0, 200)}`, context, response.status, text, cause);
    }
    const error = extractMiniMaxError(raw);
    if (error) {
      throw createMiniMaxAPICallError({ details: error, ...context, statusCode: response.status, responseBody: text });
    }
    const parsed = this.endpoint.schema.safeParse(raw);
    if (!parsed.success) {
      throw invalidResponse(`MiniMax returned an unexpected response shape: ${parsed.error.message}`, context, response.status, text, parsed.error);
    }
    return { value: parsed.data, raw };
  }

  private post<T>(body: BODY, options: MiniMaxCallOptions, handler: (response: Response, context: ReadContext) => Promise<T>) {
    const successfulResponseHandler: ResponseHandler<T> = async ({ response, url, requestBodyValues }) => {
      const context = { url, requestBodyValues, responseHeaders: extractResponseHeaders(response) };
      return { value: await handler(response, context), responseHeaders: context.responseHeaders };
    };
    return postJsonToApi({
      url: this.url,
      headers: combineHeaders(this.config.headers(), options.headers),
      body,
      failedResponseHandler: minimaxFailedResponseHandler,
      successfulResponseHandler,
      abortSignal: options.abortSignal,
      fetch: this.config.fetch,
    });
  }

  async doGenerate(options: MiniMaxCallOptions): Promise<MiniMaxGenerateResult> {
    const { body, warnings, serviceTier } = this.endpoint.buildRequest(this.modelId, options, false);
    const { value, responseHeaders } = await this.post(body, options, (response, context) => this.readJson(response, context));

    const assembler = this.endpoint.createAssembler({ url: this.url, requestBodyValues: body });
    const parts: MiniMaxStreamPart[] = [];
    try {
      for (const chunk of this.endpoint.jsonToChunks(value.value)) assembler.push(chunk, parts);
      assembler.end(parts);
    } catch (cause) {
      throw unreadable(cause, { url: this.url, requestBodyValues: body });
    }
    const { content, error } = collectMiniMaxContent(parts);
    if (error) throw error;
    const metadata = parts.find((p) => p.type === 'response-metadata');
    const usage = assembler.reportedUsage;
    return {
      content,
      finishReason: assembler.finish,
      usage,
      providerMetadata: { minimax: buildMiniMaxUsageMetadata(this.modelId, usage, serviceTier) },
      warnings,
      request: { body },
      response: {
        ...(metadata?.type === 'response-metadata'
          ? { id: metadata.id, modelId: metadata.modelId, timestamp: metadata.timestamp }
          : {}),
        headers: responseHeaders,
        body: value.raw,
      },
    };
  }

  /**
   * Streams the call. Bytes go to parts in a single stage: each network chunk
   * is decoded (SSE), parsed, validated and assembled in one pass, and
   * `mapPart` (the spec adapter's translation) is applied inline, so no
   * further stream stage is needed. A stream that breaks off ends with an
   * error part and a finish; an abort rejects the read (the SDK reports it).
   */
  async doStream<OUT = MiniMaxStreamPart>(
    options: MiniMaxCallOptions,
    mapPart?: (part: MiniMaxStreamPart) => OUT | undefined,
  ): Promise<MiniMaxStreamResult<OUT>> {
    const { body, warnings, serviceTier } = this.endpoint.buildRequest(this.modelId, options, true);
    const { modelId, endpoint } = this;

    const { value: source, responseHeaders } = await this.post(body, options, async (response, context) => {
      // MiniMax answers some failed stream requests with a plain JSON body (HTTP 200 + base_resp).
      const contentType = response.headers.get('content-type') ?? '';
      if (contentType.includes('application/json') || response.body == null) {
        const { value } = await this.readJson(response, context);
        return { chunks: endpoint.jsonToChunks(value), body: undefined, context };
      }
      return { chunks: undefined, body: response.body, context };
    });

    const { context } = source;
    const assembler = endpoint.createAssembler({ url: this.url, requestBodyValues: body });
    const decoder = new ServerSentEventDecoder();
    const reader = source.body?.getReader();
    const includeRaw = options.includeRawChunks === true;
    let failed = false;
    let controller!: ReadableStreamDefaultController<OUT>;

    let enqueued = 0;
    const emit = (part: MiniMaxStreamPart) => {
      const out = mapPart ? mapPart(part) : (part as OUT);
      if (out !== undefined) {
        controller.enqueue(out);
        enqueued++;
      }
    };
    const fail = (error: unknown) => {
      failed = true;
      emit({ type: 'error', error });
    };
    const parts: MiniMaxStreamPart[] = [];
    const assemble = (chunk: CHUNK) => {
      if (includeRaw) emit({ type: 'raw', rawValue: chunk });
      let error: unknown;
      try {
        assembler.push(chunk, parts);
      } catch (cause) {
        error = unreadable(cause, context);
      }
      for (const part of parts) emit(part);
      parts.length = 0;
      if (error) fail(error);
    };
    const chunkError = (message: string, data: string, cause: unknown) =>
      new APICallError({ message, ...context, statusCode: 200, responseBody: data, cause, isRetryable: false });
    // The first bytes of the body, to name what came back when it holds no event at all (e.g. a proxy's HTML page).
    let events = 0;
    let head = '';
    const contentType = responseHeaders?.['content-type'] ?? '';
    const onEvent = ({ data }: { data: string }) => {
      events++;
      if (data === '[DONE]' || data.length === 0) return;
      let raw: unknown;
      try {
        raw = JSON.parse(data);
      } catch (cause) {
        fail(chunkError(`MiniMax sent a stream chunk that is not JSON: ${data.slice(0, 200)}`, data, cause));
        return;
      }
      // base_resp errors skip validation so their message survives any shape; the assembler reports them.
      if (extractMiniMaxError(raw)) return assemble(raw as CHUNK);
      const parsed = endpoint.schema.safeParse(raw);
      if (parsed.success) assemble(parsed.data);
      else fail(chunkError(`MiniMax sent a stream chunk of an unexpected shape: ${parsed.error.message}`, data, parsed.error));
    };
    const finish = () => {
      assembler.end(parts);
      for (const part of parts) emit(part);
      parts.length = 0;
      const usage = assembler.reportedUsage;
      emit({
        type: 'finish',
        finishReason: failed ? { unified: 'error', raw: assembler.finish.raw } : assembler.finish,
        usage,
        providerMetadata: { minimax: buildMiniMaxUsageMetadata(modelId, usage, serviceTier) },
      });
      controller.close();
    };

    const stream = new ReadableStream<OUT>({
      start(c) {
        controller = c;
        emit({ type: 'stream-start', warnings });
        if (source.chunks) {
          for (const chunk of source.chunks) assemble(chunk);
          finish();
        }
      },
      async pull() {
        if (!reader) return;
        try {
          // A pull must enqueue something (or close): a network chunk may complete no event.
          const before = enqueued;
          while (enqueued === before) {
            const { done, value } = await reader.read();
            if (done) {
              decoder.end(onEvent);
              if (events === 0 && head.trim() !== '') {
                const shown = head.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 200);
                fail(
                  new APICallError({
                    message: `MiniMax answered a stream request with no server-sent events (content-type ${contentType || 'none'}): ${shown}`,
                    ...context,
                    statusCode: 200,
                    responseBody: head,
                    isRetryable: false,
                  }),
                );
              }
              finish();
              return;
            }
            if (events === 0 && head.length < 1024) head += new TextDecoder().decode(value.subarray(0, 1024 - head.length));
            decoder.push(value, onEvent);
          }
        } catch (error) {
          if (isAbortError(error)) {
            controller.error(error);
            return;
          }
          fail(
            new APICallError({
              message: `MiniMax stream broke off: ${error instanceof Error ? error.message : String(error)}`,
              ...context,
              cause: error,
              isRetryable: true,
            }),
          );
          reader.cancel(error).catch(() => {});
          finish();
        }
      },
      cancel(reason) {
        return reader?.cancel(reason);
      },
    });
    return { stream, warnings, request: { body }, response: { headers: responseHeaders } };
  }
}
