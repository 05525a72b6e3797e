/**
 * Public types of the local MiniMax emulator (see `minimax-emulator.ts`).
 */
import type { MiniMaxSpeechEmulator } from '../speech/emulator-speech-types.js';
import type {
  EmulatorCallbackDelivery,
  EmulatorVideoTask,
  ScriptedImageGeneration,
  ScriptedVideoTask,
} from '../media/emulator-media-types.js';

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
  /**
   * Lifetime of a prompt-cache entry of the messages wire, in milliseconds, refreshed on every hit.
   * Default 300 000 (MiniMax's documented 5-minute TTL).
   */
  promptCacheTtlMs?: number;
  /** Clock of the prompt cache (milliseconds), so tests can expire entries without waiting. Default `Date.now`. */
  now?: () => number;
  /** Text-to-speech: milliseconds of generated audio per character of text. Default 60. */
  speechMsPerCharacter?: number;
  /** Media: milliseconds between the status notifications sent to a video task's `callback_url`. Default 10. */
  videoCallbackIntervalMs?: number;
  /** Media: how long a `callback_url` receiver has to echo the challenge (MiniMax: 3 s). Default 3000. */
  callbackChallengeTimeoutMs?: number;
}

/** A running emulator. */
export interface MiniMaxEmulator {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** `${url}/v1`: the OpenAI-compatible base URL (chat completions at `${baseURL}/chat/completions`). */
  readonly baseURL: string;
  /**
   * `${url}/anthropic/v1`: the Anthropic-compatible base URL (messages at `${anthropicBaseURL}/messages`:
   * `x-api-key` or Bearer auth, Anthropic-style validation errors, JSON and `event:`/`data:` SSE replies,
   * prompt-cache emulation of `cache_control` breakpoints). Other paths under it answer 404 JSON.
   */
  readonly anthropicBaseURL: string;
  /** Every request received (including rejected ones), in arrival order. */
  readonly requests: RecordedRequest[];
  /**
   * Text-to-speech at `${url}/v1/t2a_v2` (Bearer auth): JSON and SSE answers with real generated audio (mp3, wav,
   * pcm, flac, pcmu), MiniMax's validation (`base_resp` 2013), and its own queue of scripted answers.
   */
  readonly speech: MiniMaxSpeechEmulator;
  /**
   * Queue scripted responses (FIFO, one queue for both wires); each chat-completions or messages request that
   * passes authentication and validation consumes one, whatever its wire.
   */
  enqueue(...responses: ScriptedResponse[]): void;
  /**
   * Media: queue scripted answers to `/v1/image_generation` (FIFO, its own queue). Without one a request gets `n`
   * generated PNGs (base64, or CDN URLs with `response_format: "url"`).
   */
  enqueueImage(...responses: ScriptedImageGeneration[]): void;
  /**
   * Media: queue scripted video tasks (FIFO over both video APIs, its own queue). Without one a task succeeds on the
   * third query (or third callback step) with a real MP4 of the requested duration.
   */
  enqueueVideo(...tasks: ScriptedVideoTask[]): void;
  /** Media: every video task created, with its state. */
  readonly videoTasks: readonly EmulatorVideoTask[];
  /** Media: every notification POSTed to a `callback_url` (the challenge first), with the receiver's answer. */
  readonly callbacks: readonly EmulatorCallbackDelivery[];
  /**
   * Clears the scripted queues, the recorded requests, the `closedRequests` counter, the prompt cache, the video
   * tasks (stopping their callbacks) and the generated files.
   */
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

/** Usage numbers that override the emulator's estimates (chat-completions names). */
export interface EmulatorUsage {
  prompt_tokens: number;
  completion_tokens: number;
  cached_tokens: number;
  reasoning_tokens: number;
}

/**
 * Usage numbers of the messages wire that override the emulator's estimates (and its prompt-cache accounting).
 * On the messages wire the chat names are used as fallbacks: `completion_tokens` → `output_tokens`,
 * `cached_tokens` → `cache_read_input_tokens`, `prompt_tokens` (which includes cached tokens) →
 * `input_tokens` = `prompt_tokens` − cache read − cache creation.
 */
export interface EmulatorMessagesUsage {
  input_tokens: number;
  output_tokens: number;
  cache_creation_input_tokens: number;
  cache_read_input_tokens: number;
}

/** The parts of an assistant reply, from which realistic JSON bodies and SSE chunk lists are built. */
export interface EmulatorReply {
  /** Thinking text (reasoning_content / reasoning_details, or inline `<think>` when reasoning_split is off). */
  reasoning?: string;
  /** Visible answer text. */
  text?: string;
  toolCalls?: EmulatorToolCall[];
  /**
   * Default: `tool_calls` when there are tool calls, else `stop`. On the messages wire this becomes
   * `stop_reason` (`stop` → `end_turn`, `tool_calls` → `tool_use`, `length` → `max_tokens`; other values as given).
   */
  finishReason?: string;
  usage?: Partial<EmulatorUsage & EmulatorMessagesUsage>;
}

/**
 * Scripted `reply`: a realistic answer, sent as JSON or SSE depending on the request's `stream`, in the shapes
 * of the wire it is served on (chat-completions chunks, or Anthropic-style messages and events).
 */
export interface ScriptedReply extends EmulatorReply {
  type: 'reply';
  /** Characters per delta (text, thinking, tool arguments / `partial_json`). Default 12. */
  chunkSize?: number;
  /**
   * Streams: after `after` chunks (messages wire: `after` events, counting `message_start` and `ping`), end the
   * stream with an error. Chat wire: a chunk carrying `base_resp: {status_code: code, status_msg: message}`,
   * without `[DONE]`. Messages wire: `event: error` with
   * `{"type":"error","error":{"type":"overloaded_error","message":"<message> (<code>)"}}`.
   * Non-stream requests (both wires): HTTP 200 with that `base_resp` error body.
   */
  errorAfterChunks?: { after: number; code: number; message: string };
  /**
   * Messages wire only: the text block's `content_block_start` already carries the first text piece
   * (`{"type":"text","text":"<first piece>"}`) and the first `text_delta` repeats it — a MiniMax quirk a
   * client saw. A client that appends both shows the piece twice.
   */
  duplicateStartText?: boolean;
}

/** One scripted response; see {@link MiniMaxEmulator.enqueue}. */
export type ScriptedResponse =
  | { type: 'json'; body: unknown; status?: number; headers?: Record<string, string> }
  | {
      type: 'sse';
      /**
       * Strings are written verbatim (raw bytes). Objects: chat wire `data: <JSON>\n\n`; messages wire
       * `event: <chunk.type>\ndata: <JSON>\n\n` (just `data:` when the object has no string `type`).
       */
      chunks: Array<unknown | string>;
      /**
       * Append `data: [DONE]\n\n`. Chat wire: default true. Messages wire: default false (Anthropic streams
       * have no `[DONE]`); `true` appends it anyway.
       */
      done?: boolean;
      chunkDelayMs?: number;
      headers?: Record<string, string>;
    }
  | { type: 'raw'; status: number; body: string; headers?: Record<string, string> }
  | ScriptedReply
  /**
   * HTTP 200 with a MiniMax `base_resp` failure. Chat wire: a completion body with `choices: null`; messages
   * wire: `{"base_resp":{"status_code":code,"status_msg":message}}`.
   */
  | { type: 'base-resp'; code: number; message: string }
  /** Never answers (stream requests get the SSE headers first); the client's abort is counted in `closedRequests`. */
  | { type: 'hang' };
