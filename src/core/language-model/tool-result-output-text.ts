import { UnsupportedFunctionalityError } from '@ai-sdk/provider';
import type { ToolResultOutput } from '../shared/minimax-neutral-types';

/**
 * A tool result as the text MiniMax takes (both wires carry text only), and
 * whether it reports a failure. Files inside results cannot be sent.
 */
export function toolResultOutputText(output: ToolResultOutput): { content: string; isError: boolean } {
  switch (output.type) {
    case 'text':
      return { content: output.value, isError: false };
    case 'error-text':
      return { content: output.value, isError: true };
    case 'json':
      return { content: stringifyJson(output.value), isError: false };
    case 'error-json':
      return { content: stringifyJson(output.value), isError: true };
    case 'execution-denied':
      return { content: `Tool execution denied${output.reason ? `: ${output.reason}` : '.'}`, isError: true };
    case 'content':
      return {
        content: output.value
          .map((item) => {
            if (item.type === 'text') return item.text;
            throw new UnsupportedFunctionalityError({
              functionality: `tool results with ${item.mediaType} content (MiniMax tool results carry text only)`,
            });
          })
          .join('\n'),
        isError: false,
      };
  }
}

function stringifyJson(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value ?? null);
}
