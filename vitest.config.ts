import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Timeouts only bound a hang; nothing is timed. Generous, because CI machines are shared and busy.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
