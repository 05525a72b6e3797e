import { defineConfig } from 'tsup';


// Each entry is built as ESM and CJS with its own declarations.
//
// The AI SDK's own utilities (`@ai-sdk/provider` 4 and `@ai-sdk/provider-utils` 5) are bundled, tree-shaken, into
// every entry instead of being runtime dependencies: both are ESM-only and declare Node >= 22, so as dependencies
// they broke `require()` on Node 18 and 20 before 20.19, printed engine warnings for every `ai` major, and gave
// ai@4/5/6 apps a second copy of packages their `ai` already has in another major. Their error classes mark
// themselves with a global symbol, so an error thrown by a bundled copy is recognised by every `ai` major.
//
// Declarations inline every spec type they use (the dev-only `@ai-sdk/provider-vN` aliases, `@ai-sdk/provider`,
// `@ai-sdk/provider-utils`, `json-schema`), so a project needs no package for them; zod is a peer dependency.
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
  noExternal: ['@ai-sdk/provider', '@ai-sdk/provider-utils'],
  // A rollup pass after esbuild: zod (external, a peer dependency) has no side effects on import, so the bundled
  // utilities' unused zod imports (`zod/v4/core`, a locale) are dropped instead of loaded with every entry.
  treeshake: { preset: 'recommended', moduleSideEffects: (id: string, external: boolean) => !(external && /^zod(\/|$)/.test(id)) },
  dts: {
    resolve: [
      '@ai-sdk/provider-v1',
      '@ai-sdk/provider-v2',
      '@ai-sdk/provider-v3',
      '@ai-sdk/provider',
      '@ai-sdk/provider-utils',
      '@standard-schema/spec',
      'json-schema',
    ],
  },
  // No source maps: the bundled JavaScript is unminified and readable, and maps would triple what users install.
  sourcemap: false,
  clean: true,
  splitting: false,
  target: 'es2022',
  outDir: 'dist',
});
