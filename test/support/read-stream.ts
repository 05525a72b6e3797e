import type { MiniMaxStreamPart } from '../../src/core/minimax-types';

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
