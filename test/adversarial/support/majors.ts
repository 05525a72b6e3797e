/**
 * The `ai` majors the adversarial suite drives every behaviour through: the oldest (ai@4, V1 specs) and the newest
 * (ai@7, V4 specs), with the language-model, speech, image and video drivers the scenario suites already use. Video
 * exists on ai@6 and ai@7 only, streamed speech on ai@7 only.
 */
import { afterAll, beforeAll } from 'vitest';
import { DRIVERS } from '../../support/ai-drivers';
import { IMAGE_DRIVERS, silenceSdkWarnings, VIDEO_DRIVERS } from '../../support/media-drivers';
import { SPEECH_DRIVERS } from '../../speech/speech-drivers';

const OLDEST_AND_NEWEST = (driver: { name: string }) => driver.name === 'ai@4' || driver.name === 'ai@7';

export const MAJORS = DRIVERS.filter(OLDEST_AND_NEWEST);
export const SPEECH_MAJORS = SPEECH_DRIVERS.filter(OLDEST_AND_NEWEST);
export const IMAGE_MAJORS = IMAGE_DRIVERS.filter(OLDEST_AND_NEWEST);
/** Video has no ai@4 function: its oldest major is ai@6. */
export const VIDEO_MAJORS = VIDEO_DRIVERS;

export const WIRES = ['chat', 'messages'] as const;
export type Wire = (typeof WIRES)[number];

/** Runs `call`; its value, or the error it threw. */
export async function attempt<T>(call: () => Promise<T>): Promise<{ value?: T; error?: unknown }> {
  try {
    return { value: await call() };
  } catch (error) {
    return { error };
  }
}

/** An error's name, message and (for an `APICallError`) status and retryability, for assertions. */
export function describeError(error: unknown): { name?: string; message?: string; statusCode?: number; isRetryable?: boolean } {
  if (!(error instanceof Error)) return { message: String(error) };
  const { statusCode, isRetryable } = error as { statusCode?: number; isRetryable?: boolean };
  return { name: error.name, message: error.message, statusCode, isRetryable };
}

/** Silences the SDK's warning log for the test file that calls it (the tests assert on results, not on logs). */
export function quietSdkWarnings(): void {
  let restore: (() => void) | undefined;
  beforeAll(() => {
    restore = silenceSdkWarnings();
  });
  afterAll(() => restore?.());
}
