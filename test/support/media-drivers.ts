/**
 * One driver per `ai` major for the media functions, so each image scenario is written once and run through the
 * real `generateImage` / `experimental_generateImage` of ai@4..7, and each video scenario through the real
 * `experimental_generateVideo` of ai@6 and ai@7. A driver normalises what differs between majors and nothing else.
 */
import * as ai4 from 'ai-v4';
import * as ai5 from 'ai-v5';
import * as ai6 from 'ai-v6';
import * as ai7 from 'ai';
import * as v1 from '../../src/v1/index';
import * as v2 from '../../src/v2/index';
import * as v3 from '../../src/v3/index';
import * as v4 from '../../src/index';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { MiniMaxProviderSettings } from '../../src/core/shared/minimax-provider-settings';
import { createMiniMaxEmulator, type MiniMaxEmulator, type MiniMaxEmulatorOptions } from '../../src/testing';

export interface ImageArgs {
  modelId?: string;
  prompt?: string;
  n?: number;
  size?: `${number}x${number}`;
  aspectRatio?: `${number}:${number}`;
  seed?: number;
  providerOptions?: Record<string, Record<string, unknown>>;
  /** ai@6/7 only: reference images (`prompt.images`). */
  images?: Array<string | Uint8Array>;
  /** ai@6/7 only. */
  mask?: Uint8Array;
  maxRetries?: number;
  abortSignal?: AbortSignal;
}

export interface ImageOutcome {
  images: Array<{ bytes: Uint8Array; mediaType: string }>;
  warnings: Array<{ type: string; setting?: string; feature?: string; details?: string; message?: string }>;
  /** `undefined` on ai@4 (ImageModelV1 has no metadata). */
  providerMetadata: Record<string, any> | undefined;
  responses: Array<{ modelId: string }>;
}

export interface ImageDriver {
  name: string;
  spec: 'v1' | 'v2' | 'v3' | 'v4';
  /** ai@5+ return `providerMetadata`. */
  metadata: boolean;
  /** ai@6+ take reference images and a mask in the prompt. */
  files: boolean;
  image(settings: MiniMaxProviderSettings, modelId: string): any;
  generate(settings: MiniMaxProviderSettings, args: ImageArgs): Promise<ImageOutcome>;
}

type ImageEntry = { createMiniMax(settings: MiniMaxProviderSettings): { image(id: string): unknown } };

function imageDriver(
  name: string,
  spec: ImageDriver['spec'],
  entry: ImageEntry,
  generateImage: (options: any) => Promise<any>,
  opts: { metadata: boolean; files: boolean },
): ImageDriver {
  const image = (settings: MiniMaxProviderSettings, modelId: string) => entry.createMiniMax(settings).image(modelId);
  return {
    name,
    spec,
    ...opts,
    image,
    async generate(settings, args) {
      const text = args.prompt ?? 'A lighthouse at dawn';
      const prompt = opts.files && (args.images || args.mask) ? { text, images: args.images ?? [], mask: args.mask } : text;
      const result = await generateImage({
        model: image(settings, args.modelId ?? 'image-01'),
        prompt,
        n: args.n,
        size: args.size,
        aspectRatio: args.aspectRatio,
        seed: args.seed,
        providerOptions: args.providerOptions,
        maxRetries: args.maxRetries ?? 0,
        abortSignal: args.abortSignal,
      });
      return {
        images: result.images.map((file: any) => ({ bytes: file.uint8Array, mediaType: file.mediaType ?? file.mimeType })),
        warnings: result.warnings ?? [],
        providerMetadata: opts.metadata ? result.providerMetadata : undefined,
        responses: result.responses,
      };
    },
  };
}

export const IMAGE_DRIVERS: ImageDriver[] = [
  imageDriver('ai@4', 'v1', v1, ai4.experimental_generateImage as never, { metadata: false, files: false }),
  imageDriver('ai@5', 'v2', v2, ai5.experimental_generateImage as never, { metadata: true, files: false }),
  imageDriver('ai@6', 'v3', v3, ai6.generateImage as never, { metadata: true, files: true }),
  imageDriver('ai@7', 'v4', v4, ai7.generateImage as never, { metadata: true, files: true }),
];

export interface VideoDriver {
  name: string;
  spec: 'v3' | 'v4';
  video(settings: MiniMaxProviderSettings, modelId: string): any;
  /** `experimental_generateVideo` with the major's own options (ai@7 also `poll`, `webhook`). */
  generateVideo(options: Record<string, unknown>): Promise<any>;
}

export const VIDEO_DRIVERS: VideoDriver[] = [
  { name: 'ai@6', spec: 'v3', video: (settings, id) => v3.createMiniMax(settings).video(id), generateVideo: (o) => ai6.experimental_generateVideo(o as never) },
  { name: 'ai@7', spec: 'v4', video: (settings, id) => v4.createMiniMax(settings).video(id), generateVideo: (o) => ai7.experimental_generateVideo(o as never) },
];

/** Silences the SDK's warning log for the duration of a test file (warnings are asserted on the results). */
export function silenceSdkWarnings(): () => void {
  const globals = globalThis as { AI_SDK_LOG_WARNINGS?: unknown };
  const previous = globals.AI_SDK_LOG_WARNINGS;
  globals.AI_SDK_LOG_WARNINGS = false;
  return () => {
    globals.AI_SDK_LOG_WARNINGS = previous;
  };
}

/**
 * The set-up every media scenario file shares: one emulator for the file (reset before each test), the SDK's warning
 * log silenced, and the provider settings that point at it.
 */
export function useMediaEmulator(options: MiniMaxEmulatorOptions & { apiKey: string }) {
  let emulator: MiniMaxEmulator | undefined;
  let restoreWarnings: (() => void) | undefined;
  beforeAll(async () => {
    emulator = await createMiniMaxEmulator(options);
    restoreWarnings = silenceSdkWarnings();
  });
  afterAll(async () => {
    restoreWarnings?.();
    await emulator?.close();
  });
  beforeEach(() => emulator?.reset());
  return {
    get emulator(): MiniMaxEmulator {
      if (!emulator) throw new Error('the emulator starts in beforeAll');
      return emulator;
    },
    settings: (): MiniMaxProviderSettings => ({ apiKey: options.apiKey, baseURL: emulator!.baseURL }),
  };
}
