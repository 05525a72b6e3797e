import { defineConfig } from 'tsup';

// Each entry is built as ESM and CJS with its own declarations. The V1 entry's
// declarations inline the LanguageModelV1 types (from the dev-only
// `@ai-sdk/provider-v1` alias) so an ai@4 project needs no extra package.
export default defineConfig({
  entry: {
    index: 'src/index.ts',
    'v1/index': 'src/v1/index.ts',
    'testing/index': 'src/testing/index.ts',
    'testing/cli': 'src/testing/cli.ts',
  },
  format: ['esm', 'cjs'],
  dts: { resolve: ['@ai-sdk/provider-v1'] },
  sourcemap: true,
  clean: true,
  splitting: false,
  target: 'es2022',
  outDir: 'dist',
});
