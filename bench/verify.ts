/** Checks one implementation's output against what the workload's bytes say. */
import type { Outcome } from './peers';
import type { Workload } from './workloads';

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => deepEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return `lengths ${a.length} vs ${b.length}, first difference at ${i}: ${JSON.stringify(a.slice(i, i + 20))} vs ${JSON.stringify(b.slice(i, i + 20))}`;
}

/** The wire's finish reason (chat or messages) → the AI SDK's unified one. */
const UNIFIED: Record<string, string> = {
  stop: 'stop',
  tool_calls: 'tool-calls',
  length: 'length',
  end_turn: 'stop',
  tool_use: 'tool-calls',
  max_tokens: 'length',
};

/** Problems found (empty when the output is right). `floor` outcomes are checked for text and reasoning only. */
export function checkOutcome(workload: Workload, outcome: Outcome, { textOnly = false } = {}): string[] {
  const problems: string[] = [];
  const { expected } = workload;
  if (outcome.text !== expected.text) problems.push(`text differs (${firstDifference(outcome.text, expected.text)})`);
  if (outcome.reasoning !== expected.reasoning) {
    problems.push(`reasoning differs (${firstDifference(outcome.reasoning, expected.reasoning)})`);
  }
  if (textOnly) return problems;
  if (outcome.errors.length > 0) problems.push(`${outcome.errors.length} error part(s): ${String(outcome.errors[0])}`);
  const finish = UNIFIED[expected.finishReason] ?? expected.finishReason;
  if (outcome.finishReason !== finish) problems.push(`finish reason ${outcome.finishReason}, expected ${finish}`);
  if (outcome.toolCalls.length !== expected.toolCalls.length) {
    problems.push(`${outcome.toolCalls.length} tool calls, expected ${expected.toolCalls.length}`);
  }
  for (const want of expected.toolCalls) {
    const got = outcome.toolCalls.find((c) => c.id === want.id);
    if (!got) {
      problems.push(`tool call ${want.id} missing`);
      continue;
    }
    if (got.name !== want.name) problems.push(`tool call ${want.id}: name ${got.name}, expected ${want.name}`);
    let input: unknown;
    try {
      input = JSON.parse(got.input);
    } catch {
      problems.push(`tool call ${want.id}: arguments do not parse: ${got.input.slice(0, 60)}`);
      continue;
    }
    if (!deepEqual(input, want.input)) problems.push(`tool call ${want.id}: arguments differ`);
  }
  return problems;
}
