/**
 * One driver per `ai` major, so each scenario is written once and run through
 * the real `ai` packages. A driver normalises what differs between majors
 * (option names, result field names, stream part shapes) and nothing else.
 */
import * as ai4 from 'ai-v4';
import * as ai5 from 'ai-v5';
import * as ai6 from 'ai-v6';
import * as ai7 from 'ai';
import * as v1 from '../../src/v1/index';
import * as v2 from '../../src/v2/index';
import * as v3 from '../../src/v3/index';
import * as v4 from '../../src/index';
import type { MiniMaxProviderSettings } from '../../src/core/shared/minimax-provider-settings';

export interface CallArgs {
  modelId?: string;
  prompt?: string;
  system?: string;
  temperature?: number;
  topP?: number;
  maxRetries?: number;
  abortSignal?: AbortSignal;
  providerOptions?: Record<string, Record<string, unknown>>;
  /** A weather tool is offered and executed; the loop stops after `maxSteps`. */
  withTools?: boolean;
  maxSteps?: number;
  /** Sent as an image part after the prompt text. */
  image?: Uint8Array;
  /** `messages` uses `minimax.messages(id)` (Anthropic-compatible API); default chat. */
  endpoint?: 'chat' | 'messages';
  /** A system prompt sent as a system message with a cache breakpoint. */
  cacheSystem?: string;
  /** ai@7's top-level reasoning option (ignored by older majors). */
  reasoning?: 'provider-default' | 'none' | 'low' | 'medium' | 'high';
  /** Tools offered by name (any object input) and never executed: the call ends with their tool calls. */
  toolNames?: string[];
  /** A conversation sent as messages instead of `prompt` (written once, in each major's message shapes). */
  history?: HistoryTurn[];
  maxOutputTokens?: number;
}

/** One turn of a conversation, in a shape every major can be given. */
export type HistoryTurn =
  | { role: 'system'; text: string }
  | { role: 'user'; text: string }
  /** `input` is the call's arguments: an object, or (as the SDK keeps an invalid call's) raw text. */
  | { role: 'assistant'; text?: string; toolCalls?: Array<{ id: string; name: string; input: unknown }> }
  | { role: 'tool'; results: Array<{ id: string; name: string; output: string }> };

export interface GenerateOutcome {
  text: string;
  reasoningText: string | undefined;
  finishReason: string;
  usage: { inputTokens: number | undefined; outputTokens: number | undefined };
  providerMetadata: Record<string, Record<string, unknown>> | undefined;
  warnings: Array<{ type: string; setting?: string; feature?: string }>;
  steps: number;
  toolResults: unknown[];
  /** The tool calls of every step, with their parsed input. */
  toolCalls: Array<{ toolCallId: string; toolName: string; input: unknown }>;
}

export interface StreamOutcome extends GenerateOutcome {
  textDeltas: string[];
  reasoningDeltas: string[];
  errors: unknown[];
}

/** What a stream's parts alone say (nothing awaited beyond the stream: ai@4 never settles its promises after an error). */
export interface StreamParts {
  text: string;
  textDeltas: string[];
  reasoningDeltas: string[];
  /** The errors of the stream's error parts. */
  errors: unknown[];
  /** The types of the parts, in order. */
  types: string[];
  /** The finish part's reason, if the stream had one. */
  finishReason: string | undefined;
}

export interface Driver {
  name: string;
  spec: 'v1' | 'v2' | 'v3' | 'v4';
  /** ai@4 hands reasoning back as text only; ai@6+ hands back provider metadata too. */
  exactReasoningRoundTrip: boolean;
  createMiniMax(settings: MiniMaxProviderSettings): (modelId: string) => unknown;
  generate(settings: MiniMaxProviderSettings, args: CallArgs): Promise<GenerateOutcome>;
  stream(settings: MiniMaxProviderSettings, args: CallArgs): Promise<StreamOutcome>;
  /** `streamText`, reading only its full stream: also safe when the stream fails. */
  streamParts(settings: MiniMaxProviderSettings, args: CallArgs): Promise<StreamParts>;
  /**
   * A stream that fails before any output: only the stream is read (the result's promises reject or, on
   * ai@4, never settle when there is no step); the errors `onError` was told of and the text delivered.
   */
  streamFailure(settings: MiniMaxProviderSettings, args: CallArgs): Promise<{ errors: unknown[]; text: string }>;
  /** `generateObject` with a JSON schema. */
  generateObject(settings: MiniMaxProviderSettings, args: CallArgs & { schema: JSONSchema7 }): Promise<{ object: unknown; warnings: GenerateOutcome['warnings'] }>;
}

type JSONSchema7 = import('json-schema').JSONSchema7;

export const CACHE_CONTROL = { minimax: { cacheControl: { type: 'ephemeral' } } };

export const WEATHER_SCHEMA: JSONSchema7 = {
  type: 'object',
  properties: { location: { type: 'string', description: 'City name' } },
  required: ['location'],
  additionalProperties: false,
};

export function weatherReport(location: string) {
  return { location, forecast: 'sunny', temperatureC: 24 };
}

/**
 * What differs between the `ai` majors, for what the scenarios use. Results
 * and parts are typed loosely here on purpose: each major names its fields
 * differently and only these readers know the names.
 */
interface MajorApi {
  ai: any; // each major's own module; the readers below know its field names
  /** Tools and the step limit: ai@4 `parameters` + `maxSteps`; ai@5+ `inputSchema` + `stopWhen`. */
  toolArgs(maxSteps: number): Record<string, unknown>;
  /** Where a cached system message goes: ai@7 takes it only as `instructions`. */
  systemMessages: 'in-messages' | 'as-instructions';
  reasoningText(result: Record<string, unknown>): Promise<string | undefined> | string | undefined;
  /** Usage over all steps, as input/output totals. */
  usage(result: Record<string, unknown>): Promise<GenerateOutcome['usage']>;
  toolOutput(toolResult: Record<string, unknown>): unknown;
  /** A stream part's text and reasoning deltas. */
  textDelta(part: Record<string, unknown>): string | undefined;
  reasoningDelta(part: Record<string, unknown>): string | undefined;
  /** Tools without `execute`, with any object input. */
  plainTools(names: string[]): Record<string, unknown>;
  /** A tool call's parsed input (ai@4 `args`, ai@5+ `input`). */
  toolCallInput(call: Record<string, unknown>): unknown;
  /** A conversation in this major's message shapes. */
  historyMessages(turns: HistoryTurn[]): unknown[];
}

const ANY_OBJECT = { type: 'object' as const, additionalProperties: true };

/** A conversation as messages; `fields` names a tool call's arguments and a tool result's output the major's way. */
function historyMessages(
  turns: HistoryTurn[],
  fields: { args(input: unknown): Record<string, unknown>; result(output: string): Record<string, unknown> },
): unknown[] {
  return turns.map((turn) => {
    switch (turn.role) {
      case 'system':
      case 'user':
        return { role: turn.role, content: turn.text };
      case 'assistant':
        return {
          role: 'assistant',
          content: [
            ...(turn.text !== undefined ? [{ type: 'text', text: turn.text }] : []),
            ...(turn.toolCalls ?? []).map((c) => ({ type: 'tool-call', toolCallId: c.id, toolName: c.name, ...fields.args(c.input) })),
          ],
        };
      case 'tool':
        return { role: 'tool', content: turn.results.map((r) => ({ type: 'tool-result', toolCallId: r.id, toolName: r.name, ...fields.result(r.output) })) };
    }
  });
}

const weatherTool = (ai: typeof ai7, schemaKey: 'parameters' | 'inputSchema') =>
  ai.tool({
    description: 'Get the current weather for a city',
    [schemaKey]: ai.jsonSchema<{ location: string }>(WEATHER_SCHEMA),
    execute: async ({ location }: { location: string }) => weatherReport(location),
  } as never);

const AI4: MajorApi = {
  ai: ai4,
  toolArgs: (maxSteps) => ({ tools: { get_weather: weatherTool(ai4 as never, 'parameters') }, maxSteps }),
  systemMessages: 'in-messages',
  reasoningText: (result) => result.reasoning as string | undefined,
  usage: async (result) => {
    const usage = (await result.usage) as { promptTokens: number; completionTokens: number };
    return { inputTokens: usage.promptTokens, outputTokens: usage.completionTokens };
  },
  toolOutput: (toolResult) => toolResult.result,
  textDelta: (part) => (part.type === 'text-delta' ? (part.textDelta as string) : undefined),
  reasoningDelta: (part) => (part.type === 'reasoning' ? (part.textDelta as string) : undefined),
  plainTools: (names) => Object.fromEntries(names.map((name) => [name, ai4.tool({ parameters: ai4.jsonSchema(ANY_OBJECT) } as never)])),
  toolCallInput: (call) => call.args,
  historyMessages: (turns) => historyMessages(turns, { args: (input) => ({ args: input }), result: (output) => ({ result: output }) }),
};

function modernApi(ai: typeof ai7, systemMessages: MajorApi['systemMessages']): MajorApi {
  return {
    ai,
    toolArgs: (maxSteps) => ({ tools: { get_weather: weatherTool(ai, 'inputSchema') }, stopWhen: ai.stepCountIs(maxSteps) }),
    systemMessages,
    reasoningText: (result) => result.reasoningText as Promise<string | undefined> | string | undefined,
    usage: async (result) => {
      const usage = (await result.totalUsage) as { inputTokens: number | undefined; outputTokens: number | undefined };
      return { inputTokens: usage.inputTokens, outputTokens: usage.outputTokens };
    },
    toolOutput: (toolResult) => toolResult.output,
    textDelta: (part) => (part.type === 'text-delta' ? (part.text as string) : undefined),
    reasoningDelta: (part) => (part.type === 'reasoning-delta' ? (part.text as string) : undefined),
    plainTools: (names) => Object.fromEntries(names.map((name) => [name, ai.tool({ inputSchema: ai.jsonSchema(ANY_OBJECT) } as never)])),
    toolCallInput: (call) => call.input,
    historyMessages: (turns) =>
      historyMessages(turns, { args: (input) => ({ input }), result: (output) => ({ output: { type: 'text', value: output } }) }),
  };
}

/**
 * The prompt: plain text, or messages when an image is attached or the
 * system prompt is to be cached (a cache breakpoint on the system message).
 */
function promptOf(args: CallArgs, api: MajorApi) {
  const { systemMessages } = api;
  if (args.history) {
    // ai@6 accepts a system message in `messages` once told it is intended; ai@7 takes it only as `instructions`.
    const system = args.history.filter((turn) => turn.role === 'system');
    const rest = args.history.filter((turn) => turn.role !== 'system');
    if (systemMessages === 'as-instructions' && system.length > 0) {
      return { instructions: system.map((turn) => turn.text).join('\n'), messages: api.historyMessages(rest) };
    }
    return { messages: api.historyMessages(args.history), allowSystemInMessages: true };
  }
  const text = args.prompt ?? 'Solve: 2+2=?';
  if (args.cacheSystem) {
    const system = { role: 'system' as const, content: args.cacheSystem, providerOptions: CACHE_CONTROL };
    const user = { role: 'user' as const, content: text };
    // ai@6 accepts a system message in `messages` once told it is intended.
    return systemMessages === 'as-instructions'
      ? { instructions: system, messages: [user] }
      : { messages: [system, user], allowSystemInMessages: true };
  }
  return args.image
    ? { messages: [{ role: 'user' as const, content: [{ type: 'text' as const, text }, { type: 'image' as const, image: args.image, mimeType: 'image/png', mediaType: 'image/png' }] }] }
    : { prompt: text };
}

type Entry = { createMiniMax(settings: MiniMaxProviderSettings): unknown };

/** The chat model, or the messages model when the scenario asks for the Anthropic-compatible API. */
function modelOf(entry: Entry, settings: MiniMaxProviderSettings, args: CallArgs) {
  const provider = entry.createMiniMax(settings) as ((id: string) => unknown) & { messages(id: string): unknown };
  const id = args.modelId ?? 'MiniMax-M2.1';
  return args.endpoint === 'messages' ? provider.messages(id) : provider(id);
}

function makeDriver(name: string, spec: Driver['spec'], exactReasoningRoundTrip: boolean, entry: Entry, api: MajorApi): Driver {
  const callArgs = (settings: MiniMaxProviderSettings, args: CallArgs) => ({
    model: modelOf(entry, settings, args),
    ...promptOf(args, api),
    ...(args.system ? { system: args.system } : {}),
    ...(args.temperature !== undefined ? { temperature: args.temperature } : {}),
    ...(args.topP !== undefined ? { topP: args.topP } : {}),
    maxRetries: args.maxRetries ?? 0,
    abortSignal: args.abortSignal,
    providerOptions: args.providerOptions,
    ...(args.reasoning ? { reasoning: args.reasoning } : {}),
    ...(args.withTools ? api.toolArgs(args.maxSteps ?? 3) : {}),
    ...(args.toolNames ? { tools: api.plainTools(args.toolNames) } : {}),
    ...(args.maxOutputTokens !== undefined ? { maxOutputTokens: args.maxOutputTokens, maxTokens: args.maxOutputTokens } : {}),
  });
  const outcome = async (result: Record<string, unknown>): Promise<GenerateOutcome> => {
    const steps = (await result.steps) as Array<{ toolResults: Array<Record<string, unknown>>; toolCalls: Array<Record<string, unknown>> }>;
    return {
      text: (await result.text) as string,
      reasoningText: await api.reasoningText(result),
      finishReason: (await result.finishReason) as string,
      usage: await api.usage(result),
      providerMetadata: (await result.providerMetadata) as GenerateOutcome['providerMetadata'],
      warnings: ((await result.warnings) ?? []) as GenerateOutcome['warnings'],
      steps: steps.length,
      toolResults: steps.flatMap((s) => s.toolResults.map(api.toolOutput)),
      toolCalls: steps.flatMap((s) =>
        s.toolCalls.map((c) => ({ toolCallId: c.toolCallId as string, toolName: c.toolName as string, input: api.toolCallInput(c) })),
      ),
    };
  };

  const readFullStream = async (settings: MiniMaxProviderSettings, args: CallArgs) => {
    const errors: unknown[] = [];
    const result = api.ai.streamText({ ...callArgs(settings, args), onError: ({ error }: { error: unknown }) => void errors.push(error) });
    const parts: StreamParts = { text: '', textDeltas: [], reasoningDeltas: [], errors: [], types: [], finishReason: undefined };
    for await (const part of result.fullStream) {
      parts.types.push(part.type);
      const text = api.textDelta(part);
      if (text !== undefined) parts.textDeltas.push(text);
      const reasoning = api.reasoningDelta(part);
      if (reasoning !== undefined) parts.reasoningDeltas.push(reasoning);
      if (part.type === 'finish') parts.finishReason = part.finishReason;
      if (part.type === 'error') parts.errors.push(part.error);
    }
    parts.text = parts.textDeltas.join('');
    return { result, parts, onErrorErrors: errors };
  };

  return {
    name,
    spec,
    exactReasoningRoundTrip,
    createMiniMax: (settings) => entry.createMiniMax(settings) as (modelId: string) => unknown,
    async generate(settings, args) {
      return outcome(await api.ai.generateText(callArgs(settings, args)));
    },
    async stream(settings, args) {
      const { result, parts, onErrorErrors } = await readFullStream(settings, args);
      return { ...(await outcome(result)), textDeltas: parts.textDeltas, reasoningDeltas: parts.reasoningDeltas, errors: onErrorErrors };
    },
    async streamParts(settings, args) {
      return (await readFullStream(settings, args)).parts;
    },
    async streamFailure(settings, args) {
      const { parts, onErrorErrors } = await readFullStream(settings, args);
      return { errors: onErrorErrors, text: parts.text };
    },
    async generateObject(settings, args) {
      const result = await api.ai.generateObject({
        model: modelOf(entry, settings, args),
        prompt: args.prompt ?? 'Give me an object',
        schema: api.ai.jsonSchema(args.schema),
        maxRetries: 0,
      });
      return { object: result.object, warnings: (result.warnings ?? []) as GenerateOutcome['warnings'] };
    },
  };
}

/** ai@4 hands reasoning back as text only; ai@5+ hand back provider metadata too (exact round trip). */
export const DRIVERS: Driver[] = [
  makeDriver('ai@4', 'v1', false, v1, AI4),
  makeDriver('ai@5', 'v2', true, v2, modernApi(ai5 as unknown as typeof ai7, 'in-messages')),
  makeDriver('ai@6', 'v3', true, v3, modernApi(ai6 as unknown as typeof ai7, 'in-messages')),
  makeDriver('ai@7', 'v4', true, v4, modernApi(ai7, 'as-instructions')),
];
