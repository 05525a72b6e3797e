import type { z } from 'zod/v4';
import type { JsonPath } from './minimax-event-templates';
import type { MiniMaxErrorContext, MiniMaxErrorDetails } from '../shared/minimax-error';
import type {
  MiniMaxCallOptions,
  MiniMaxFinishReason,
  MiniMaxStreamPart,
  MiniMaxUsage,
  MiniMaxWarning,
} from '../shared/minimax-neutral-types';

/**
 * A model as a call names it: `wire` is sent as `model` (a proxy's own name, e.g. `minimax/MiniMax-M2.1` or an
 * alias), `facts` is the id whose rules and prices apply (the table entry, looked up without a provider prefix).
 */
export interface MiniMaxModelIds {
  wire: string;
  facts: string;
}

/** Where the URL and body of an error found in a 200 response come from. */
export type MiniMaxResponseContext = MiniMaxErrorContext;

/** Turns one wire's output (chunks or events) into neutral parts. */
export interface MiniMaxAssembler<CHUNK> {
  /** `data`: the event's text as sent, when the chunk came from a stream event (what an error about it reports). */
  push(chunk: CHUNK, out: MiniMaxStreamPart[], data?: string): void;
  /**
   * A stream chunk that carries a MiniMax error (`base_resp`, or an `error`
   * object). It skips validation, so that its message survives any shape.
   */
  pushError(details: MiniMaxErrorDetails, chunk: unknown, out: MiniMaxStreamPart[]): void;
  end(out: MiniMaxStreamPart[]): void;
  /** Whether the wire's end-of-answer event has been read (messages: `message_stop`; chat ends with `[DONE]`, read by the pipeline). */
  readonly ended: boolean;
  readonly finish: MiniMaxFinishReason;
  readonly reportedUsage: MiniMaxUsage;
}

/**
 * What distinguishes MiniMax's two wires (`core/chat`, `core/messages`); the
 * HTTP, SSE and result plumbing of `MiniMaxLanguageModel` is shared.
 */
export interface MiniMaxEndpoint<BODY, CHUNK> {
  /** Appended to the endpoint's base URL, e.g. `/chat/completions`. */
  path: string;
  buildRequest(
    model: MiniMaxModelIds,
    options: MiniMaxCallOptions,
    stream: boolean,
  ): { body: BODY; warnings: MiniMaxWarning[]; serviceTier?: string };
  /** Validates one stream event's data or a whole JSON response. */
  schema: z.ZodType<CHUNK>;
  /**
   * The hot path in front of `schema` for stream events: true only for a
   * value `schema` would return as it is (for every field the assembler
   * reads). Anything else goes through `schema`, for its typed error or its
   * lenient reading.
   */
  isPlainChunk(raw: unknown): raw is CHUNK;
  /**
   * The string values a stream's events vary in (the text, thinking or tool
   * input they carry): an event that repeats an earlier plain one but for
   * these is read from that one's template instead of being parsed (see
   * `MiniMaxEventTemplates`). Each must be a field `schema` takes as any string.
   */
  templateLeaves: readonly JsonPath[];
  /** A whole JSON response as the chunks the assembler reads. */
  jsonToChunks(json: CHUNK): CHUNK[];
  createAssembler(context: MiniMaxResponseContext): MiniMaxAssembler<CHUNK>;
}
