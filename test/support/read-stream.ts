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

/**
 * A response body holding one huge SSE line, generated on demand (`head`,
 * then `total` bytes of 'a' in `pieceSize` pieces, then `tail`): the line is
 * never held anywhere but in the reader under test. `onCancel` is told when
 * the reader gives up on it, and how many bytes it had produced by then.
 */
export function longLineBody(options: {
  head: string;
  tail: string;
  total: number;
  pieceSize: number;
  onCancel?: (bytesProduced: number) => void;
}): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const piece = new Uint8Array(options.pieceSize).fill(0x61);
  let produced = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (produced === 0) {
        const head = encoder.encode(options.head);
        produced += head.length;
        controller.enqueue(head);
      } else if (produced < options.total) {
        produced += piece.length;
        controller.enqueue(piece);
      } else {
        controller.enqueue(encoder.encode(options.tail));
        controller.close();
      }
    },
    cancel() {
      options.onCancel?.(produced);
    },
  });
}
