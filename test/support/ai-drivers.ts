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
import type { MiniMaxProviderSettings } from '../../src/core/minimax-provider-settings';

export interface CallArgs {
  modelId?: string;
  prompt?: string;
  system?: string;
  temperature?: number;
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
}

export interface GenerateOutcome {
  text: string;
  reasoningText: string | undefined;
  finishReason: string;
  usage: { inputTokens: number | undefined; outputTokens: number | undefined };
  providerMetadata: Record<string, Record<string, unknown>> | undefined;
  warnings: Array<{ type: string; setting?: string; feature?: string }>;
  steps: number;
  toolResults: unknown[];
}

export interface StreamOutcome extends GenerateOutcome {
  textDeltas: string[];
  reasoningDeltas: string[];
  errors: unknown[];
}

export interface Driver {
  name: string;
  spec: 'v1' | 'v2' | 'v3' | 'v4';
  /** ai@4 hands reasoning back as text only; ai@6+ hands back provider metadata too. */
  exactReasoningRoundTrip: boolean;
  createMiniMax(settings: MiniMaxProviderSettings): (modelId: string) => unknown;
  generate(settings: MiniMaxProviderSettings, args: CallArgs): Promise<GenerateOutcome>;
  stream(settings: MiniMaxProviderSettings, args: CallArgs): Promise<StreamOutcome>;
  /** `generateObject` with a JSON schema. */
  generateObject(settings: MiniMaxProviderSettings, args: CallArgs & { schema: JSONSchema7 }): Promise<{ object: unknown; warnings: GenerateOutcome['warnings'] }>;
}

type JSONSchema7 = import('json-schema').JSONSchema7;

/** The prompt as messages when an image is attached, as a plain prompt otherwise. */
export const CACHE_CONTROL = { minimax: { cacheControl: { type: 'ephemeral' } } };

/**
 * The prompt: plain text, or messages when an image is attached or the
 * system prompt is to be cached (a cache breakpoint on the system message).
 */
function promptOf(args: CallArgs, systemMessages: 'in-messages' | 'as-instructions' = 'in-messages') {
  const text = args.prompt ?? 'Solve: 2+2=?';
  if (args.cacheSystem) {
    const system = { role: 'system' as const, content: args.cacheSystem, providerOptions: CACHE_CONTROL };
    const user = { role: 'user' as const, content: text };
    // ai@7 takes them only as `instructions`; ai@6 accepts them in `messages` once told it is intended.
    return systemMessages === 'as-instructions'
      ? { instructions: system, messages: [user] }
      : { messages: [system, user], allowSystemInMessages: true };
  }
  return args.image
    ? { messages: [{ role: 'user' as const, content: [{ type: 'text' as const, text }, { type: 'image' as const, image: args.image, mimeType: 'image/png', mediaType: 'image/png' }] }] }
    : { prompt: text };
}

/** The chat model, or the messages model when the scenario asks for the Anthropic-compatible API. */
function modelOf(entry: { createMiniMax(settings: MiniMaxProviderSettings): unknown }, settings: MiniMaxProviderSettings, args: CallArgs) {
  const provider = entry.createMiniMax(settings) as ((id: string) => unknown) & { messages(id: string): unknown };
  const id = args.modelId ?? 'MiniMax-M2.1';
  return args.endpoint === 'messages' ? provider.messages(id) : provider(id);
}

export const WEATHER_SCHEMA: JSONSchema7 = {
  type: 'object',
  properties: { location: { type: 'string', description: 'City name' } },
  required: ['location'],
  additionalProperties: false,
};

export function weatherReport(location: string) {
  return { location, forecast: 'sunny', temperatureC: 24 };
}

const ai4Driver: Driver = {
  name: 'ai@4',
  spec: 'v1',
  exactReasoningRoundTrip: false,
  createMiniMax: (settings) => v1.createMiniMax(settings),
  async generate(settings, args) {
    const result = await ai4.generateText(ai4Args(settings, args));
    return {
      text: result.text,
      reasoningText: result.reasoning,
      finishReason: result.finishReason,
      usage: { inputTokens: result.usage.promptTokens, outputTokens: result.usage.completionTokens },
      providerMetadata: result.providerMetadata as GenerateOutcome['providerMetadata'],
      warnings: (result.warnings ?? []) as GenerateOutcome['warnings'],
      steps: result.steps.length,
      toolResults: result.steps.flatMap((s) => s.toolResults.map((r) => r.result)),
    };
  },
  async stream(settings, args) {
    const errors: unknown[] = [];
    const result = ai4.streamText({ ...ai4Args(settings, args), onError: ({ error }) => void errors.push(error) });
    const textDeltas: string[] = [];
    const reasoningDeltas: string[] = [];
    for await (const part of result.fullStream) {
      if (part.type === 'text-delta') textDeltas.push(part.textDelta);
      if (part.type === 'reasoning') reasoningDeltas.push(part.textDelta);
    }
    const steps = await result.steps;
    const usage = await result.usage;
    return {
      text: await result.text,
      reasoningText: await result.reasoning,
      finishReason: await result.finishReason,
      usage: { inputTokens: usage.promptTokens, outputTokens: usage.completionTokens },
      providerMetadata: (await result.providerMetadata) as GenerateOutcome['providerMetadata'],
      warnings: ((await result.warnings) ?? []) as GenerateOutcome['warnings'],
      steps: steps.length,
      toolResults: steps.flatMap((s) => s.toolResults.map((r) => r.result)),
      textDeltas,
      reasoningDeltas,
      errors,
    };
  },
  async generateObject(settings, args) {
    const result = await ai4.generateObject({
      model: modelOf(v1, settings, args) as ReturnType<ReturnType<typeof v1.createMiniMax>>,
      prompt: args.prompt ?? 'Give me an object',
      schema: ai4.jsonSchema(args.schema),
      maxRetries: 0,
    });
    return { object: result.object, warnings: (result.warnings ?? []) as GenerateOutcome['warnings'] };
  },
};

function ai4Args(settings: MiniMaxProviderSettings, args: CallArgs) {
  return {
    model: modelOf(v1, settings, args) as ReturnType<ReturnType<typeof v1.createMiniMax>>,
    ...promptOf(args),
    ...(args.system ? { system: args.system } : {}),
    ...(args.temperature !== undefined ? { temperature: args.temperature } : {}),
    maxRetries: args.maxRetries ?? 0,
    abortSignal: args.abortSignal,
    providerOptions: args.providerOptions as never,
    ...(args.withTools
      ? {
          tools: {
            get_weather: ai4.tool({
              description: 'Get the current weather for a city',
              parameters: ai4.jsonSchema<{ location: string }>(WEATHER_SCHEMA),
              execute: async ({ location }) => weatherReport(location),
            }),
          },
          maxSteps: args.maxSteps ?? 3,
        }
      : {}),
  };
}

/** ai@5, ai@6 and ai@7 share one API for everything the scenarios use. */
type ModernAi = typeof ai7;
type ModernEntry = { createMiniMax(settings: MiniMaxProviderSettings): (modelId: string) => unknown };

function modernDriver(name: string, spec: Driver['spec'], ai: ModernAi, entry: ModernEntry): Driver {
  const callArgs = (settings: MiniMaxProviderSettings, args: CallArgs) => ({
    model: modelOf(entry, settings, args) as Parameters<ModernAi['generateText']>[0]['model'],
    ...promptOf(args, spec === 'v4' ? 'as-instructions' : 'in-messages'),
    ...(args.system ? { system: args.system } : {}),
    ...(args.temperature !== undefined ? { temperature: args.temperature } : {}),
    maxRetries: args.maxRetries ?? 0,
    abortSignal: args.abortSignal,
    providerOptions: args.providerOptions as never,
    ...(args.reasoning ? { reasoning: args.reasoning } : {}),
    ...(args.withTools
      ? {
          tools: {
            get_weather: ai.tool({
              description: 'Get the current weather for a city',
              inputSchema: ai.jsonSchema<{ location: string }>(WEATHER_SCHEMA),
              execute: async ({ location }) => weatherReport(location),
            }),
          },
          stopWhen: ai.stepCountIs(args.maxSteps ?? 3),
        }
      : {}),
  });

  return {
    name,
    spec,
    exactReasoningRoundTrip: true,
    createMiniMax: (settings) => entry.createMiniMax(settings),
    async generate(settings, args) {
      const result = await ai.generateText(callArgs(settings, args) as never);
      return {
        text: result.text,
        reasoningText: result.reasoningText,
        finishReason: result.finishReason,
        usage: { inputTokens: result.totalUsage.inputTokens, outputTokens: result.totalUsage.outputTokens },
        providerMetadata: result.providerMetadata as GenerateOutcome['providerMetadata'],
        warnings: (result.warnings ?? []) as GenerateOutcome['warnings'],
        steps: result.steps.length,
        toolResults: result.steps.flatMap((s) => s.toolResults.map((r) => r.output)),
      };
    },
    async stream(settings, args) {
      const errors: unknown[] = [];
      const result = ai.streamText({ ...(callArgs(settings, args) as object), onError: ({ error }: { error: unknown }) => void errors.push(error) } as never);
      const textDeltas: string[] = [];
      const reasoningDeltas: string[] = [];
      for await (const part of result.fullStream) {
        if (part.type === 'text-delta') textDeltas.push(part.text);
        if (part.type === 'reasoning-delta') reasoningDeltas.push(part.text);
      }
      const steps = await result.steps;
      const usage = await result.totalUsage;
      return {
        text: await result.text,
        reasoningText: await result.reasoningText,
        finishReason: await result.finishReason,
        usage: { inputTokens: usage.inputTokens, outputTokens: usage.outputTokens },
        providerMetadata: (await result.providerMetadata) as GenerateOutcome['providerMetadata'],
        warnings: ((await result.warnings) ?? []) as GenerateOutcome['warnings'],
        steps: steps.length,
        toolResults: steps.flatMap((s) => s.toolResults.map((r) => r.output)),
        textDeltas,
        reasoningDeltas,
        errors,
      };
    },
    async generateObject(settings, args) {
      const result = await ai.generateObject({
        model: modelOf(entry, settings, args) as never,
        prompt: args.prompt ?? 'Give me an object',
        schema: ai.jsonSchema(args.schema),
        maxRetries: 0,
      });
      return { object: result.object, warnings: (result.warnings ?? []) as GenerateOutcome['warnings'] };
    },
  };
}

export const DRIVERS: Driver[] = [
  ai4Driver,
  modernDriver('ai@5', 'v2', ai5 as unknown as ModernAi, v2),
  modernDriver('ai@6', 'v3', ai6 as unknown as ModernAi, v3),
  modernDriver('ai@7', 'v4', ai7, v4),
];
