import type { MiniMaxContent, MiniMaxStreamPart } from '../shared/minimax-neutral-types';

/**
 * Folds neutral stream parts into generate-result content, in order: the
 * non-streamed path runs the same chunk pipeline as the streamed one and
 * collects its parts here. The first `error` part is returned for the caller to throw.
 */
export function collectMiniMaxContent(parts: MiniMaxStreamPart[]): {
  content: MiniMaxContent[];
  error?: unknown;
} {
  const content: MiniMaxContent[] = [];
  const open = new Map<string, Extract<MiniMaxContent, { type: 'text' | 'reasoning' }>>();
  for (const part of parts) {
    switch (part.type) {
      case 'text-start':
      case 'reasoning-start': {
        const item: Extract<MiniMaxContent, { type: 'text' | 'reasoning' }> =
          part.type === 'text-start' ? { type: 'text', text: '' } : { type: 'reasoning', text: '' };
        open.set(part.id, item);
        content.push(item);
        break;
      }
      case 'text-delta':
      case 'reasoning-delta':
        open.get(part.id)!.text += part.delta;
        break;
      case 'text-end':
      case 'reasoning-end': {
        const item = open.get(part.id)!;
        if (part.providerMetadata) item.providerMetadata = part.providerMetadata;
        open.delete(part.id);
        break;
      }
      case 'tool-call':
        content.push({
          type: 'tool-call',
          toolCallId: part.toolCallId,
          toolName: part.toolName,
          input: part.input,
          ...(part.providerMetadata ? { providerMetadata: part.providerMetadata } : {}),
        });
        break;
      case 'error':
        return { content, error: part.error };
    }
  }
  return { content };
}
