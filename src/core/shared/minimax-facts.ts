/**
 * The one table of MiniMax facts the provider is built on, from MiniMax's
 * documentation:
 *
 * - per model (`MINIMAX_MODELS`): context window, output limits, prices,
 *   temperature rule, thinking switch, structured output, image input,
 *   honoured `tool_choice` and `stop`;
 * - per wire (`MINIMAX_WIRE_FACTS`): what the chat-completions and the
 *   Anthropic-compatible messages endpoints document beyond the models
 *   (thinking types, reasoning-detail format, cache breakpoints, cache TTL).
 *
 * The provider applies its rules to these facts. The emulator
 * (`minimax-ai-provider/testing`) reads the same data but implements its own
 * checks: it is the test oracle. Prices are USD per million tokens.
 */

export type MiniMaxChatModelId =
  | 'MiniMax-M3.1-Flash'
  | 'MiniMax-M3.1-Flash-Preview'
  | 'MiniMax-M3'
  | 'MiniMax-M3-highspeed'
  | 'MiniMax-M2.7'
  | 'MiniMax-M2.7-highspeed'
  | 'MiniMax-M2.5'
  | 'MiniMax-M2.5-highspeed'
  | 'MiniMax-M2.5-lightning'
  | 'MiniMax-M2.1'
  | 'MiniMax-M2.1-lightning'
  | 'MiniMax-M2.1-highspeed'
  | 'MiniMax-M2'
  | 'MiniMax-M1'
  | (string & {});

export interface MiniMaxPrices {
  /** Non-cached input tokens. */
  input: number;
  output: number;
  /** Input tokens read from the prompt cache. */
  cacheRead: number;
  /**
   * Input tokens written to the prompt cache (Anthropic-compatible endpoint). `undefined`: no price is
   * published; such tokens, if MiniMax ever reports any, are priced as input.
   */
  cacheWrite?: number;
}

export interface MiniMaxModelInfo {
  id: string;
  family: 'M1' | 'M2' | 'M3';
  contextWindow: number;
  /** The most `max_completion_tokens` MiniMax accepts. */
  maxOutputTokens: number;
  /** What MiniMax recommends, and what the messages endpoint sends when the caller sets no limit. */
  defaultMaxOutputTokens: number;
  /** Prices below any tier threshold. */
  pricing: MiniMaxPrices;
  /** Prices that apply to a whole call once its input exceeds `aboveInputTokens`. */
  pricingTiers?: Array<{ aboveInputTokens: number; prices: MiniMaxPrices }>;
  capabilities: {
    imageInput: boolean;
    /** `response_format` is honoured (otherwise JSON is asked for in the prompt). */
    responseFormat: boolean;
    /** Thinking can be switched off (`thinking: {type: 'disabled'}`). */
    thinkingToggle: boolean;
    /** `tool_choice` is honoured. */
    toolChoice: boolean;
    /** `stop` sequences are honoured. */
    stopSequences: boolean;
  };
  /** Accepted temperature range; `minExclusive` means the minimum itself is rejected. */
  temperature: { min: number; max: number; minExclusive: boolean };
  aliasOf?: string;
}

const M2_CAPABILITIES: MiniMaxModelInfo['capabilities'] = {
  imageInput: false,
  responseFormat: false,
  thinkingToggle: false,
  toolChoice: false,
  stopSequences: false,
};

const M3_CAPABILITIES: MiniMaxModelInfo['capabilities'] = {
  imageInput: true,
  responseFormat: true,
  thinkingToggle: true,
  toolChoice: true,
  stopSequences: true,
};

const M2_TEMPERATURE = { min: 0, max: 1, minExclusive: true };
const M3_TEMPERATURE = { min: 0, max: 2, minExclusive: false };

function m2(
  id: string,
  prices: [input: number, output: number, cacheRead: number],
  aliasOf?: string,
): MiniMaxModelInfo {
  return {
    id,
    family: 'M2',
    contextWindow: 204_800,
    maxOutputTokens: 204_800,
    defaultMaxOutputTokens: 65_536,
    pricing: { input: prices[0], output: prices[1], cacheRead: prices[2], cacheWrite: 0.375 },
    capabilities: M2_CAPABILITIES,
    temperature: M2_TEMPERATURE,
    ...(aliasOf ? { aliasOf } : {}),
  };
}

/*
 * Prices: USD per million tokens, each with its source and date. MiniMax's own price page
 * (platform.minimax.io/docs/guides/pricing-paygo) is quoted where a source quotes it; the full research, with
 * every disagreement between sources, is in the repository's test/fixtures/recorded/PRICES.md.
 *
 * - M2.x cache write 0.375: LiteLLM's MiniMax docs table (M2, M2.1, M2.1-lightning; undated) and models.dev
 *   (M2.1, M2.5, M2.7, M2.7-highspeed, M2.5-highspeed; snapshot 2026-07-02).
 */
export const MINIMAX_MODELS: readonly MiniMaxModelInfo[] = [
  {
    // MiniMax's own id (seen in a recorded 2026 response) is `MiniMax-M3.1-Flash-Preview`; gateways list `-Flash`.
    id: 'MiniMax-M3.1-Flash',
    family: 'M3',
    // 1M context, 128K output: as a gateway's model table lists MiniMax-M3.1-Flash-Preview (2026-10); no MiniMax
    // document of these limits was found.
    contextWindow: 1_000_000,
    maxOutputTokens: 128_000,
    defaultMaxOutputTokens: 32_768,
    // 0.15 / 0.60 / cache read 0.015: Codeep v3.14.0 release notes (2026-10-20: "on the pay-per-use API it is
    // $0.15 in / $0.60 out with cache reads at $0.015"); Vercel AI Gateway lists $0.15 / $0.60 (undated). No cache
    // write price is published, and MiniMax reports cache_creation_input_tokens: 0 for it (recorded response).
    pricing: { input: 0.15, output: 0.6, cacheRead: 0.015 },
    capabilities: M3_CAPABILITIES,
    temperature: M3_TEMPERATURE,
  },
  {
    id: 'MiniMax-M3.1-Flash-Preview',
    family: 'M3',
    contextWindow: 1_000_000,
    maxOutputTokens: 128_000,
    defaultMaxOutputTokens: 32_768,
    pricing: { input: 0.15, output: 0.6, cacheRead: 0.015 }, // as MiniMax-M3.1-Flash (same sources)
    capabilities: M3_CAPABILITIES,
    temperature: M3_TEMPERATURE,
    aliasOf: 'MiniMax-M3.1-Flash',
  },
  {
    id: 'MiniMax-M3',
    family: 'M3',
    contextWindow: 1_000_000,
    maxOutputTokens: 524_288,
    defaultMaxOutputTokens: 131_072,
    // Up to 512K input: 0.30 / 1.20 / 0.06 (dev.to "MiniMax M3 API: Complete Integration Guide", rates as of
    // 2026-09-11; models.dev MiniMax-M3.toml, tiers added 2026-06-25); cache write 0.375 (models.dev at
    // 98f1e616, undated). M3 caches prompts itself and reports cache_creation_input_tokens: 0, so writes cost
    // nothing in practice.
    pricing: { input: 0.3, output: 1.2, cacheRead: 0.06, cacheWrite: 0.375 },
    pricingTiers: [
      {
        aboveInputTokens: 512_000,
        // Above 512K input: 0.60 / 2.40 / 0.12 (same dev.to article, 2026-09-11; models.dev 2026-06-25). Cache write
        // 0.75: no source gives one; MiniMax's documented cache rule (1.25x input).
        prices: { input: 0.6, output: 2.4, cacheRead: 0.12, cacheWrite: 0.75 },
      },
    ],
    capabilities: M3_CAPABILITIES,
    temperature: M3_TEMPERATURE,
  },
  {
    id: 'MiniMax-M3-highspeed',
    family: 'M3',
    // models.dev MiniMax-M3-highspeed.toml at 98f1e616 (undated; released 2026-06-01): context 1,048,576,
    // output 131,072, and 0.60 / 2.40 / 0.12 / 0.75.
    contextWindow: 1_048_576,
    maxOutputTokens: 131_072,
    defaultMaxOutputTokens: 131_072,
    pricing: { input: 0.6, output: 2.4, cacheRead: 0.12, cacheWrite: 0.75 },
    capabilities: M3_CAPABILITIES,
    temperature: M3_TEMPERATURE,
  },
  // 0.30 / 1.20 / 0.06: codeburn PR #118 (2026-04) quoting platform.minimax.io/docs/guides/pricing-paygo;
  // models.dev (snapshot 2026-07-02); promptfoo's MiniMax page (undated).
  m2('MiniMax-M2.7', [0.3, 1.2, 0.06]),
  // 0.60 / 2.40 / 0.06: the same three sources.
  m2('MiniMax-M2.7-highspeed', [0.6, 2.4, 0.06]),
  // 0.30 / 1.20 / 0.03: models.dev (snapshot 2026-07-02); promptfoo (undated).
  m2('MiniMax-M2.5', [0.3, 1.2, 0.03]),
  // Input 0.60, settled: MiniMax's pay-as-you-go list under this id (promptfoo: cache miss 0.6, output 2.4,
  // cache hit 0.03; models.dev MiniMax-M2.5-highspeed.toml, changed 2026-06-11, snapshot 2026-07-02). The 0.30
  // of other sources is the launch price of "M2.5-Lightning" (2026-02-12 announcement, repeated by LiteLLM's
  // docs). Cache read 0.03 (promptfoo, LLM Gateway 2026-06-27); models.dev says 0.06.
  m2('MiniMax-M2.5-highspeed', [0.6, 2.4, 0.03]),
  m2('MiniMax-M2.5-lightning', [0.6, 2.4, 0.03], 'MiniMax-M2.5-highspeed'),
  // 0.30 / 1.20 / 0.03: models.dev (snapshot 2026-07-02); LiteLLM's docs (undated).
  m2('MiniMax-M2.1', [0.3, 1.2, 0.03]),
  // 0.30 / 2.40 / 0.03: LiteLLM's docs (undated); Vercel AI Gateway 0.30 / 2.40 (undated).
  m2('MiniMax-M2.1-lightning', [0.3, 2.4, 0.03]),
  m2('MiniMax-M2.1-highspeed', [0.3, 2.4, 0.03], 'MiniMax-M2.1-lightning'),
  // 0.30 / 1.20: models.dev (snapshot 2026-07-02); cache read 0.03: LiteLLM's docs (undated).
  m2('MiniMax-M2', [0.3, 1.2, 0.03]),
  {
    id: 'MiniMax-M1',
    family: 'M1',
    contextWindow: 1_000_192,
    maxOutputTokens: 40_000,
    defaultMaxOutputTokens: 8_192,
    // 0.40 / 2.20: models.dev's Kilo listing (2026-06-25) and Kilo Code's provider table (citing minimax.io's
    // pricing page, undated). MiniMax lists no cache prices for M1: cached tokens are priced as input.
    pricing: { input: 0.4, output: 2.2, cacheRead: 0.4, cacheWrite: 0.4 },
    capabilities: M2_CAPABILITIES,
    temperature: M2_TEMPERATURE,
  },
];

const byLowerCaseId = new Map(MINIMAX_MODELS.map((m) => [m.id.toLowerCase(), m]));

/**
 * An id without the provider prefix gateways and proxies put in front of it
 * (`minimax/MiniMax-M2.1`, `openrouter/minimax/minimax-m3`): the part after
 * the last `/`.
 */
function withoutProviderPrefix(modelId: string): string {
  return modelId.slice(modelId.lastIndexOf('/') + 1);
}

/**
 * The table entry for a model id (case-insensitive, so `minimax-m2.1` is
 * found too, and with or without a provider prefix such as `minimax/`), or
 * `undefined` for an id the table does not know.
 */
export function getMiniMaxModelInfo(modelId: string): MiniMaxModelInfo | undefined {
  return byLowerCaseId.get(withoutProviderPrefix(modelId).toLowerCase());
}

/** The family an id belongs to, also for ids the table does not know yet. */
export function getMiniMaxModelFamily(modelId: string): MiniMaxModelInfo['family'] {
  const known = getMiniMaxModelInfo(modelId);
  if (known) return known.family;
  const id = withoutProviderPrefix(modelId).toLowerCase();
  if (id.startsWith('minimax-m3') || id.startsWith('m3')) return 'M3';
  if (id.startsWith('minimax-m1')) return 'M1';
  return 'M2';
}

/** Capabilities and limits used to shape a request: the table's, or the family's for an unknown id. */
export function getMiniMaxModelRules(
  modelId: string,
): Pick<MiniMaxModelInfo, 'family' | 'capabilities' | 'temperature'> &
  Partial<Pick<MiniMaxModelInfo, 'maxOutputTokens' | 'defaultMaxOutputTokens'>> {
  const known = getMiniMaxModelInfo(modelId);
  if (known) return known;
  const family = getMiniMaxModelFamily(modelId);
  const template = MINIMAX_MODELS.find((m) => m.family === family)!;
  return { family, capabilities: template.capabilities, temperature: template.temperature };
}

/** What each of MiniMax's two text wires documents beyond the models. */
export const MINIMAX_WIRE_FACTS = {
  /** OpenAI-compatible `/v1/chat/completions`. */
  chat: {
    /** `thinking.type` values of a model that can switch thinking off (`capabilities.thinkingToggle`). */
    thinkingTypes: ['adaptive', 'disabled'],
    /** The `reasoning_details` entries MiniMax sends with `reasoning_split` (ids count from 1: `reasoning-text-1`). */
    reasoningDetail: { type: 'reasoning.text', format: 'MiniMax-response-v1', idPrefix: 'reasoning-text-' },
  },
  /** Anthropic-compatible `/anthropic/v1/messages`. */
  messages: {
    anthropicVersion: '2023-06-01',
    /** `cache_control` breakpoints honoured per request (tools, system and message blocks together). */
    maxCacheBreakpoints: 4,
    /** Lifetime of a prompt-cache entry, refreshed on every hit: five minutes. */
    promptCacheTtlMs: 5 * 60 * 1000,
  },
} as const;
