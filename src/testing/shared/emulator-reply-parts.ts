/**
 * What both wires' reply builders share: default model and chunk size, MiniMax-shaped ids, the token estimate
 * (`ceil(characters / 4)`), tool calls with their ids and JSON arguments, and text cut into stream pieces.
 */
import { randomBytes } from 'node:crypto';
import type { EmulatorReply } from './emulator-types.js';

/** Model id used when a request (or a builder call) does not name one. */
export const DEFAULT_EMULATOR_MODEL = 'MiniMax-M2.1';

/** Characters per streamed delta when no `chunkSize` is given. */
export const DEFAULT_CHUNK_SIZE = 12;

/** A tool call with its id assigned and its arguments serialised. */
export interface ResolvedToolCall {
  id: string;
  name: string;
  arguments: string;
}

/** A random 32-hex-digit completion id shaped like MiniMax's (`0633d3bc1fb9e8eeb3ab4a7d6c2ab1f0`). */
export function newCompletionId(): string {
  return randomBytes(16).toString('hex');
}

/** A tool call id shaped like MiniMax's: `call_function_<12 random [a-z0-9]>_<n>`. */
export function newToolCallId(n = 1): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(12);
  let random = '';
  for (const byte of bytes) random += alphabet[byte % alphabet.length];
  return `call_function_${random}_${n}`;
}

/** The emulator's token rule for a character count: `ceil(characters / 4)`. */
export function tokensForCharacters(characters: number): number {
  return Math.ceil(characters / 4);
}

/** Token estimate used throughout the emulator: `ceil(characters / 4)`. */
export function estimateTokens(text: string): number {
  return tokensForCharacters(text.length);
}

/** Text of a message `content` (string, or an array of parts whose `text` fields are joined). */
export function messageContentText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part) => (part && typeof part === 'object' && typeof (part as any).text === 'string' ? (part as any).text : ''))
      .join('');
  }
  return '';
}

/** Assigns ids (`call_function_<random>_<n>`) and serialises object arguments to JSON strings. */
export function resolveToolCalls(reply: EmulatorReply): ResolvedToolCall[] {
  return (reply.toolCalls ?? []).map((call, i) => ({
    id: call.id ?? newToolCallId(i + 1),
    name: call.name,
    arguments: typeof call.arguments === 'string' ? call.arguments : JSON.stringify(call.arguments ?? {}),
  }));
}

/** Splits text into pieces of `size` characters (by code point, so surrogate pairs stay whole). */
export function splitText(text: string, size: number): string[] {
  const chars = Array.from(text);
  const step = Math.max(1, Math.floor(size));
  const pieces: string[] = [];
  for (let i = 0; i < chars.length; i += step) pieces.push(chars.slice(i, i + step).join(''));
  return pieces;
}

/** Reasoning tokens of a reply: `reply.usage.reasoning_tokens`, else the estimate of its reasoning text. */
export function estimateReasoningTokens(reply: EmulatorReply): number {
  return reply.usage?.reasoning_tokens ?? estimateTokens(reply.reasoning ?? '');
}

/**
 * Output tokens of a reply (both wires): `reply.usage.completion_tokens`, else its reasoning tokens plus the
 * estimate of its text and tool calls.
 */
export function estimateCompletionTokens(reply: EmulatorReply, toolCalls: ResolvedToolCall[]): number {
  const outputChars =
    (reply.text ?? '').length + toolCalls.reduce((sum, call) => sum + call.name.length + call.arguments.length, 0);
  return reply.usage?.completion_tokens ?? estimateReasoningTokens(reply) + tokensForCharacters(outputChars);
}
