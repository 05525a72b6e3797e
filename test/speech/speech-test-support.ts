/**
 * Helpers of the speech tests: a text stream the test feeds by hand, a `fetch` that counts the requests whose
 * response is still open, and waiting on a condition (polled; no test asserts how long anything took).
 */

/** A text stream the test writes to; remembers whether (and why) its reader cancelled it. */
export function controlledText() {
  let controller!: ReadableStreamDefaultController<string>;
  const state = { cancelled: false, reason: undefined as unknown, pulls: 0 };
  const stream = new ReadableStream<string>({
    start(c) {
      controller = c;
    },
    pull() {
      state.pulls++;
    },
    cancel(reason) {
      state.cancelled = true;
      state.reason = reason;
    },
  });
  return {
    stream,
    state,
    push(text: string) {
      controller.enqueue(text);
    },
    close() {
      controller.close();
    },
  };
}

/** A `fetch` that counts the requests whose response body is still being read (and the most at once). */
export function countingFetch() {
  const counts = { open: 0, max: 0, started: 0 };
  const fetchFn = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    counts.started++;
    counts.open++;
    counts.max = Math.max(counts.max, counts.open);
    let ended = false;
    const end = () => {
      if (!ended) {
        ended = true;
        counts.open--;
      }
    };
    let response: Response;
    try {
      response = await fetch(input, init);
    } catch (error) {
      end();
      throw error;
    }
    if (!response.body) {
      end();
      return response;
    }
    const reader = response.body.getReader();
    const body = new ReadableStream<Uint8Array>({
      async pull(c) {
        try {
          const { done, value } = await reader.read();
          if (done) {
            end();
            c.close();
          } else c.enqueue(value);
        } catch (error) {
          end();
          c.error(error);
        }
      },
      cancel(reason) {
        end();
        return reader.cancel(reason);
      },
    });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
  return { fetch: fetchFn as typeof fetch, counts };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `condition` until it holds; false if it never did within `limitMs` (a safety net, not a measurement). */
export async function waitFor(condition: () => boolean, limitMs = 5000): Promise<boolean> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > limitMs) return false;
    await sleep(5);
  }
  return true;
}

export function concatBytes(chunks: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const c of chunks) {
    out.set(c, offset);
    offset += c.length;
  }
  return out;
}
