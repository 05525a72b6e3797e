import type {
  FilePart,
  MiniMaxMessage,
  MiniMaxPrompt,
  ProviderRecord,
  ToolResultOutput,
  ToolResultPart,
} from '../../core/shared/minimax-neutral-types';

/**
 * The prompt of LanguageModelV2, V3 and V4, structurally: they differ only in
 * how file data is tagged (V4 wraps it as `{type: 'data' | 'url' | …}`) and in
 * a few part types MiniMax has no use for.
 */
type SpecPart = { type: string; providerOptions?: ProviderRecord; [key: string]: unknown };
type SpecMessage = { role: string; content: string | SpecPart[]; providerOptions?: ProviderRecord };

type FileData = Uint8Array | string | URL;

/** V2/V3 data is bytes, base64 or a URL; V4 tags it. */
function fileData(data: unknown): FileData {
  if (data instanceof Uint8Array || typeof data === 'string' || data instanceof URL) return data;
  const tagged = data as { type?: string; data?: FileData; url?: URL; text?: string };
  switch (tagged?.type) {
    case 'data':
      return tagged.data!;
    case 'url':
      return tagged.url!;
    case 'text':
      return new TextEncoder().encode(tagged.text ?? '');
    default:
      // Provider references cannot be resolved by MiniMax: keep the reference text for the error.
      return JSON.stringify(data);
  }
}

function filePart(part: SpecPart): FilePart {
  return {
    type: 'file',
    data: fileData(part.data),
    mediaType: String(part.mediaType ?? 'application/octet-stream'),
    ...(typeof part.filename === 'string' ? { filename: part.filename } : {}),
    ...(part.providerOptions ? { providerOptions: part.providerOptions } : {}),
  };
}

function toolOutput(output: { type: string; value?: unknown; reason?: string }): ToolResultOutput {
  if (output.type !== 'content') return output as ToolResultOutput;
  const items = (output.value as Array<Record<string, unknown>>).map((item) =>
    item.type === 'text'
      ? { type: 'text' as const, text: String(item.text) }
      : { type: 'file' as const, data: fileData(item.data ?? item.url), mediaType: String(item.mediaType ?? item.type) },
  );
  return { type: 'content', value: items };
}

function toolResult(part: SpecPart): ToolResultPart {
  return {
    type: 'tool-result',
    toolCallId: String(part.toolCallId),
    toolName: String(part.toolName),
    output: toolOutput(part.output as { type: string }),
    ...(part.providerOptions ? { providerOptions: part.providerOptions } : {}),
  };
}

/** Converts a V2, V3 or V4 prompt to the neutral prompt. */
export function convertSpecPrompt(prompt: ReadonlyArray<SpecMessage>): MiniMaxPrompt {
  return prompt.map((message): MiniMaxMessage => {
    const providerOptions = message.providerOptions ? { providerOptions: message.providerOptions } : {};
    if (message.role === 'system') return { role: 'system', content: message.content as string, ...providerOptions };
    const parts = message.content as SpecPart[];
    if (message.role === 'user') {
      return {
        role: 'user',
        content: parts.map((p) => (p.type === 'file' ? filePart(p) : (p as unknown as { type: 'text'; text: string }))),
        ...providerOptions,
      };
    }
    if (message.role === 'tool') {
      // Approval responses are the SDK's business; only results go to MiniMax.
      return { role: 'tool', content: parts.filter((p) => p.type === 'tool-result').map(toolResult), ...providerOptions };
    }
    const content: Extract<MiniMaxMessage, { role: 'assistant' }>['content'] = [];
    for (const part of parts) {
      switch (part.type) {
        case 'text':
        case 'reasoning':
          content.push(part as unknown as { type: 'text'; text: string });
          break;
        case 'file':
          content.push(filePart(part));
          break;
        case 'tool-call':
          content.push({
            type: 'tool-call',
            toolCallId: String(part.toolCallId),
            toolName: String(part.toolName),
            input: part.input,
            ...(part.providerOptions ? { providerOptions: part.providerOptions } : {}),
          });
          break;
        case 'tool-result':
          content.push(toolResult(part));
          break;
        case 'reasoning-file':
          content.push({ ...filePart(part) });
          break;
        // `custom` parts belong to other providers: nothing MiniMax can read.
      }
    }
    return { role: 'assistant', content, ...providerOptions };
  });
}
