/**
 * Public types of the local MiniMax emulator (see `minimax-emulator.ts`).
 */

/** Options for {@link createMiniMaxEmulator}. */
export interface MiniMaxEmulatorOptions {
  /** TCP port to bind on 127.0.0.1. Default 0: a random free port. */
  port?: number;
  /**
   * When set, every request must carry `Authorization: Bearer <apiKey>` or `x-api-key: <apiKey>`,
   * otherwise the emulator answers HTTP 401 with MiniMax's "login fail … (1004)" body.
   */
  apiKey?: string;
  /** Delay in milliseconds between SSE chunks of generated (`reply` / default) streams. Default 0. */
  chunkDelayMs?: number;
}

/** A running emulator. */
export interface MiniMaxEmulator {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** `${url}/v1`: the OpenAI-compatible base URL (chat completions at `${baseURL}/chat/completions`). */
  readonly baseURL: string;
  /** `${url}/anthropic/v1`: the Anthropic-compatible base URL (not implemented yet: answers 404 JSON). */
  readonly anthropicBaseURL: string;
  /** Every request received (including rejected ones), in arrival order. */
  readonly requests: RecordedRequest[];
  /** Queue scripted responses (FIFO); each chat-completions request that passes validation consumes one. */
  enqueue(...responses: ScriptedResponse[]): void;
  /** Clears the scripted queue, the recorded requests and the `closedRequests` counter. */
  reset(): void;
  /** Sockets currently open. */
  readonly openConnections: number;
  /** Requests whose connection the client closed before the response ended (abort detection). */
  readonly closedRequests: number;
  /** Closes the server and destroys every open socket (never hangs, even with a `hang` response pending). */
  close(): Promise<void>;
}

/** One request as received by the emulator. */
export interface RecordedRequest {
  method: string;
  /** Path including the query string, e.g. `/v1/chat/completions`. */
  path: string;
  /** Header names lower-cased; repeated headers joined with `, `. */
  headers: Record<string, string>;
  /** Parsed JSON body, or `undefined` when the body is empty or not valid JSON. */
  body: any;
  rawBody: string;
}

/** A tool call in a scripted reply; `arguments` objects are JSON-stringified, strings are sent as they are. */
export interface EmulatorToolCall {
  id?: string;
  name: string;
  arguments: unknown;
}

/** Usage numbers that override the emulator's estimates. */
export interface EmulatorUsage {
  prompt_tokens: number;
  completion_tokens: number;
  cached_tokens: number;
  reasoning_tokens: number;
}

/** The parts of an assistant reply, from which realistic JSON bodies and SSE chunk lists are built. */
export interface EmulatorReply {
  /** Thinking text (reasoning_content / reasoning_details, or inline `<think>` when reasoning_split is off). */
  reasoning?: string;
  /** Visible answer text. */
  text?: string;
  toolCalls?: EmulatorToolCall[];
  /** Default: `tool_calls` when there are tool calls, else `stop`. */
  finishReason?: string;
  usage?: Partial<EmulatorUsage>;
}

/** How `reasoning_details[].text`, `reasoning_content` and `content` are streamed. */
export type EmulatorDelivery = 'incremental' | 'cumulative';

/** Scripted `reply`: a realistic answer, sent as JSON or SSE depending on the request's `stream`. */
export interface ScriptedReply extends EmulatorReply {
  type: 'reply';
  /** Default `incremental` (what every raw capture shows); `cumulative` sends growing snapshots. */
  delivery?: EmulatorDelivery;
  /** Characters per delta. Default 12. */
  chunkSize?: number;
  /**
   * Streams: after `after` chunks, send a chunk carrying `base_resp: {status_code: code, status_msg: message}`
   * and end the stream without `[DONE]`. Non-stream requests: answer HTTP 200 with that `base_resp` error body.
   */
  errorAfterChunks?: { after: number; code: number; message: string };
}

/** One scripted response; see {@link MiniMaxEmulator.enqueue}. */
export type ScriptedResponse =
  | { type: 'json'; body: unknown; status?: number; headers?: Record<string, string> }
  | {
      type: 'sse';
      /** Objects are sent as `data: <JSON>\n\n`; strings are written verbatim (raw bytes). */
      chunks: Array<unknown | string>;
      /** Default true: append `data: [DONE]\n\n`. */
      done?: boolean;
      chunkDelayMs?: number;
      headers?: Record<string, string>;
    }
  | { type: 'raw'; status: number; body: string; headers?: Record<string, string> }
  | ScriptedReply
  | { type: 'base-resp'; code: number; message: string }
  | { type: 'hang' };
