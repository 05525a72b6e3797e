/** Where the image and video examples write their files: `examples/output/` (git-ignored), or `MINIMAX_DEMO_OUTPUT`. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const OUTPUT_DIR = process.env.MINIMAX_DEMO_OUTPUT ?? path.join(path.dirname(fileURLToPath(import.meta.url)), 'output');

/** Writes `data` to `OUTPUT_DIR/name` and returns the path relative to the working directory. */
export async function saveFile(name: string, data: Uint8Array): Promise<string> {
  await mkdir(OUTPUT_DIR, { recursive: true });
  const file = path.join(OUTPUT_DIR, name);
  await writeFile(file, data);
  return path.relative(process.cwd(), file);
}
