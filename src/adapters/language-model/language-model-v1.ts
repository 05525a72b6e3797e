import type {
  LanguageModelV1,
  LanguageModelV1CallOptions,
  LanguageModelV1CallWarning,
  LanguageModelV1FinishReason,
  LanguageModelV1FunctionTool,
  LanguageModelV1Prompt,
  LanguageModelV1ProviderMetadata,
  LanguageModelV1StreamPart,
} from '@ai-sdk/provider-v1';
import type {
  FunctionTool,
  MiniMaxCallOptions,
  MiniMaxCoreModel,
  MiniMaxFinishReason,
  MiniMaxMessage,
  MiniMaxPrompt,
  MiniMaxUsage,
  MiniMaxWarning,
  ProviderRecord,
  ToolResultOutput,
} from '../../core/shared/minimax-neutral-types';
import { CoreModelAdapter } from './core-model-adapter';
import { toSettingWarnings } from './map-warnings';

type V1Part = { type: string; providerMetadata?: ProviderRecord; [key: string]: unknown };

function partOptions(part: { providerMetadata?: unknown }) {
  return part.providerMetadata ? { providerOptions: part.providerMetadata as ProviderRecord } : {};
}

function v1ToolOutput(part: V1Part): ToolResultOutput {
  const content = part.content as Array<{ type: string; text?: string; data?: string; mimeType?: string }> | undefined;
  if (content && content.length > 0) {
    return {
      type: 'content',
      value: content.map((item) =>
        item.type === 'text'
          ? { type: 'text' as const, text: item.text ?? '' }
          : { type: 'file' as const, data: item.data ?? '', mediaType: item.mimeType ?? 'image/*' },
      ),
    };
  }
  const result = part.result;
  if (part.isError) return typeof result === 'string' ? { type: 'error-text', value: result } : { type: 'error-json', value: result };
  return typeof result === 'string' ? { type: 'text', value: result } : { type: 'json', value: result };
}

/** The ai@4 prompt → neutral prompt. */
export function convertV1Prompt(prompt: LanguageModelV1Prompt): MiniMaxPrompt {
  return prompt.map((message): MiniMaxMessage => {
    const messageOptions = partOptions(message);
    switch (message.role) {
      case 'system':
        return { role: 'system', content: message.content, ...messageOptions };
      case 'user':
        return {
          role: 'user',
          content: message.content.map((part) => {
            if (part.type === 'text') return { type: 'text' as const, text: part.text, ...partOptions(part) };
            if (part.type === 'image') {
              return { type: 'file' as const, data: part.image, mediaType: part.mimeType ?? 'image/*', ...partOptions(part) };
            }
            return {
              type: 'file' as const,
              data: part.data,
              mediaType: part.mimeType,
              ...(part.filename ? { filename: part.filename } : {}),
              ...partOptions(part),
            };
          }),
          ...messageOptions,
        };
      case 'assistant':
        return {
          role: 'assistant',
          content: message.content.map((part) => {
            switch (part.type) {
              case 'text':
                return { type: 'text' as const, text: part.text, ...partOptions(part) };
              case 'reasoning':
                return {
                  type: 'reasoning' as const,
                  text: part.text,
                  ...(part.signature ? { signature: part.signature } : {}),
                  ...partOptions(part),
                };
              case 'redacted-reasoning':
                return { type: 'reasoning' as const, text: part.data, redacted: true, ...partOptions(part) };
              case 'tool-call':
                return {
                  type: 'tool-call' as const,
                  toolCallId: part.toolCallId,
                  toolName: part.toolName,
                  input: part.args,
                  ...partOptions(part),
                };
              case 'file':
                return { type: 'file' as const, data: part.data, mediaType: part.mimeType, ...partOptions(part) };
            }
          }),
          ...messageOptions,
        };
      case 'tool':
        return {
          role: 'tool',
          content: message.content.map((part) => ({
            type: 'tool-result' as const,
            toolCallId: part.toolCallId,
            toolName: part.toolName,
            output: v1ToolOutput(part as unknown as V1Part),
            ...partOptions(part),
          })),
          ...messageOptions,
        };
    }
  });
}

function v1FunctionTool(tool: LanguageModelV1FunctionTool): FunctionTool {
  return {
    type: 'function',
    name: tool.name,
    ...(tool.description ? { description: tool.description } : {}),
    inputSchema: tool.parameters as Record<string, unknown>,
  };
}

/** ai@4 call options → neutral: `mode` becomes tools / response format, `maxTokens` the output limit. */
export function fromV1CallOptions(options: LanguageModelV1CallOptions): MiniMaxCallOptions {
  const { mode } = options;
  const neutral: MiniMaxCallOptions = {
    prompt: convertV1Prompt(options.prompt),
    maxOutputTokens: options.maxTokens,
    temperature: options.temperature,
    topP: options.topP,
    topK: options.topK,
    presencePenalty: options.presencePenalty,
    frequencyPenalty: options.frequencyPenalty,
    stopSequences: options.stopSequences,
    seed: options.seed,
    responseFormat: options.responseFormat as MiniMaxCallOptions['responseFormat'],
    providerOptions: options.providerMetadata as ProviderRecord | undefined,
    headers: options.headers,
    abortSignal: options.abortSignal,
  };
  switch (mode.type) {
    case 'regular':
      neutral.tools = mode.tools?.map((tool) =>
        tool.type === 'function' ? v1FunctionTool(tool) : { type: 'provider' as const, id: tool.id, name: tool.name, args: tool.args },
      );
      neutral.toolChoice = mode.toolChoice;
      break;
    case 'object-json':
      neutral.responseFormat = {
        type: 'json',
        ...(mode.schema ? { schema: mode.schema as Record<string, unknown> } : {}),
        ...(mode.name ? { name: mode.name } : {}),
        ...(mode.description ? { description: mode.description } : {}),
      };
      break;
    case 'object-tool':
      neutral.tools = [v1FunctionTool(mode.tool)];
      neutral.toolChoice = { type: 'tool', toolName: mode.tool.name };
      break;
  }
  return neutral;
}

const V1_SETTINGS = new Set(['maxTokens', 'temperature', 'stopSequences', 'topP', 'topK', 'presencePenalty', 'frequencyPenalty', 'responseFormat', 'seed']);

function v1Warnings(warnings: MiniMaxWarning[]): LanguageModelV1CallWarning[] {
  const renamed = warnings.map((w): MiniMaxWarning => {
    if (w.type !== 'unsupported-setting') return w;
    const setting = w.setting === 'maxOutputTokens' ? 'maxTokens' : w.setting;
    return V1_SETTINGS.has(setting) ? { ...w, setting } : { type: 'other', message: `${w.setting}: ${w.details ?? 'not supported'}` };
  });
  return toSettingWarnings(renamed, (w) =>
    w.tool.type === 'function'
      ? { type: 'function', name: w.tool.name, parameters: w.tool.inputSchema }
      : { type: 'provider-defined', id: w.tool.id as `${string}.${string}`, name: w.tool.name, args: w.tool.args ?? {} },
  ) as LanguageModelV1CallWarning[];
}

function v1FinishReason(reason: MiniMaxFinishReason): LanguageModelV1FinishReason {
  return reason.unified === 'interrupted' ? 'other' : reason.unified;
}

function v1Usage(usage: MiniMaxUsage) {
  return { promptTokens: usage.inputTokens.total ?? NaN, completionTokens: usage.outputTokens.total ?? NaN };
}

function rawCall(body: unknown) {
  const { messages, ...rawSettings } = body as { messages: unknown };
  return { rawPrompt: messages, rawSettings };
}

/** LanguageModelV1 (ai@4) over the spec-neutral core. */
export class MiniMaxLanguageModelV1 extends CoreModelAdapter implements LanguageModelV1 {
  readonly specificationVersion = 'v1' as const;
  readonly defaultObjectGenerationMode = 'json' as const;
  get supportsImageUrls(): boolean {
    return this.core.supportsImageInput;
  }

  get supportsStructuredOutputs(): boolean {
    return this.core.supportsImageInput; // M3: response_format with a JSON schema
  }

  supportsUrl(url: URL): boolean {
    return this.core.supportsImageInput && (url.protocol === 'https:' || url.protocol === 'http:');
  }

  async doGenerate(options: LanguageModelV1CallOptions): Promise<Awaited<ReturnType<LanguageModelV1['doGenerate']>>> {
    const result = await this.core.doGenerate(fromV1CallOptions(options));
    const text = result.content.filter((c) => c.type === 'text').map((c) => c.text).join('');
    type V1Reasoning = { type: 'text'; text: string; signature?: string } | { type: 'redacted'; data: string };
    const reasoning = result.content.flatMap((c): V1Reasoning[] => {
      if (c.type !== 'reasoning') return [];
      const { signature, redactedData } = (c.providerMetadata?.minimax ?? {}) as { signature?: string; redactedData?: string };
      if (typeof redactedData === 'string') return [{ type: 'redacted' as const, data: redactedData }];
      return [{ type: 'text' as const, text: c.text, ...(signature ? { signature } : {}) }];
    });
    const toolCalls = result.content.flatMap((c) =>
      c.type === 'tool-call'
        ? [{ toolCallType: 'function' as const, toolCallId: c.toolCallId, toolName: c.toolName, args: c.input }]
        : [],
    );
    return {
      text,
      ...(reasoning.length > 0 ? { reasoning } : {}),
      ...(toolCalls.length > 0 ? { toolCalls } : {}),
      finishReason: v1FinishReason(result.finishReason),
      usage: v1Usage(result.usage),
      rawCall: rawCall(result.request.body),
      rawResponse: { headers: result.response.headers, body: result.response.body },
      request: { body: JSON.stringify(result.request.body) },
      response: { id: result.response.id, timestamp: result.response.timestamp, modelId: result.response.modelId },
      warnings: v1Warnings(result.warnings),
      providerMetadata: result.providerMetadata as LanguageModelV1ProviderMetadata,
    };
  }

  async doStream(options: LanguageModelV1CallOptions): Promise<Awaited<ReturnType<LanguageModelV1['doStream']>>> {
    const toolNames = new Map<string, string>();
    const result = await this.core.doStream<LanguageModelV1StreamPart>(fromV1CallOptions(options), (part) => {
      switch (part.type) {
        case 'text-delta':
          return { type: 'text-delta', textDelta: part.delta };
        case 'reasoning-delta':
          return { type: 'reasoning', textDelta: part.delta };
        case 'reasoning-end': {
          // Messages thinking blocks: V1 carries the signature (or redacted data) as parts of its own.
          const { signature, redactedData } = (part.providerMetadata?.minimax ?? {}) as { signature?: string; redactedData?: string };
          if (typeof redactedData === 'string') return { type: 'redacted-reasoning', data: redactedData };
          if (typeof signature === 'string') return { type: 'reasoning-signature', signature };
          return undefined;
        }
        case 'tool-input-start':
          toolNames.set(part.id, part.toolName);
          return undefined;
        case 'tool-input-delta':
          return {
            type: 'tool-call-delta',
            toolCallType: 'function',
            toolCallId: part.id,
            toolName: toolNames.get(part.id) ?? '',
            argsTextDelta: part.delta,
          };
        case 'tool-call':
          return { type: 'tool-call', toolCallType: 'function', toolCallId: part.toolCallId, toolName: part.toolName, args: part.input };
        case 'response-metadata':
          return { type: 'response-metadata', id: part.id, timestamp: part.timestamp, modelId: part.modelId };
        case 'finish':
          return {
            type: 'finish',
            finishReason: v1FinishReason(part.finishReason),
            usage: v1Usage(part.usage),
            providerMetadata: part.providerMetadata as LanguageModelV1ProviderMetadata,
          };
        case 'error':
          return { type: 'error', error: part.error };
        default:
          // stream-start (warnings travel beside the stream in V1), part boundaries and raw chunks have no V1 form.
          return undefined;
      }
    });
    const stream = result.stream;
    return {
      stream,
      rawCall: rawCall(result.request.body),
      rawResponse: { headers: result.response.headers },
      request: { body: JSON.stringify(result.request.body) },
      warnings: v1Warnings(result.warnings),
    };
  }
}
