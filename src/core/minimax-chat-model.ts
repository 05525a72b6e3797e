import { combineHeaders, postJsonToApi, type ResponseHandler } from '@ai-sdk/provider-utils';
import { APICallError } from '@ai-sdk/provider';
import { buildMiniMaxChatRequest } from './build-minimax-chat-request';
import { collectMiniMaxContent } from './collect-minimax-content';
import { MiniMaxChatAssembler } from './minimax-chat-assembler';
import { chatCompletionSchema, type MiniMaxChatCompletion } from './minimax-chat-wire';
import type { MiniMaxModelConfig } from './minimax-config';
import { createMiniMaxAPICallError, extractMiniMaxError, minimaxFailedResponseHandler } from './minimax-error';
import { getMiniMaxModelRules } from './minimax-models';
import type {
  MiniMaxCallOptions,
  MiniMaxCoreModel,
  MiniMaxGenerateResult,
  MiniMaxStreamPart,
  MiniMaxStreamResult,
} from './minimax-types';
import { buildMiniMaxUsageMetadata } from './minimax-usage';
import { createServerSentEventStream } from './sse-event-stream';

type ResponseContext = { url: string; requestBodyValues: unknown; responseHeaders: Record<string, string> };

/** Reads a JSON body; MiniMax errors inside an HTTP 200 body become `APICallError`s. */
async function readChatJson(response: Response, context: ResponseContext): Promise<{ value: MiniMaxChatCompletion; raw: unknown }> {
  const text = await response.text();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    throw createMiniMaxAPICallError({
      details: { message: `MiniMax returned a body that is not JSON: ${text.slice(0, 200)}` },
      ...context,
      statusCode: response.status,
      responseBody: text,
      cause,
    });
  }
  const error = extractMiniMaxError(raw);
  if (error) {
    throw createMiniMaxAPICallError({ details: error, ...context, statusCode: response.status, responseBody: text });
  }
  const parsed = chatCompletionSchema.safeParse(raw);
  if (!parsed.success) {
    throw createMiniMaxAPICallError({
      details: { message: `MiniMax returned an unexpected response shape: ${parsed.error.message}` },
      ...context,
      statusCode: response.status,
      responseBody: text,
      cause: parsed.error,
    });
  }
  return { value: parsed.data, raw };
}

function responseContext(url: string, requestBodyValues: unknown, response: Response): ResponseContext {
  return { url, requestBodyValues, responseHeaders: Object.fromEntries(response.headers.entries()) };
}

/**
 * The spec-neutral MiniMax chat-completions model. Spec adapters wrap it;
 * every MiniMax rule for `/chat/completions` is applied here or below.
 */
export class MiniMaxChatModel implements MiniMaxCoreModel {
  readonly modelId: string;
  private readonly config: MiniMaxModelConfig;

  constructor(modelId: string, config: MiniMaxModelConfig) {
    this.modelId = modelId;
    this.config = config;
  }

  get provider(): string {
    return this.config.provider;
  }

  get supportsImageInput(): boolean {
    return getMiniMaxModelRules(this.modelId).capabilities.imageInput;
  }

  private get url(): string {
    return `${this.config.baseURL}/chat/completions`;
  }

  async doGenerate(options: MiniMaxCallOptions): Promise<MiniMaxGenerateResult> {
    const { body, warnings, serviceTier } = buildMiniMaxChatRequest(this.modelId, options, false);
    const jsonHandler: ResponseHandler<{ value: MiniMaxChatCompletion; raw: unknown }> = async ({ response, url, requestBodyValues }) => {
      const context = responseContext(url, requestBodyValues, response);
      return { value: await readChatJson(response, context), responseHeaders: context.responseHeaders };
    };
    const { value, responseHeaders } = await postJsonToApi({
      url: this.url,
      headers: combineHeaders(this.config.headers(), options.headers),
      body,
      failedResponseHandler: minimaxFailedResponseHandler,
      successfulResponseHandler: jsonHandler,
      abortSignal: options.abortSignal,
      fetch: this.config.fetch,
    });

    const assembler = new MiniMaxChatAssembler({ url: this.url, requestBodyValues: body });
    const parts: MiniMaxStreamPart[] = [];
    assembler.push(value.value, parts);
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
        ...(metadata && metadata.type === 'response-metadata'
          ? { id: metadata.id, modelId: metadata.modelId, timestamp: metadata.timestamp }
          : {}),
        headers: responseHeaders,
        body: value.raw,
      },
    };
  }

  async doStream(options: MiniMaxCallOptions): Promise<MiniMaxStreamResult> {
    const { body, warnings, serviceTier } = buildMiniMaxChatRequest(this.modelId, options, true);
    const modelId = this.modelId;
    const url = this.url;

    const streamHandler: ResponseHandler<ReadableStream<unknown>> = async ({ response, url, requestBodyValues }) => {
      const context = responseContext(url, requestBodyValues, response);
      const contentType = response.headers.get('content-type') ?? '';
      // MiniMax answers some failed stream requests with a plain JSON body (HTTP 200 + base_resp).
      if (contentType.includes('application/json') || response.body == null) {
        const { value } = await readChatJson(response, context);
        return { value: singleValueStream(value), responseHeaders: context.responseHeaders };
      }
      const events = response.body.pipeThrough(createServerSentEventStream());
      return { value: events.pipeThrough(parseEventData(url, requestBodyValues)), responseHeaders: context.responseHeaders };
    };

    const { value: chunks, responseHeaders } = await postJsonToApi({
      url,
      headers: combineHeaders(this.config.headers(), options.headers),
      body,
      failedResponseHandler: minimaxFailedResponseHandler,
      successfulResponseHandler: streamHandler,
      abortSignal: options.abortSignal,
      fetch: this.config.fetch,
    });

    const assembler = new MiniMaxChatAssembler({ url, requestBodyValues: body });
    const includeRaw = options.includeRawChunks === true;
    const stream = chunks.pipeThrough(
      new TransformStream<unknown, MiniMaxStreamPart>({
        start(controller) {
          controller.enqueue({ type: 'stream-start', warnings });
        },
        transform(chunk, controller) {
          const parts: MiniMaxStreamPart[] = [];
          if (chunk instanceof ChunkError) {
            parts.push({ type: 'error', error: chunk.error });
          } else {
            if (includeRaw) parts.push({ type: 'raw', rawValue: chunk });
            assembler.push(chunk as MiniMaxChatCompletion, parts);
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
            finishReason: assembler.finish,
            usage,
            providerMetadata: { minimax: buildMiniMaxUsageMetadata(modelId, usage, serviceTier) },
          });
        },
      }),
    );
    return { stream, warnings, request: { body }, response: { headers: responseHeaders } };
  }
}

/** A chunk that could not be read; it becomes an `error` part and the stream goes on. */
class ChunkError {
  constructor(readonly error: unknown) {}
}

function singleValueStream(value: unknown): ReadableStream<unknown> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(value);
      controller.close();
    },
  });
}

/** `data:` payloads → validated chunks; `[DONE]` is dropped; unreadable chunks become `ChunkError`s. */
function parseEventData(url: string, requestBodyValues: unknown): TransformStream<{ data: string }, unknown> {
  return new TransformStream({
    transform({ data }, controller) {
      if (data === '[DONE]' || data.length === 0) return;
      let raw: unknown;
      try {
        raw = JSON.parse(data);
      } catch (cause) {
        controller.enqueue(
          new ChunkError(
            createMiniMaxAPICallError({
              details: { message: `MiniMax sent a stream chunk that is not JSON: ${data.slice(0, 200)}` },
              url,
              requestBodyValues,
              statusCode: 200,
              responseBody: data,
              cause,
            }),
          ),
        );
        return;
      }
      // base_resp errors are read before validation so their message survives any shape.
      const parsed = extractMiniMaxError(raw) ? { success: true as const, data: raw } : chatCompletionSchema.safeParse(raw);
      if (parsed.success) controller.enqueue(parsed.data);
      else {
        controller.enqueue(
          new ChunkError(
            new APICallError({
              message: `MiniMax sent a stream chunk of an unexpected shape: ${parsed.error.message}`,
              url,
              requestBodyValues,
              statusCode: 200,
              responseBody: data,
              cause: parsed.error,
              isRetryable: false,
            }),
          ),
        );
      }
    },
  });
}
