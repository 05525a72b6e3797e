import type { JSONSchema7 } from '@ai-sdk/provider';

/**
 * The spec-neutral form the MiniMax core speaks.
 *
 * Every AI SDK spec adapter (V1..V4) translates its call options into
 * `MiniMaxCallOptions` and translates `MiniMaxGenerateResult` /
 * `MiniMaxStreamPart` back into its own shapes. The neutral form is close to
 * the V3/V4 specification (the richest one) so the newest adapters are thin
 * pass-throughs, and it owns no AI SDK type so the core never depends on a
 * particular `@ai-sdk/provider` major.
 */

/**
 * A JSON value the provider produces (provider metadata, raw usage): no
 * `undefined` members and mutable containers, so it is assignable to the
 * `JSONValue` of every spec, V1 to V4.
 */
export type JsonValue = null | string | number | boolean | JsonObject | JsonValue[];
export type JsonObject = { [key: string]: JsonValue };

/**
 * A JSON value as a spec hands it in (provider options): read-only, and
 * `undefined` members allowed, so the `JSONValue` of every spec is one.
 */
export type ReadonlyJsonValue =
  | null
  | string
  | number
  | boolean
  | { readonly [key: string]: ReadonlyJsonValue | undefined }
  | readonly ReadonlyJsonValue[];
export type ReadonlyJsonObject = { readonly [key: string]: ReadonlyJsonValue | undefined };

/** `providerOptions` of a call, a message or a part: provider name → options. */
export type ProviderOptions = Record<string, ReadonlyJsonObject>;

/** `providerMetadata` the provider emits: provider name → metadata. */
export type ProviderMetadata = Record<string, JsonObject>;

/** Whether a parsed value is JSON (it always is when it came from `JSON.parse`), typed as such. */
export function isJsonValue(value: unknown): value is JsonValue {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object':
      if (value === null) return true;
      if (Array.isArray(value)) return value.every(isJsonValue);
      return Object.values(value).every(isJsonValue);
    default:
      return false;
  }
}

export interface TextPart {
  type: 'text';
  text: string;
  providerOptions?: ProviderOptions;
}

/** File data as the adapters hand it over: bytes, base64 text, or a URL. */
export interface FilePart {
  type: 'file';
  data: Uint8Array | string | URL;
  mediaType: string;
  filename?: string;
  providerOptions?: ProviderOptions;
}

export interface ReasoningPart {
  type: 'reasoning';
  text: string;
  /** Anthropic-style thinking signature (V1 carries it on the part). */
  signature?: string;
  /** The thinking was redacted: `text` holds the opaque data. */
  redacted?: boolean;
  providerOptions?: ProviderOptions;
}

export interface ToolCallPart {
  type: 'tool-call';
  toolCallId: string;
  toolName: string;
  /** Parsed arguments (object) or their JSON text. */
  input: unknown;
  providerOptions?: ProviderOptions;
}

export type ToolResultOutput =
  | { type: 'text'; value: string }
  | { type: 'json'; value: unknown }
  | { type: 'error-text'; value: string }
  | { type: 'error-json'; value: unknown }
  | { type: 'execution-denied'; reason?: string }
  | {
      type: 'content';
      /** MiniMax takes text only: a file item is named (its media type, or its kind) in the error that refuses it. */
      value: Array<{ type: 'text'; text: string } | { type: 'file'; mediaType: string }>;
    };

export interface ToolResultPart {
  type: 'tool-result';
  toolCallId: string;
  toolName: string;
  output: ToolResultOutput;
  providerOptions?: ProviderOptions;
}

export type MiniMaxMessage =
  | { role: 'system'; content: string; providerOptions?: ProviderOptions }
  | { role: 'user'; content: Array<TextPart | FilePart>; providerOptions?: ProviderOptions }
  | {
      role: 'assistant';
      content: Array<TextPart | FilePart | ReasoningPart | ToolCallPart | ToolResultPart>;
      providerOptions?: ProviderOptions;
    }
  | { role: 'tool'; content: ToolResultPart[]; providerOptions?: ProviderOptions };

export type MiniMaxPrompt = MiniMaxMessage[];

export interface FunctionTool {
  type: 'function';
  name: string;
  description?: string;
  inputSchema: JSONSchema7;
  strict?: boolean;
  providerOptions?: ProviderOptions;
}

/** A provider-defined tool of another provider: MiniMax has none. */
export interface ForeignTool {
  type: 'provider';
  id: `${string}.${string}`;
  name: string;
  args?: Record<string, unknown>;
}

export type ToolChoice =
  | { type: 'auto' }
  | { type: 'none' }
  | { type: 'required' }
  | { type: 'tool'; toolName: string };

export type ReasoningEffort =
  | 'provider-default'
  | 'none'
  | 'minimal'
  | 'low'
  | 'medium'
  | 'high'
  | 'xhigh'
  | 'max';

export interface MiniMaxCallOptions {
  prompt: MiniMaxPrompt;
  maxOutputTokens?: number;
  temperature?: number;
  topP?: number;
  topK?: number;
  presencePenalty?: number;
  frequencyPenalty?: number;
  stopSequences?: string[];
  seed?: number;
  responseFormat?:
    | { type: 'text' }
    | { type: 'json'; schema?: JSONSchema7; name?: string; description?: string };
  tools?: Array<FunctionTool | ForeignTool>;
  toolChoice?: ToolChoice;
  /** ai@7's top-level reasoning option. */
  reasoning?: ReasoningEffort;
  providerOptions?: ProviderOptions;
  headers?: Record<string, string | undefined>;
  abortSignal?: AbortSignal;
  includeRawChunks?: boolean;
}

/**
 * A warning in neutral form. `setting` names the AI SDK call setting (V1/V2
 * `unsupported-setting`, V3/V4 `unsupported` with `feature`).
 */
export type MiniMaxWarning =
  | { type: 'unsupported-setting'; setting: string; details?: string }
  | { type: 'unsupported-tool'; tool: FunctionTool | ForeignTool; details?: string }
  | { type: 'compatibility'; feature: string; details?: string }
  | { type: 'other'; message: string };

export type UnifiedFinishReason =
  | 'stop'
  | 'length'
  | 'content-filter'
  | 'tool-calls'
  | 'error'
  | 'interrupted'
  | 'other';

export interface MiniMaxFinishReason {
  unified: UnifiedFinishReason;
  raw: string | undefined;
}

/** Usage in the V3/V4 shape; older adapters flatten it. */
export interface MiniMaxUsage {
  inputTokens: {
    total: number | undefined;
    noCache: number | undefined;
    cacheRead: number | undefined;
    cacheWrite: number | undefined;
  };
  outputTokens: {
    total: number | undefined;
    text: number | undefined;
    reasoning: number | undefined;
  };
  raw?: JsonObject;
}

export type MiniMaxContent =
  | { type: 'text'; text: string; providerMetadata?: ProviderMetadata }
  | { type: 'reasoning'; text: string; providerMetadata?: ProviderMetadata }
  | {
      type: 'tool-call';
      toolCallId: string;
      toolName: string;
      /** Arguments as JSON text. */
      input: string;
      providerMetadata?: ProviderMetadata;
    };

export interface MiniMaxResponseMetadata {
  id?: string;
  modelId?: string;
  timestamp?: Date;
}

export interface MiniMaxGenerateResult {
  content: MiniMaxContent[];
  finishReason: MiniMaxFinishReason;
  usage: MiniMaxUsage;
  providerMetadata: ProviderMetadata;
  warnings: MiniMaxWarning[];
  request: { body: unknown };
  response: MiniMaxResponseMetadata & { headers?: Record<string, string>; body?: unknown };
}

export type MiniMaxStreamPart =
  | { type: 'stream-start'; warnings: MiniMaxWarning[] }
  | ({ type: 'response-metadata' } & MiniMaxResponseMetadata)
  | { type: 'text-start'; id: string; providerMetadata?: ProviderMetadata }
  | { type: 'text-delta'; id: string; delta: string }
  | { type: 'text-end'; id: string; providerMetadata?: ProviderMetadata }
  | { type: 'reasoning-start'; id: string; providerMetadata?: ProviderMetadata }
  | { type: 'reasoning-delta'; id: string; delta: string; providerMetadata?: ProviderMetadata }
  | { type: 'reasoning-end'; id: string; providerMetadata?: ProviderMetadata }
  | { type: 'tool-input-start'; id: string; toolName: string }
  | { type: 'tool-input-delta'; id: string; delta: string }
  | { type: 'tool-input-end'; id: string }
  | Extract<MiniMaxContent, { type: 'tool-call' }>
  | {
      type: 'finish';
      finishReason: MiniMaxFinishReason;
      usage: MiniMaxUsage;
      providerMetadata: ProviderMetadata;
    }
  | { type: 'raw'; rawValue: unknown }
  | { type: 'error'; error: unknown };

export interface MiniMaxStreamResult<PART = MiniMaxStreamPart> {
  stream: ReadableStream<PART>;
  warnings: MiniMaxWarning[];
  request: { body: unknown };
  response: { headers?: Record<string, string> };
}

/** What every spec adapter wraps: the spec-neutral language model. */
export interface MiniMaxCoreModel {
  readonly provider: string;
  readonly modelId: string;
  readonly supportsImageInput: boolean;
  /** `response_format` with a JSON schema is honoured (otherwise JSON is asked for in the prompt). */
  readonly supportsStructuredOutputs: boolean;
  doGenerate(options: MiniMaxCallOptions): Promise<MiniMaxGenerateResult>;
  /** `mapPart` translates each part into the caller's spec inline (`undefined` drops it). */
  doStream<OUT>(
    options: MiniMaxCallOptions,
    mapPart: (part: MiniMaxStreamPart) => OUT | undefined,
  ): Promise<MiniMaxStreamResult<OUT>>;
}
