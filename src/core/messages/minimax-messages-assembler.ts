import { mapMiniMaxFinishReason } from '../language-model/map-minimax-finish-reason';
import type { MiniMaxAssembler, MiniMaxResponseContext } from '../language-model/minimax-endpoint';
import { ToolCallIds } from '../language-model/tool-call-ids';
import {
  minimaxErrorEventError,
  minimaxInBodyError,
  minimaxInvalidChunkError,
  minimaxSplicedStreamError,
  type MiniMaxErrorDetails,
} from '../shared/minimax-error';
import type { MiniMaxMessagesContentBlock, MiniMaxMessagesEvent, MiniMaxMessagesWireUsage } from './minimax-messages-response-schema';
import type { MiniMaxFinishReason, MiniMaxStreamPart, MiniMaxUsage } from '../shared/minimax-neutral-types';
import { thinkingMetadata } from '../shared/minimax-provider-metadata';
import { convertMiniMaxMessagesUsage } from './minimax-messages-usage';

interface BlockState {
  kind: 'text' | 'reasoning' | 'tool';
  id: string;
  /** Text the block's start carried; a first delta that repeats it is not emitted twice. */
  startText: string;
  sawDelta: boolean;
  signature: string;
  redactedData: string | undefined;
  toolName: string | undefined;
  /** Tool input given whole on the block's start (non-streamed responses). */
  startInput: string | undefined;
  inputDeltas: string;
}

/** The usage fields read, in the schema's order. */
const USAGE_FIELDS = ['input_tokens', 'output_tokens', 'cache_creation_input_tokens', 'cache_read_input_tokens'] as const;

/**
 * Turns MiniMax's Anthropic-compatible events into neutral parts. A
 * non-streamed message is replayed as the events a stream would carry, so
 * both paths share these rules: thinking becomes reasoning with its
 * `signature` (or redacted data) on `reasoning-end`, ready to go back
 * unchanged; `tool_use` input arrives whole or as `input_json_delta`; usage
 * merges `message_start` and `message_delta`; `error` events and `base_resp`
 * become error parts. A text or thinking delta for a block that never started
 * starts it (its text is not lost); any other delta for one is an error.
 * Missing or repeated tool-use ids are replaced by unique ones.
 *
 * One stream carries one message, ended by `message_stop`. A repeated
 * `message_start` of the same message is ignored; one that starts a different
 * message (a proxy splicing a retried stream into this one) ends the response
 * with an error: the first message is incomplete, and mixing the two would
 * pair one message's thinking with the other's signature.
 */
export class MiniMaxMessagesAssembler implements MiniMaxAssembler<MiniMaxMessagesEvent> {
  private readonly context: MiniMaxResponseContext;
  private readonly blocks = new Map<number, BlockState>();
  private usage: MiniMaxMessagesWireUsage = {};
  private finishReason: MiniMaxFinishReason = { unified: 'other', raw: undefined };
  private errored = false;
  private nextIndex = 0;
  private stopped = false;
  private readonly toolCallIds = new ToolCallIds('toolu_');
  /** The `message_start` seen, if any (its id, when it had one). */
  private messageStarted: { id: string | undefined } | undefined;
  /** A second message started: nothing after it belongs to this response. */
  private spliced = false;

  constructor(context: MiniMaxResponseContext) {
    this.context = context;
  }

  get finish(): MiniMaxFinishReason {
    return this.errored ? { unified: 'error', raw: this.finishReason.raw } : this.finishReason;
  }

  /** `message_stop` has been read: the answer is complete. */
  get ended(): boolean {
    return this.stopped;
  }

  get reportedUsage(): MiniMaxUsage {
    return Object.keys(this.usage).length === 0 ? convertMiniMaxMessagesUsage(undefined) : convertMiniMaxMessagesUsage(this.usage);
  }

  /** An `error` event, or any event carrying `base_resp`: the stream ends with an error. */
  pushError(details: MiniMaxErrorDetails, event: unknown, out: MiniMaxStreamPart[]): void {
    const errorEvent = typeof event === 'object' && event !== null && 'type' in event && event.type === 'error';
    this.fail(errorEvent ? minimaxErrorEventError(details, event, this.context) : minimaxInBodyError(details, event, this.context), out);
  }

  push(event: MiniMaxMessagesEvent, out: MiniMaxStreamPart[], data?: string): void {
    if (this.spliced) return;
    switch (event.type) {
      case 'message_start':
        if (this.messageStarted) {
          this.secondMessageStart(event, out);
          break;
        }
        this.messageStarted = { id: event.message?.id ?? undefined };
        out.push({
          type: 'response-metadata',
          ...(event.message?.id ? { id: event.message.id } : {}),
          ...(event.message?.model ? { modelId: event.message.model } : {}),
        });
        this.mergeUsage(event.message?.usage);
        break;
      case 'content_block_start':
        this.startBlock(event.index ?? this.nextIndex, event.content_block ?? { type: 'text' }, out);
        break;
      case 'content_block_delta':
        this.delta(event, out, data);
        break;
      case 'content_block_stop': {
        const index = event.index ?? this.nextIndex - 1;
        const block = this.blocks.get(index);
        if (block) this.stopBlock(block, out);
        this.blocks.delete(index);
        break;
      }
      case 'message_delta':
        if (event.delta?.stop_reason) this.finishReason = mapMiniMaxFinishReason(event.delta.stop_reason);
        this.mergeUsage(event.usage);
        break;
      case 'error':
        this.fail(minimaxErrorEventError(event.error, event, this.context), out);
        break;
      case 'message_stop':
        this.stopped = true;
        break;
      // ping carries nothing to report.
    }
  }

  end(out: MiniMaxStreamPart[]): void {
    // A stream cut before content_block_stop: close what is open, in order. After an error an unfinished tool
    // call is not made: its input is incomplete.
    for (const block of this.blocks.values()) {
      if (this.errored && block.kind === 'tool') out.push({ type: 'tool-input-end', id: block.id });
      else this.stopBlock(block, out);
    }
    this.blocks.clear();
  }

  /** A `message_start` after the first: the same message again is ignored, another message ends the response. */
  private secondMessageStart(event: MiniMaxMessagesEvent, out: MiniMaxStreamPart[]): void {
    const id = event.message?.id ?? undefined;
    if (id !== undefined && id === this.messageStarted?.id) return;
    this.spliced = true;
    this.fail(minimaxSplicedStreamError(this.messageStarted?.id, id, event, this.context), out);
  }

  private fail(error: unknown, out: MiniMaxStreamPart[]): void {
    this.errored = true;
    out.push({ type: 'error', error });
  }

  /** `message_start` and `message_delta` each report part of the usage: the later non-null count of a field wins. */
  private mergeUsage(usage: MiniMaxMessagesWireUsage | null | undefined): void {
    if (!usage) return;
    for (const key of USAGE_FIELDS) {
      const value = usage[key];
      if (value != null) this.usage[key] = value;
    }
  }

  private startBlock(index: number, content: MiniMaxMessagesContentBlock, out: MiniMaxStreamPart[]): BlockState {
    this.nextIndex = index + 1;
    // Every block state has the same fields (one object shape for the engine), set or undefined.
    const block: BlockState = {
      kind: 'text',
      id: '',
      startText: '',
      sawDelta: false,
      signature: content.signature ?? '',
      redactedData: undefined,
      toolName: undefined,
      startInput: undefined,
      inputDeltas: '',
    };
    switch (content.type) {
      case 'thinking':
      case 'redacted_thinking':
        block.kind = 'reasoning';
        block.id = `reasoning-${index}`;
        if (content.type === 'redacted_thinking') block.redactedData = content.data ?? '';
        out.push({ type: 'reasoning-start', id: block.id });
        block.startText = content.thinking ?? '';
        if (block.startText) out.push({ type: 'reasoning-delta', id: block.id, delta: block.startText });
        break;
      case 'tool_use': {
        block.kind = 'tool';
        block.id = this.toolCallIds.take(content.id);
        block.toolName = content.name ?? '';
        const hasInput = content.input != null && !(typeof content.input === 'object' && Object.keys(content.input).length === 0);
        if (hasInput) block.startInput = JSON.stringify(content.input);
        out.push({ type: 'tool-input-start', id: block.id, toolName: block.toolName });
        if (block.startInput) out.push({ type: 'tool-input-delta', id: block.id, delta: block.startInput });
        break;
      }
      default:
        block.id = `txt-${index}`;
        out.push({ type: 'text-start', id: block.id });
        block.startText = content.text ?? '';
        if (block.startText) out.push({ type: 'text-delta', id: block.id, delta: block.startText });
    }
    this.blocks.set(index, block);
    return block;
  }

  private delta(event: MiniMaxMessagesEvent, out: MiniMaxStreamPart[], data: string | undefined): void {
    const index = event.index ?? this.nextIndex - 1;
    const delta = event.delta;
    if (!delta) return;
    let block = this.blocks.get(index);
    if (!block) {
      // A block that never started (its start lost on the way): text and thinking start it here, so nothing is lost;
      // a tool input or signature cannot be placed, which is an error rather than a silent gap.
      if (delta.type === 'text_delta' || delta.type === 'thinking_delta') {
        block = this.startBlock(index, { type: delta.type === 'text_delta' ? 'text' : 'thinking' }, out);
      } else {
        const message = `MiniMax sent a ${delta.type ?? 'content_block_delta'} for content block ${index}, which never started`;
        // The event as sent (every field of it), or as read when it came in a JSON body.
        this.fail(minimaxInvalidChunkError(message, data ?? JSON.stringify(event), undefined, this.context), out);
        return;
      }
    }
    switch (delta.type) {
      case 'text_delta':
      case 'thinking_delta': {
        let text = (delta.type === 'text_delta' ? delta.text : delta.thinking) ?? '';
        if (!block.sawDelta && block.startText && text.startsWith(block.startText)) text = text.slice(block.startText.length);
        block.sawDelta = true;
        if (text) out.push({ type: block.kind === 'reasoning' ? 'reasoning-delta' : 'text-delta', id: block.id, delta: text });
        break;
      }
      case 'signature_delta':
        block.signature += delta.signature ?? '';
        break;
      case 'input_json_delta': {
        const json = delta.partial_json ?? '';
        if (block.startInput !== undefined && !block.sawDelta) block.startInput = undefined; // streamed input replaces the placeholder
        block.sawDelta = true;
        block.inputDeltas += json;
        if (json) out.push({ type: 'tool-input-delta', id: block.id, delta: json });
        break;
      }
    }
  }

  private stopBlock(block: BlockState, out: MiniMaxStreamPart[]): void {
    switch (block.kind) {
      case 'text':
        out.push({ type: 'text-end', id: block.id });
        break;
      case 'reasoning': {
        const providerMetadata = thinkingMetadata({ signature: block.signature, redactedData: block.redactedData });
        out.push({ type: 'reasoning-end', id: block.id, ...(providerMetadata ? { providerMetadata } : {}) });
        break;
      }
      case 'tool': {
        out.push({ type: 'tool-input-end', id: block.id });
        const input = block.inputDeltas.trim() !== '' ? block.inputDeltas : (block.startInput ?? '{}');
        out.push({ type: 'tool-call', toolCallId: block.id, toolName: block.toolName!, input });
        break;
      }
    }
  }
}
