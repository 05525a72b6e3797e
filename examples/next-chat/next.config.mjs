import path from 'node:path';
import { fileURLToPath } from 'node:url';

// `minimax-ai-provider` is a `file:../..` dependency: a symlink to this repository, so the app always runs the
// freshly built `dist/`. The bundlers must be allowed to read files above this directory.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** @type {import('next').NextConfig} */
const nextConfig = {
  turbopack: { root: repoRoot },
  outputFileTracingRoot: repoRoot,
};

export default nextConfig;
