import { defineConfig } from 'tsup';

// Each entry is built as ESM and CJS with its own declarations. The V1, V2 and
// V3 entries' declarations inline their spec's types (from the dev-only
// `@ai-sdk/provider-vN` aliases) so an ai@4/5/6 project needs no extra package.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'v1/index': 'src/v1/index.ts',
    'v2/index': 'src/v2/index.ts',
    'v3/index': 'src/v3/index.ts',
    'testing/index': 'src/testing/index.ts',
    'testing/cli': 'src/testing/cli.ts',
  },
  format: ['esm', 'cjs'],
  dts: { resolve: ['@ai-sdk/provider-v1', '@ai-sdk/provider-v2', '@ai-sdk/provider-v3'] },
  sourcemap: true,
  clean: true,
  splitting: false,
  target: 'es2022',
  outDir: 'dist',
});
