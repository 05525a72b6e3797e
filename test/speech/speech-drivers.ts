/**
 * One speech driver per `ai` major, so each speech scenario is written once and run through the real `ai`
 * packages: ai@4, ai@5 and ai@6 `experimental_generateSpeech`, ai@7 `generateSpeech`. A driver normalises only
 * what differs between majors (the function name, `mimeType` vs `mediaType`).
 */
import * as ai4 from 'ai-v4';
import * as ai5 from 'ai-v5';
import * as ai6 from 'ai-v6';
import * as ai7 from 'ai';
import type { MiniMaxProviderSettings } from '../../src/core/shared/minimax-provider-settings';
import type { MiniMaxSpeechCallOptions } from '../../src/core/speech/minimax-speech-types';
import * as v1 from '../../src/v1/index';
import * as v2 from '../../src/v2/index';
import * as v3 from '../../src/v3/index';
import * as v4 from '../../src/index';

/** A speech call as the scenarios write it: the neutral call options (less headers), a model id and retries. */
export interface SpeechArgs extends Omit<MiniMaxSpeechCallOptions, 'headers'> {
  modelId?: string;
  maxRetries?: number;
}

export interface SpeechOutcome {
  audio: Uint8Array;
  mediaType: string;
  format: string;
  warnings: Array<{ type: string; setting?: string; feature?: string; details?: string; message?: string }>;
  providerMetadata: Record<string, Record<string, any>>;
  responses: Array<{ modelId: string; headers?: Record<string, string>; body?: unknown }>;
}

export interface SpeechDriver {
  name: string;
  spec: 'v1' | 'v2' | 'v3' | 'v4';
  /** ai@4 has no `language` setting. */
  hasLanguage: boolean;
  model(settings: MiniMaxProviderSettings, modelId: string): { specificationVersion: string; provider: string; modelId: string };
  generate(settings: MiniMaxProviderSettings, args: SpeechArgs): Promise<SpeechOutcome>;
}

type Entry = { createMiniMax(settings: MiniMaxProviderSettings): { speech(modelId: string): any } };

function makeDriver(
  name: string,
  spec: SpeechDriver['spec'],
  entry: Entry,
  generateSpeech: (options: any) => Promise<any>,
): SpeechDriver {
  return {
    name,
    spec,
    hasLanguage: spec !== 'v1',
    model: (settings, modelId) => entry.createMiniMax(settings).speech(modelId),
    async generate(settings, args) {
      const result = await generateSpeech({
        model: entry.createMiniMax(settings).speech(args.modelId ?? 'speech-2.8-hd'),
        text: args.text,
        voice: args.voice,
        outputFormat: args.outputFormat,
        instructions: args.instructions,
        speed: args.speed,
        language: args.language,
        providerOptions: args.providerOptions,
        maxRetries: args.maxRetries ?? 0,
        abortSignal: args.abortSignal,
      });
      return {
        audio: result.audio.uint8Array,
        mediaType: result.audio.mediaType ?? result.audio.mimeType,
        format: result.audio.format,
        warnings: result.warnings ?? [],
        providerMetadata: result.providerMetadata,
        responses: result.responses,
      };
    },
  };
}

export const SPEECH_DRIVERS: SpeechDriver[] = [
  makeDriver('ai@4', 'v1', v1, ai4.experimental_generateSpeech),
  makeDriver('ai@5', 'v2', v2, ai5.experimental_generateSpeech),
  makeDriver('ai@6', 'v3', v3, ai6.experimental_generateSpeech),
  makeDriver('ai@7', 'v4', v4, ai7.generateSpeech),
];
