import { APICallError } from '@ai-sdk/provider';
import { combineHeaders, extractResponseHeaders, isAbortError, postJsonToApi, type ResponseHandler } from '@ai-sdk/provider-utils';
import type { z } from 'zod/v4';
import { collectMiniMaxContent } from './collect-minimax-content';
import type { MiniMaxModelConfig } from './minimax-config';
import { createMiniMaxAPICallError, extractMiniMaxError, minimaxFailedResponseHandler } from './minimax-error';
import { getMiniMaxModelRules } from './minimax-models';
import type {
  MiniMaxCallOptions,
  MiniMaxCoreModel,
  MiniMaxFinishReason,
  MiniMaxGenerateResult,
  MiniMaxStreamPart,
  MiniMaxStreamResult,
  MiniMaxUsage,
  MiniMaxWarning,
} from './minimax-types';
import { buildMiniMaxUsageMetadata } from './minimax-usage';
import { createServerSentEventStream } from './sse-event-stream';

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

function invalidResponse(message: string, context: ReadContext, status: number, body: string, cause?: unknown) {
  return createMiniMaxAPICallError({ details: { message }, ...context, statusCode: status, responseBody: body, cause });
}

/** A chunk that could not be read; it becomes an `error` part and the stream goes on. */
class ChunkError {
  constructor(readonly error: unknown) {}
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
    return `${this.config.baseURL}${this.endpoint.path}`;
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
    for (const chunk of this.endpoint.jsonToChunks(value.value)) assembler.push(chunk, parts);
    assembler.end(parts);
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

  async doStream(options: MiniMaxCallOptions): Promise<MiniMaxStreamResult> {
    const { body, warnings, serviceTier } = this.endpoint.buildRequest(this.modelId, options, true);
    const { modelId, endpoint } = this;

    const { value: chunks, responseHeaders } = await this.post(body, options, async (response, context) => {
      // MiniMax answers some failed stream requests with a plain JSON body (HTTP 200 + base_resp).
      const contentType = response.headers.get('content-type') ?? '';
      if (contentType.includes('application/json') || response.body == null) {
        const { value } = await this.readJson(response, context);
        return arrayStream<CHUNK | ChunkError>(endpoint.jsonToChunks(value));
      }
      const chunks = response.body.pipeThrough(createServerSentEventStream()).pipeThrough(parseEventData(endpoint.schema, context));
      return endOnError(chunks, context);
    });

    const assembler = endpoint.createAssembler({ url: this.url, requestBodyValues: body });
    const includeRaw = options.includeRawChunks === true;
    let chunkFailed = false;
    const stream = chunks.pipeThrough(
      new TransformStream<CHUNK | ChunkError, MiniMaxStreamPart>({
        start(controller) {
          controller.enqueue({ type: 'stream-start', warnings });
        },
        transform(chunk, controller) {
          const parts: MiniMaxStreamPart[] = [];
          if (chunk instanceof ChunkError) {
            chunkFailed = true;
            parts.push({ type: 'error', error: chunk.error });
          } else {
            if (includeRaw) parts.push({ type: 'raw', rawValue: chunk });
            assembler.push(chunk, parts);
          }
          for (const part of parts) controller.enqueue(part);
        },
        flush(controller) {
          const parts: MiniMaxStreamPart[] = [];
          assembler.end(parts);
          for (const part of parts) controller.enqueue(part);
          const usage = assembler.reportedUsage;
          controller.enqueue({
            type: 'finish',
            finishReason: chunkFailed ? { unified: 'error', raw: assembler.finish.raw } : assembler.finish,
            usage,
            providerMetadata: { minimax: buildMiniMaxUsageMetadata(modelId, usage, serviceTier) },
          });
        },
      }),
    );
    return { stream, warnings, request: { body }, response: { headers: responseHeaders } };
  }
}

/**
 * A stream that breaks (connection lost, an oversized event) ends with an
 * error chunk, so the caller gets an `error` part and a `finish` rather than
 * a rejected read. An abort still rejects: the SDK handles that itself.
 */
function endOnError<CHUNK>(source: ReadableStream<CHUNK | ChunkError>, context: MiniMaxResponseContext): ReadableStream<CHUNK | ChunkError> {
  const reader = source.getReader();
  return new ReadableStream({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        if (isAbortError(error)) {
          controller.error(error);
          return;
        }
        controller.enqueue(
          new ChunkError(
            new APICallError({
              message: `MiniMax stream broke off: ${error instanceof Error ? error.message : String(error)}`,
              ...context,
              cause: error,
              isRetryable: true,
            }),
          ),
        );
        controller.close();
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

function arrayStream<T>(values: T[]): ReadableStream<T> {
  return new ReadableStream({
    start(controller) {
      for (const value of values) controller.enqueue(value);
      controller.close();
    },
  });
}

/** `data:` payloads → validated chunks; `[DONE]` is dropped; unreadable chunks become `ChunkError`s. */
function parseEventData<CHUNK>(
  schema: z.ZodType<CHUNK>,
  context: MiniMaxResponseContext,
): TransformStream<{ data: string }, CHUNK | ChunkError> {
  const fail = (message: string, data: string, cause: unknown) =>
    new ChunkError(
      new APICallError({ message, ...context, statusCode: 200, responseBody: data, cause, isRetryable: false }),
    );
  return new TransformStream({
    transform({ data }, controller) {
      if (data === '[DONE]' || data.length === 0) return;
      let raw: unknown;
      try {
        raw = JSON.parse(data);
      } catch (cause) {
        controller.enqueue(fail(`MiniMax sent a stream chunk that is not JSON: ${data.slice(0, 200)}`, data, cause));
        return;
      }
      // base_resp errors pass unvalidated so their message survives any shape; the assembler reports them.
      if (extractMiniMaxError(raw)) {
        controller.enqueue(raw as CHUNK);
        return;
      }
      const parsed = schema.safeParse(raw);
      if (parsed.success) controller.enqueue(parsed.data);
      else controller.enqueue(fail(`MiniMax sent a stream chunk of an unexpected shape: ${parsed.error.message}`, data, parsed.error));
    },
  });
}
