import type { MiniMaxAssembler, MiniMaxResponseContext } from '../language-model/minimax-endpoint';
import { mapMiniMaxFinishReason } from '../language-model/map-minimax-finish-reason';
import { ToolCallIds } from '../language-model/tool-call-ids';
import type {
  MiniMaxChatCompletion,
  MiniMaxChatWireMessage,
  MiniMaxChatWireUsage,
  MiniMaxWireReasoningDetail,
} from './minimax-chat-response-schema';
import { minimaxInBodyError, type MiniMaxErrorDetails } from '../shared/minimax-error';
import {
  reasoningDetailsMetadata,
  REASONING_TEXT_TYPE,
  rebuildReasoningDetail,
  type ReasoningDetailJson,
} from './minimax-reasoning-details';
import { isJsonValue, type JsonObject, type MiniMaxFinishReason, type MiniMaxStreamPart, type MiniMaxUsage } from '../shared/minimax-neutral-types';
import { convertMiniMaxChatUsage, isReportedChatUsage } from './minimax-chat-usage';
import { ThinkTagSplitter } from './think-tag-splitter';

interface ReasoningSource {
  /** The detail as MiniMax sent it, text excepted (kept for the round trip). */
  detail: ReasoningDetailJson;
  text: string;
}

interface ToolCallState {
  /** The id the call is reported under: given when it starts (unique in the answer). */
  id: string;
  /** The id MiniMax sent, if any. */
  wireId: string | undefined;
  name: string;
  args: string;
  started: boolean;
  done: boolean;
}

/**
 * The one place that turns MiniMax chat-completion output into neutral
 * parts. A stream feeds it chunk by chunk; a JSON response is fed as one
 * chunk, so both paths share every rule:
 *
 * - reasoning from `reasoning_details` (one block per detail index, before
 *   the text), from `reasoning_content`, or from a `<think>` block that
 *   opens the content, its tags cut anywhere across chunks; a response that
 *   carries its reasoning both ways (fields and tags) reports it once, from
 *   whichever came first;
 * - every streamed value is an increment (what MiniMax sends), appended as
 *   it comes: nothing is guessed to be a snapshot;
 * - tool calls by index with fragmented arguments (and a name streamed in
 *   pieces), finished when the choice finishes (a whole call may arrive in
 *   the finishing chunk); missing or repeated ids replaced by unique ones, and
 *   a call without a name reported (the SDK's invalid-tool-call path);
 * - `base_resp` errors, zero usage on intermediate chunks, duplicate finish
 *   chunks, `delta.role: ""`.
 */
export class MiniMaxChatAssembler implements MiniMaxAssembler<MiniMaxChatCompletion> {
  /** For errors found inside a 200 response or a stream. */
  private readonly context: MiniMaxResponseContext;
  private readonly reasoningSources = new Map<string, ReasoningSource>();
  private readonly thinkSplitter = new ThinkTagSplitter();
  private readonly toolCalls = new Map<number, ToolCallState>();
  private readonly toolCallOrder: ToolCallState[] = [];
  private readonly toolCallIds = new ToolCallIds('call_');
  /** Reasoning read from `<think>` tags, for the round trip. */
  private thinkReasoning = '';
  /** Where this response's reasoning comes from: the first of the two ways to arrive wins, the other is not repeated. */
  private reasoningFrom: 'fields' | 'think' | undefined;

  /** The open text or reasoning part; a reasoning part has one source (a detail index, or the think tags). */
  private active: { kind: 'text' | 'reasoning'; id: string; source: string } | undefined;
  private blockCount = 0;
  private metadataSent = false;
  private firstToolCallSent = false;
  private finishReason: MiniMaxFinishReason = { unified: 'other', raw: undefined };
  private usage: MiniMaxChatWireUsage | undefined;
  private errored = false;

  constructor(context: MiniMaxResponseContext) {
    this.context = context;
  }

  get reportedUsage(): MiniMaxUsage {
    return convertMiniMaxChatUsage(this.usage);
  }

  /** The chat wire has no end event of its own: its stream ends with `data: [DONE]`. */
  get ended(): boolean {
    return false;
  }

  get finish(): MiniMaxFinishReason {
    return this.errored ? { unified: 'error', raw: this.finishReason.raw } : this.finishReason;
  }

  /** All reasoning of the response so far, as `reasoning_details` for the next turn. */
  get reasoningDetails(): ReasoningDetailJson[] {
    const details = [...this.reasoningSources.values()].filter((s) => s.text.length > 0).map(toDetail);
    if (this.thinkReasoning.length > 0) details.push(rebuildReasoningDetail(this.thinkReasoning, details.length));
    return details;
  }

  /** A chunk that carries `base_resp` (or an `error` object) instead of a completion. */
  pushError(details: MiniMaxErrorDetails, chunk: unknown, out: MiniMaxStreamPart[]): void {
    this.errored = true;
    out.push({ type: 'error', error: minimaxInBodyError(details, chunk, this.context) });
  }

  /** Processes one chunk (or a whole JSON completion). */
  push(chunk: MiniMaxChatCompletion, out: MiniMaxStreamPart[]): void {
    if (!this.metadataSent && (chunk.id || chunk.model || chunk.created)) {
      this.metadataSent = true;
      const timestamp = chunk.created ? new Date(chunk.created * 1000) : undefined;
      out.push({
        type: 'response-metadata',
        ...(chunk.id ? { id: chunk.id } : {}),
        ...(chunk.model ? { modelId: chunk.model } : {}),
        ...(timestamp && Number.isFinite(timestamp.getTime()) ? { timestamp } : {}),
      });
    }

    if (isReportedChatUsage(chunk.usage)) this.usage = chunk.usage;

    const choice = chunk.choices?.[0];
    if (!choice) return;
    const delta = choice.delta ?? choice.message;
    if (delta) this.pushDelta(delta, !choice.delta, out);
    if (choice.finish_reason) {
      this.finishReason = mapMiniMaxFinishReason(choice.finish_reason);
      this.finishToolCalls(out);
    }
  }

  /** Ends the response: releases held text, closes open parts, emits pending tool calls. */
  /**
   * Ends the response: releases held text, closes open parts, emits pending
   * tool calls. A reply cut off while thinking (`finish_reason: "length"`,
   * content only `<think>…`) ends with its reasoning and no text.
   */
  end(out: MiniMaxStreamPart[]): void {
    for (const segment of this.thinkSplitter.flush()) this.emitThinkSegment(segment.kind, segment.text, out);
    this.closeActive(out);
    this.finishToolCalls(out);
  }

  /** A stream delta, or (`whole`) the message of a JSON completion, whose tool calls are each complete. */
  private pushDelta(delta: MiniMaxChatWireMessage, whole: boolean, out: MiniMaxStreamPart[]): void {
    if (delta.reasoning_details && delta.reasoning_details.length > 0) {
      delta.reasoning_details.forEach((detail, position) => {
        const key = String(detail.index ?? detail.id ?? position);
        this.reasoningSource(key, detail);
        if (typeof detail.text === 'string') this.emitReasoning(key, detail.text, out);
      });
    } else if (delta.reasoning_content) {
      const key = '0';
      this.reasoningSource(key, { type: REASONING_TEXT_TYPE });
      this.emitReasoning(key, delta.reasoning_content, out);
    }

    if (delta.content) {
      for (const segment of this.thinkSplitter.push(delta.content)) this.emitThinkSegment(segment.kind, segment.text, out);
    }

    // A whole message's calls are each complete: one without an index is told apart by its position.
    delta.tool_calls?.forEach((call, position) => this.pushToolCall(call, call.index ?? (whole ? position : 0), out));
  }

  private pushToolCall(call: NonNullable<MiniMaxChatWireMessage['tool_calls']>[number], index: number, out: MiniMaxStreamPart[]): void {
    const wireId = call.id || undefined;
    const name = call.function?.name ?? '';
    let state = this.toolCalls.get(index);
    // Once its arguments began, another id or another name at the same index is another call.
    if (state && !state.done && state.started && ((wireId !== undefined && wireId !== state.wireId) || (name !== '' && name !== state.name))) {
      this.finishToolCall(state, out);
      state = undefined;
    }
    if (!state || state.done) {
      state = { id: '', wireId, name: '', args: '', started: false, done: false };
      this.toolCalls.set(index, state);
      this.toolCallOrder.push(state);
    }
    state.wireId ??= wireId;
    // A name streamed in pieces is assembled (each piece an increment, like every streamed value).
    if (!state.started) state.name += name;
    const fragment = call.function?.arguments ?? '';
    state.args += fragment;
    // The name is complete once the arguments begin.
    if (!state.started && state.name && fragment) this.startToolCall(state, out);
    else if (state.started && fragment) out.push({ type: 'tool-input-delta', id: state.id, delta: fragment });
  }

  private startToolCall(state: ToolCallState, out: MiniMaxStreamPart[]): void {
    this.closeActive(out);
    state.started = true;
    state.id = this.toolCallIds.take(state.wireId);
    out.push({ type: 'tool-input-start', id: state.id, toolName: state.name });
    if (state.args) out.push({ type: 'tool-input-delta', id: state.id, delta: state.args });
  }

  private reasoningSource(key: string, detail: MiniMaxWireReasoningDetail): ReasoningSource {
    let source = this.reasoningSources.get(key);
    if (!source) {
      source = { detail: keptDetail(detail), text: '' };
      this.reasoningSources.set(key, source);
    }
    return source;
  }

  /** Reasoning from `reasoning_details` / `reasoning_content`, unless this response's reasoning came as `<think>`. */
  private emitReasoning(key: string, text: string, out: MiniMaxStreamPart[]): void {
    if (!text || this.reasoningFrom === 'think') return;
    this.reasoningFrom = 'fields';
    this.reasoningSources.get(key)!.text += text;
    this.emitSegment('reasoning', text, out, key);
  }

  /** A piece of content: text, or reasoning from the opening `<think>` block unless the fields already carried it. */
  private emitThinkSegment(kind: 'text' | 'reasoning', text: string, out: MiniMaxStreamPart[]): void {
    if (kind === 'reasoning') {
      if (!text || this.reasoningFrom === 'fields') return;
      this.reasoningFrom = 'think';
      this.thinkReasoning += text;
    }
    this.emitSegment(kind, text, out);
  }

  private emitSegment(kind: 'text' | 'reasoning', text: string, out: MiniMaxStreamPart[], source = 'think'): void {
    if (!text) return;
    if (!this.active || this.active.kind !== kind || (kind === 'reasoning' && this.active.source !== source)) {
      this.closeActive(out);
      const id = `${kind === 'text' ? 'txt' : 'reasoning'}-${this.blockCount++}`;
      this.active = { kind, id, source };
      out.push({ type: kind === 'text' ? 'text-start' : 'reasoning-start', id });
    }
    out.push({ type: kind === 'text' ? 'text-delta' : 'reasoning-delta', id: this.active.id, delta: text });
  }

  private closeActive(out: MiniMaxStreamPart[]): void {
    const active = this.active;
    if (!active) return;
    this.active = undefined;
    if (active.kind === 'text') {
      out.push({ type: 'text-end', id: active.id });
      return;
    }
    const detail =
      active.source === 'think'
        ? rebuildReasoningDetail(this.thinkReasoning, 0)
        : toDetail(this.reasoningSources.get(active.source)!);
    out.push({ type: 'reasoning-end', id: active.id, providerMetadata: reasoningDetailsMetadata([detail]) });
  }

  private finishToolCalls(out: MiniMaxStreamPart[]): void {
    for (const state of this.toolCallOrder) if (!state.done) this.finishToolCall(state, out);
  }

  private finishToolCall(state: ToolCallState, out: MiniMaxStreamPart[]): void {
    state.done = true;
    // A call without a name is reported too (never dropped): the SDK answers it as an invalid tool call.
    if (!state.started) this.startToolCall(state, out);
    out.push({ type: 'tool-input-end', id: state.id });
    const input = state.args.trim() === '' ? '{}' : state.args;
    const part: MiniMaxStreamPart = { type: 'tool-call', toolCallId: state.id, toolName: state.name, input };
    if (!this.firstToolCallSent) {
      this.firstToolCallSent = true;
      const details = this.reasoningDetails;
      if (details.length > 0) part.providerMetadata = reasoningDetailsMetadata(details);
    }
    out.push(part);
  }
}

function toDetail(source: ReasoningSource): ReasoningDetailJson {
  return { ...source.detail, text: source.text };
}

/** A detail as MiniMax sent it, for the round trip: its text (kept apart) and null fields left out. It came from `JSON.parse`, so every field is JSON. */
function keptDetail(detail: MiniMaxWireReasoningDetail): ReasoningDetailJson {
  const kept: JsonObject = {};
  for (const [key, value] of Object.entries(detail)) {
    if (key !== 'text' && value != null && isJsonValue(value)) kept[key] = value;
  }
  return { ...kept, type: detail.type };
}
