import { APICallError } from '@ai-sdk/provider';
import { delay as defaultDelay } from '@ai-sdk/provider-utils';
import { linkedAbortController } from '../media/link-abort-signal';
import { MiniMaxVideoGenerationError } from './minimax-video-error';

/** Consecutive retryable query failures (rate limit, 5xx, network) tolerated while waiting. */
const MAX_QUERY_FAILURES = 3;

export interface MiniMaxVideoPollOptions {
  taskId: string;
  intervalMs: number;
  timeoutMs: number;
  abortSignal?: AbortSignal;
  /** For tests and durable workflows: how to wait (default: a timer that the abort signal clears). */
  delay?: (ms: number, options: { abortSignal?: AbortSignal }) => PromiseLike<void>;
  /** For tests: the clock (default `Date.now`). */
  now?: () => number;
}

/**
 * Checks a task every `intervalMs` until `check` says it is no longer pending, and gives up at `timeoutMs` with a
 * `MiniMaxVideoGenerationError` (reason `timeout`). The deadline bounds each check too: a query that hangs is
 * aborted when the time is up. A retryable query failure (rate limit, 5xx, network) is waited out, up to
 * 3 in a row: failing the call would make the SDK retry it, which starts a new, paid task. An abort of
 * `abortSignal` ends the wait at once; no timer or listener is left behind.
 */
export async function pollMiniMaxVideoTask<T extends { state: string }>(
  check: (abortSignal: AbortSignal) => Promise<T>,
  options: MiniMaxVideoPollOptions,
): Promise<T> {
  const now = options.now ?? Date.now;
  const wait = options.delay ?? defaultDelay;
  const deadline = now() + options.timeoutMs;
  const timeout = () =>
    new MiniMaxVideoGenerationError({
      message:
        `MiniMax video task ${options.taskId} did not finish within ${options.timeoutMs} ms (providerOptions.minimax.pollTimeoutMs). ` +
        'It may still finish at MiniMax: query it again later by its task id.',
      taskId: options.taskId,
      reason: 'timeout',
    });

  let failures = 0;
  for (;;) {
    const remaining = deadline - now();
    if (remaining <= 0) throw timeout();
    await wait(Math.min(options.intervalMs, remaining), { abortSignal: options.abortSignal });
    const left = deadline - now();
    if (left <= 0) throw timeout();

    const { controller, dispose } = linkedAbortController(options.abortSignal);
    const timer = setTimeout(() => controller.abort(timeout()), left);
    try {
      const result = await check(controller.signal);
      failures = 0;
      if (result.state !== 'pending') return result;
    } catch (error) {
      if (controller.signal.aborted && !options.abortSignal?.aborted) throw timeout();
      if (!(APICallError.isInstance(error) && error.isRetryable) || ++failures >= MAX_QUERY_FAILURES) throw error;
    } finally {
      clearTimeout(timer);
      dispose();
    }
  }
}
