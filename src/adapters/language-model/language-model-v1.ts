import type {
  LanguageModelV1,
  LanguageModelV1CallOptions,
  LanguageModelV1CallWarning,
  LanguageModelV1FinishReason,
  LanguageModelV1FunctionTool,
  LanguageModelV1ProviderDefinedTool,
  LanguageModelV1StreamPart,
} from '@ai-sdk/provider-v1';
import type {
  ForeignTool,
  FunctionTool,
  MiniMaxContent,
  MiniMaxFinishReason,
  MiniMaxStreamPart,
  MiniMaxUsage,
  MiniMaxWarning,
} from '../../core/shared/minimax-neutral-types';
import { readMiniMaxThinkingMetadata } from '../../core/shared/minimax-provider-metadata';
import { fromV1CallOptions } from './convert-v1-prompt';
import { CoreModelAdapter } from './core-model-adapter';
import { toSettingWarning } from './map-warnings';

type V1GenerateResult = Awaited<ReturnType<LanguageModelV1['doGenerate']>>;
type V1StreamResult = Awaited<ReturnType<LanguageModelV1['doStream']>>;
type V1Reasoning = Exclude<V1GenerateResult['reasoning'], string | undefined>[number];
type V1ToolCall = NonNullable<V1GenerateResult['toolCalls']>[number];

type V1Setting = Extract<LanguageModelV1CallWarning, { type: 'unsupported-setting' }>['setting'];

/** The call settings ai@4 has a name for (anything else is reported as an `other` warning). */
const V1_SETTINGS: ReadonlyArray<V1Setting> = [
  'maxTokens',
  'temperature',
  'stopSequences',
  'topP',
  'topK',
  'presencePenalty',
  'frequencyPenalty',
  'responseFormat',
  'seed',
];

const V1_WARNING_NAMES = {
  setting: (setting: string) => V1_SETTINGS.find((name) => name === (setting === 'maxOutputTokens' ? 'maxTokens' : setting)),
  tool: (tool: FunctionTool | ForeignTool): LanguageModelV1FunctionTool | LanguageModelV1ProviderDefinedTool =>
    tool.type === 'function'
      ? { type: 'function', name: tool.name, parameters: tool.inputSchema }
      : { type: 'provider-defined', id: tool.id, name: tool.name, args: tool.args ?? {} },
};

export function toV1Warning(warning: MiniMaxWarning): LanguageModelV1CallWarning {
  return toSettingWarning(warning, V1_WARNING_NAMES);
}

export function toV1FinishReason(reason: MiniMaxFinishReason): LanguageModelV1FinishReason {
  return reason.unified === 'interrupted' ? 'other' : reason.unified;
}

/** V1 usage is two numbers; NaN where MiniMax reported none (what ai@4 expects). */
export function toV1Usage(usage: MiniMaxUsage): V1GenerateResult['usage'] {
  return { promptTokens: usage.inputTokens.total ?? NaN, completionTokens: usage.outputTokens.total ?? NaN };
}

/** V1 wants the prompt and the settings of the request apart. */
function toV1RawCall(body: unknown): V1GenerateResult['rawCall'] {
  if (typeof body !== 'object' || body === null || !('messages' in body)) return { rawPrompt: undefined, rawSettings: {} };
  const { messages, ...rawSettings } = body;
  return { rawPrompt: messages, rawSettings };
}

/** Reasoning content as V1 returns it: text with its signature, or a redacted block. */
function toV1Reasoning(content: MiniMaxContent): V1Reasoning[] {
  if (content.type !== 'reasoning') return [];
  const { signature, redactedData } = readMiniMaxThinkingMetadata(content.providerMetadata);
  if (redactedData !== undefined) return [{ type: 'redacted', data: redactedData }];
  return [{ type: 'text', text: content.text, ...(signature ? { signature } : {}) }];
}

function toV1ToolCall(content: MiniMaxContent): V1ToolCall[] {
  return content.type === 'tool-call'
    ? [{ toolCallType: 'function', toolCallId: content.toolCallId, toolName: content.toolName, args: content.input }]
    : [];
}

/** The stream-part translation of one call (it remembers tool names: V1 repeats them on every argument delta). */
function v1StreamPartMapper(): (part: MiniMaxStreamPart) => LanguageModelV1StreamPart | undefined {
  const toolNames = new Map<string, string>();
  return (part) => {
    switch (part.type) {
      case 'text-delta':
        return { type: 'text-delta', textDelta: part.delta };
      case 'reasoning-delta':
        return { type: 'reasoning', textDelta: part.delta };
      case 'reasoning-end': {
        // Messages thinking blocks: V1 carries the signature (or redacted data) as parts of its own.
        const { signature, redactedData } = readMiniMaxThinkingMetadata(part.providerMetadata);
        if (redactedData !== undefined) return { type: 'redacted-reasoning', data: redactedData };
        if (signature !== undefined) return { type: 'reasoning-signature', signature };
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
          finishReason: toV1FinishReason(part.finishReason),
          usage: toV1Usage(part.usage),
          providerMetadata: part.providerMetadata,
        };
      case 'error':
        return { type: 'error', error: part.error };
      default:
        // stream-start (warnings travel beside the stream in V1), part boundaries and raw chunks have no V1 form.
        return undefined;
    }
  };
}

/** LanguageModelV1 (ai@4) over the spec-neutral core. */
export class MiniMaxLanguageModelV1 extends CoreModelAdapter implements LanguageModelV1 {
  readonly specificationVersion = 'v1' as const;
  readonly defaultObjectGenerationMode = 'json' as const;

  get supportsImageUrls(): boolean {
    return this.core.supportsImageInput;
  }

  /** M3: `response_format` with a JSON schema. */
  get supportsStructuredOutputs(): boolean {
    return this.core.supportsStructuredOutputs;
  }

  supportsUrl(url: URL): boolean {
    return this.core.supportsImageInput && (url.protocol === 'https:' || url.protocol === 'http:');
  }

  async doGenerate(options: LanguageModelV1CallOptions): Promise<V1GenerateResult> {
    const result = await this.core.doGenerate(fromV1CallOptions(options));
    const reasoning = result.content.flatMap(toV1Reasoning);
    const toolCalls = result.content.flatMap(toV1ToolCall);
    return {
      text: result.content.flatMap((c) => (c.type === 'text' ? [c.text] : [])).join(''),
      ...(reasoning.length > 0 ? { reasoning } : {}),
      ...(toolCalls.length > 0 ? { toolCalls } : {}),
      finishReason: toV1FinishReason(result.finishReason),
      usage: toV1Usage(result.usage),
      rawCall: toV1RawCall(result.request.body),
      rawResponse: { headers: result.response.headers, body: result.response.body },
      request: { body: JSON.stringify(result.request.body) },
      response: { id: result.response.id, timestamp: result.response.timestamp, modelId: result.response.modelId },
      warnings: result.warnings.map(toV1Warning),
      providerMetadata: result.providerMetadata,
    };
  }

  async doStream(options: LanguageModelV1CallOptions): Promise<V1StreamResult> {
    const result = await this.core.doStream(fromV1CallOptions(options), v1StreamPartMapper());
    return {
      stream: result.stream,
      rawCall: toV1RawCall(result.request.body),
      rawResponse: { headers: result.response.headers },
      request: { body: JSON.stringify(result.request.body) },
      warnings: result.warnings.map(toV1Warning),
    };
  }
}
