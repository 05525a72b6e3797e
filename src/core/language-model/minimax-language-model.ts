import { isAbortError, postToApi } from '@ai-sdk/provider-utils';
import type { MiniMaxModelConfig } from '../shared/minimax-config';
import { minimaxFailedResponseHandler, minimaxStreamBrokeOffError } from '../shared/minimax-error';
import { getMiniMaxModelRules } from '../shared/minimax-facts';
import type {
  MiniMaxCallOptions,
  MiniMaxCoreModel,
  MiniMaxGenerateResult,
  MiniMaxStreamPart,
  MiniMaxStreamResult,
} from '../shared/minimax-neutral-types';
import { minimaxEndpointURL } from '../shared/minimax-provider-settings';
import { sendMiniMaxRequest } from '../shared/minimax-request';
import { minimaxResponseHandler } from '../shared/minimax-response';
import { ServerSentEventDecoder } from '../shared/server-sent-event-decoder';
import { classifyMiniMaxResponse, NonEventBodyCheck } from './classify-minimax-response';
import { collectMiniMaxContent } from './collect-minimax-content';
import { MiniMaxChunkPipeline } from './minimax-chunk-pipeline';
import type { MiniMaxEndpoint, MiniMaxModelIds } from './minimax-endpoint';

/**
 * The spec-neutral MiniMax language model, for either wire. Spec adapters
 * wrap it; every MiniMax rule is applied here or in the endpoint's pieces.
 *
 * A call: the endpoint builds the body (`core/chat` or `core/messages`), it is
 * posted, `classifyMiniMaxResponse` tells a JSON body from an event stream,
 * and `MiniMaxChunkPipeline` turns the chunks into neutral parts (the same
 * pipeline for both kinds, and for `doGenerate` and `doStream`).
 */
export class MiniMaxLanguageModel<BODY, CHUNK> implements MiniMaxCoreModel {
  readonly modelId: string;
  /** The id sent as `model`, and the one whose rules and prices apply (they differ for a proxy's alias). */
  private readonly ids: MiniMaxModelIds;
  private readonly config: MiniMaxModelConfig;
  private readonly endpoint: MiniMaxEndpoint<BODY, CHUNK>;

  constructor(ids: MiniMaxModelIds, config: MiniMaxModelConfig, endpoint: MiniMaxEndpoint<BODY, CHUNK>) {
    this.modelId = ids.wire;
    this.ids = ids;
    this.config = config;
    this.endpoint = endpoint;
  }

  get provider(): string {
    return this.config.provider;
  }

  get supportsImageInput(): boolean {
    return getMiniMaxModelRules(this.ids.facts).capabilities.imageInput;
  }

  get supportsStructuredOutputs(): boolean {
    return getMiniMaxModelRules(this.ids.facts).capabilities.responseFormat;
  }

  /** The endpoint's URL, once its base URL has passed the check (at the first call: a bad one fails the call). */
  private checkedUrl: string | undefined;

  private get url(): string {
    return (this.checkedUrl ??= minimaxEndpointURL(this.config.baseURL, this.endpoint.path));
  }

  /**
   * Posts the body and classifies the answer; HTTP errors become `APICallError`s on the way. Every error, here or
   * later in the answer (`redact`), has the key cut out.
   */
  private async post(body: BODY, options: MiniMaxCallOptions, stream: boolean) {
    const url = this.url;
    return sendMiniMaxRequest(this.config, options.headers, async ({ headers, fetch, redact }) => {
      // `postJsonToApi` with the body written by the provider's serializer (the same text `JSON.stringify` gives).
      const { value, responseHeaders } = await postToApi({
        url,
        headers: { 'Content-Type': 'application/json', ...headers },
        body: { content: this.config.serializer.serialize(body), values: body },
        failedResponseHandler: minimaxFailedResponseHandler,
        successfulResponseHandler: minimaxResponseHandler(async (response, context) => ({
          answer: await classifyMiniMaxResponse(response, context, this.endpoint, stream),
          context,
        })),
        abortSignal: options.abortSignal,
        fetch,
      });
      return { ...value, responseHeaders, redact };
    });
  }

  private pipeline(
    body: BODY,
    context: { url: string; requestBodyValues: unknown; responseHeaders?: Record<string, string> },
    serviceTier: string | undefined,
    includeRawChunks: boolean,
    emit: (part: MiniMaxStreamPart) => void,
  ): MiniMaxChunkPipeline<CHUNK> {
    return new MiniMaxChunkPipeline({
      endpoint: this.endpoint,
      context,
      assemblerContext: { url: this.url, requestBodyValues: body },
      modelId: this.ids.facts,
      serviceTier,
      includeRawChunks,
      emit,
    });
  }

  async doGenerate(options: MiniMaxCallOptions): Promise<MiniMaxGenerateResult> {
    const { body, warnings, serviceTier } = this.endpoint.buildRequest(this.ids, options, false);
    const { answer, context, responseHeaders, redact } = await this.post(body, options, false);
    // Only a JSON answer comes back to a non-streamed call: the classifier reads one.
    const json = answer.kind === 'json' ? answer : { chunks: [], raw: undefined };

    const parts: MiniMaxStreamPart[] = [];
    const pipeline = this.pipeline(body, context, serviceTier, false, (part) => parts.push(part));
    for (const chunk of json.chunks) pipeline.pushChunk(chunk);
    pipeline.end();

    const { content, error } = collectMiniMaxContent(parts);
    if (error) throw redact(error);
    const metadata = parts.find((p) => p.type === 'response-metadata');
    const finish = parts[parts.length - 1];
    if (finish?.type !== 'finish') throw new Error('MiniMax chunk pipeline ended without a finish part');
    return {
      content,
      finishReason: finish.finishReason,
      usage: finish.usage,
      providerMetadata: finish.providerMetadata,
      warnings,
      request: { body },
      response: {
        ...(metadata?.type === 'response-metadata'
          ? { id: metadata.id, modelId: metadata.modelId, timestamp: metadata.timestamp }
          : {}),
        headers: responseHeaders,
        body: json.raw,
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
  async doStream<OUT>(
    options: MiniMaxCallOptions,
    mapPart: (part: MiniMaxStreamPart) => OUT | undefined,
  ): Promise<MiniMaxStreamResult<OUT>> {
    const { body, warnings, serviceTier } = this.endpoint.buildRequest(this.ids, options, true);
    const { answer, context, responseHeaders, redact } = await this.post(body, options, true);

    let controller!: ReadableStreamDefaultController<OUT>;
    /** Parts enqueued so far: a pull must enqueue something (or close), and a network chunk may complete no event. */
    let enqueued = 0;
    const emit = (part: MiniMaxStreamPart) => {
      const out = mapPart(part.type === 'error' ? { type: 'error', error: redact(part.error) } : part);
      if (out !== undefined) {
        controller.enqueue(out);
        enqueued++;
      }
    };
    const pipeline = this.pipeline(body, context, serviceTier, options.includeRawChunks === true, emit);
    const end = () => {
      pipeline.end();
      controller.close();
    };

    const reader = answer.kind === 'event-stream' ? answer.reader : undefined;
    /** Bytes the classifier read to tell the kind of body: decoded first. */
    const head = answer.kind === 'event-stream' ? answer.head : [];
    const contentType = answer.kind === 'event-stream' ? answer.contentType : '';
    const decoder = new ServerSentEventDecoder();
    const nonEventBody = new NonEventBodyCheck();
    const onEvent = ({ data }: { data: string }) => {
      nonEventBody.event();
      pipeline.pushEventData(data);
    };

    const stream = new ReadableStream<OUT>({
      start(c) {
        controller = c;
        emit({ type: 'stream-start', warnings });
        if (answer.kind === 'json') {
          for (const chunk of answer.chunks) pipeline.pushChunk(chunk);
          end();
        }
      },
      async pull() {
        if (!reader) return;
        try {
          const before = enqueued;
          while (enqueued === before) {
            const { done, value } = head.length > 0 ? { done: false as const, value: head.shift()! } : await reader.read();
            if (done) {
              decoder.end(onEvent);
              const error = nonEventBody.error(contentType, context);
              if (error) pipeline.fail(error);
              end();
              return;
            }
            nonEventBody.bytes(value);
            decoder.push(value, onEvent);
            if (pipeline.ended) {
              // The end marker ends the answer even if the server keeps the connection open: release it.
              reader.cancel().catch(() => {});
              end();
              return;
            }
          }
        } catch (error) {
          if (isAbortError(error)) {
            controller.error(error);
            return;
          }
          pipeline.fail(minimaxStreamBrokeOffError(error, context));
          reader.cancel(error).catch(() => {});
          end();
        }
      },
      cancel(reason) {
        return reader?.cancel(reason);
      },
    });
    return { stream, warnings, request: { body }, response: { headers: responseHeaders } };
  }
}
