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

export type JsonValue =
  | null
  | string
  | number
  | boolean
  | { [key: string]: JsonValue | undefined }
  | JsonValue[];

/** `providerOptions` / `providerMetadata`: provider name → options object. */
export type ProviderRecord = Record<string, Record<string, unknown>>;

export interface TextPart {
  type: 'text';
  text: string;
  providerOptions?: ProviderRecord;
}

/** File data as the adapters hand it over: bytes, base64 text, or a URL. */
export interface FilePart {
  type: 'file';
  data: Uint8Array | string | URL;
  mediaType: string;
  filename?: string;
  providerOptions?: ProviderRecord;
}

export interface ReasoningPart {
  type: 'reasoning';
  text: string;
  /** Anthropic-style thinking signature (V1 carries it on the part). */
  signature?: string;
  /** The thinking was redacted: `text` holds the opaque data. */
  redacted?: boolean;
  providerOptions?: ProviderRecord;
}

export interface ToolCallPart {
  type: 'tool-call';
  toolCallId: string;
  toolName: string;
  /** Parsed arguments (object) or their JSON text. */
  input: unknown;
  providerOptions?: ProviderRecord;
}

export type ToolResultOutput =
  | { type: 'text'; value: string }
  | { type: 'json'; value: unknown }
  | { type: 'error-text'; value: string }
  | { type: 'error-json'; value: unknown }
  | { type: 'execution-denied'; reason?: string }
  | {
      type: 'content';
      value: Array<
        | { type: 'text'; text: string }
        | { type: 'file'; data: Uint8Array | string | URL; mediaType: string }
      >;
    };

export interface ToolResultPart {
  type: 'tool-result';
  toolCallId: string;
  toolName: string;
  output: ToolResultOutput;
  providerOptions?: ProviderRecord;
}

export type MiniMaxMessage =
  | { role: 'system'; content: string; providerOptions?: ProviderRecord }
  | { role: 'user'; content: Array<TextPart | FilePart>; providerOptions?: ProviderRecord }
  | {
      role: 'assistant';
      content: Array<TextPart | FilePart | ReasoningPart | ToolCallPart | ToolResultPart>;
      providerOptions?: ProviderRecord;
    }
  | { role: 'tool'; content: ToolResultPart[]; providerOptions?: ProviderRecord };

export type MiniMaxPrompt = MiniMaxMessage[];

export interface FunctionTool {
  type: 'function';
  name: string;
  description?: string;
  inputSchema: Record<string, unknown>;
  strict?: boolean;
  providerOptions?: ProviderRecord;
}

/** A provider-defined tool of another provider: MiniMax has none. */
export interface ForeignTool {
  type: 'provider';
  id: string;
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
    | { type: 'json'; schema?: Record<string, unknown>; name?: string; description?: string };
  tools?: Array<FunctionTool | ForeignTool>;
  toolChoice?: ToolChoice;
  /** ai@7's top-level reasoning option. */
  reasoning?: ReasoningEffort;
  providerOptions?: ProviderRecord;
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
  raw?: Record<string, unknown>;
}

export type MiniMaxContent =
  | { type: 'text'; text: string; providerMetadata?: ProviderRecord }
  | { type: 'reasoning'; text: string; providerMetadata?: ProviderRecord }
  | {
      type: 'tool-call';
      toolCallId: string;
      toolName: string;
      /** Arguments as JSON text. */
      input: string;
      providerMetadata?: ProviderRecord;
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
  providerMetadata: ProviderRecord;
  warnings: MiniMaxWarning[];
  request: { body: unknown };
  response: MiniMaxResponseMetadata & { headers?: Record<string, string>; body?: unknown };
}

export type MiniMaxStreamPart =
  | { type: 'stream-start'; warnings: MiniMaxWarning[] }
  | ({ type: 'response-metadata' } & MiniMaxResponseMetadata)
  | { type: 'text-start'; id: string; providerMetadata?: ProviderRecord }
  | { type: 'text-delta'; id: string; delta: string }
  | { type: 'text-end'; id: string; providerMetadata?: ProviderRecord }
  | { type: 'reasoning-start'; id: string; providerMetadata?: ProviderRecord }
  | { type: 'reasoning-delta'; id: string; delta: string; providerMetadata?: ProviderRecord }
  | { type: 'reasoning-end'; id: string; providerMetadata?: ProviderRecord }
  | { type: 'tool-input-start'; id: string; toolName: string }
  | { type: 'tool-input-delta'; id: string; delta: string }
  | { type: 'tool-input-end'; id: string }
  | Extract<MiniMaxContent, { type: 'tool-call' }>
  | {
      type: 'finish';
      finishReason: MiniMaxFinishReason;
      usage: MiniMaxUsage;
      providerMetadata: ProviderRecord;
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
  doGenerate(options: MiniMaxCallOptions): Promise<MiniMaxGenerateResult>;
  /** `mapPart` translates each part into the caller's spec inline (`undefined` drops it). */
  doStream<OUT = MiniMaxStreamPart>(
    options: MiniMaxCallOptions,
    mapPart?: (part: MiniMaxStreamPart) => OUT | undefined,
  ): Promise<MiniMaxStreamResult<OUT>>;
}
