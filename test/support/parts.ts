/** Reading the parts a model's stream or an assembler produces. */
import type { MiniMaxAssembler } from '../../src/core/language-model/minimax-endpoint';
import type { MiniMaxStreamPart } from '../../src/core/shared/minimax-neutral-types';

/** Reads a model's stream to the end and returns its parts (a rejected read rejects). */
export async function readAll(stream: ReadableStream<unknown>): Promise<MiniMaxStreamPart[]> {
  const parts: MiniMaxStreamPart[] = [];
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return parts;
    parts.push(value as MiniMaxStreamPart);
  }
}

/** Feeds chunks (or events) to an assembler as a response would, then ends it: the parts, and the assembler for its finish and usage. */
export function assembleAll<CHUNK, ASSEMBLER extends MiniMaxAssembler<CHUNK>>(assembler: ASSEMBLER, chunks: CHUNK[]) {
  const parts: MiniMaxStreamPart[] = [];
  for (const chunk of chunks) assembler.push(chunk, parts);
  assembler.end(parts);
  return { parts, assembler };
}
