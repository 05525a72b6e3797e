/** One emulator for a test file: started before its tests, reset before each, closed after them. */
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createMiniMaxEmulator, type MiniMaxEmulator, type MiniMaxEmulatorOptions } from '../../src/testing';

/** Registers the hooks; the returned function gives the running emulator inside a test. */
export function useEmulator(options: MiniMaxEmulatorOptions = {}): () => MiniMaxEmulator {
  let emulator: MiniMaxEmulator | undefined;
  beforeAll(async () => {
    emulator = await createMiniMaxEmulator(options);
  });
  afterAll(async () => {
    await emulator?.close();
  });
  beforeEach(() => emulator?.reset());
  return () => {
    if (!emulator) throw new Error('the emulator is not running (use it inside a test)');
    return emulator;
  };
}
