/**
 * One driver per `ai` major, so each scenario is written once and run through
 * the real `ai` packages. A driver normalises what differs between majors
 * (option names, result field names, stream part shapes) and nothing else.
 */
import * as ai4 from 'ai-v4';
import * as ai7 from 'ai';
import * as v1 from '../../src/v1/index';
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
  spec: 'v1' | 'v4';
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
function promptOf(args: CallArgs) {
  const text = args.prompt ?? 'Solve: 2+2=?';
  return args.image
    ? { messages: [{ role: 'user' as const, content: [{ type: 'text' as const, text }, { type: 'image' as const, image: args.image, mimeType: 'image/png', mediaType: 'image/png' }] }] }
    : { prompt: text };
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
      model: v1.createMiniMax(settings)(args.modelId ?? 'MiniMax-M2.1'),
      prompt: args.prompt ?? 'Give me an object',
      schema: ai4.jsonSchema(args.schema),
      maxRetries: 0,
    });
    return { object: result.object, warnings: (result.warnings ?? []) as GenerateOutcome['warnings'] };
  },
};

function ai4Args(settings: MiniMaxProviderSettings, args: CallArgs) {
  return {
    model: v1.createMiniMax(settings)(args.modelId ?? 'MiniMax-M2.1'),
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

const ai7Driver: Driver = {
  name: 'ai@7',
  spec: 'v4',
  exactReasoningRoundTrip: true,
  createMiniMax: (settings) => v4.createMiniMax(settings),
  async generate(settings, args) {
    const result = await ai7.generateText(ai7Args(settings, args));
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
    const result = ai7.streamText({ ...ai7Args(settings, args), onError: ({ error }) => void errors.push(error) });
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
    const result = await ai7.generateObject({
      model: v4.createMiniMax(settings)(args.modelId ?? 'MiniMax-M2.1'),
      prompt: args.prompt ?? 'Give me an object',
      schema: ai7.jsonSchema(args.schema),
      maxRetries: 0,
    });
    return { object: result.object, warnings: (result.warnings ?? []) as GenerateOutcome['warnings'] };
  },
};

function ai7Args(settings: MiniMaxProviderSettings, args: CallArgs) {
  return {
    model: v4.createMiniMax(settings)(args.modelId ?? 'MiniMax-M2.1'),
    ...promptOf(args),
    ...(args.system ? { system: args.system } : {}),
    ...(args.temperature !== undefined ? { temperature: args.temperature } : {}),
    maxRetries: args.maxRetries ?? 0,
    abortSignal: args.abortSignal,
    providerOptions: args.providerOptions as never,
    ...(args.withTools
      ? {
          tools: {
            get_weather: ai7.tool({
              description: 'Get the current weather for a city',
              inputSchema: ai7.jsonSchema<{ location: string }>(WEATHER_SCHEMA),
              execute: async ({ location }) => weatherReport(location),
            }),
          },
          stopWhen: ai7.stepCountIs(args.maxSteps ?? 3),
        }
      : {}),
  };
}

export const DRIVERS: Driver[] = [ai4Driver, ai7Driver];
