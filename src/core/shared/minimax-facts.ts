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
  | 'MiniMax-M3'
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
  /** Input tokens written to the prompt cache (Anthropic-compatible endpoint). */
  cacheWrite: number;
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

const M2_TEMPERATURE = { min: 0, max: 1, minExclusive: true };

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

export const MINIMAX_MODELS: readonly MiniMaxModelInfo[] = [
  {
    id: 'MiniMax-M3',
    family: 'M3',
    contextWindow: 1_000_000,
    maxOutputTokens: 524_288,
    defaultMaxOutputTokens: 131_072,
    // Cache writes are priced at 1.25x input, MiniMax's documented cache rule.
    pricing: { input: 0.3, output: 1.2, cacheRead: 0.06, cacheWrite: 0.375 },
    pricingTiers: [
      {
        aboveInputTokens: 512_000,
        prices: { input: 0.6, output: 2.4, cacheRead: 0.12, cacheWrite: 0.75 },
      },
    ],
    capabilities: {
      imageInput: true,
      responseFormat: true,
      thinkingToggle: true,
      toolChoice: true,
      stopSequences: true,
    },
    temperature: { min: 0, max: 2, minExclusive: false },
  },
  m2('MiniMax-M2.7', [0.3, 1.2, 0.06]),
  m2('MiniMax-M2.7-highspeed', [0.6, 2.4, 0.06]),
  m2('MiniMax-M2.5', [0.3, 1.2, 0.03]),
  m2('MiniMax-M2.5-highspeed', [0.6, 2.4, 0.03]),
  m2('MiniMax-M2.5-lightning', [0.6, 2.4, 0.03], 'MiniMax-M2.5-highspeed'),
  m2('MiniMax-M2.1', [0.3, 1.2, 0.03]),
  m2('MiniMax-M2.1-lightning', [0.3, 2.4, 0.03]),
  m2('MiniMax-M2.1-highspeed', [0.3, 2.4, 0.03], 'MiniMax-M2.1-lightning'),
  m2('MiniMax-M2', [0.3, 1.2, 0.03]),
  {
    id: 'MiniMax-M1',
    family: 'M1',
    contextWindow: 1_000_192,
    maxOutputTokens: 40_000,
    defaultMaxOutputTokens: 8_192,
    // MiniMax lists no cache prices for M1: cached tokens are priced as input.
    pricing: { input: 0.4, output: 2.2, cacheRead: 0.4, cacheWrite: 0.4 },
    capabilities: M2_CAPABILITIES,
    temperature: M2_TEMPERATURE,
  },
];

const byLowerCaseId = new Map(MINIMAX_MODELS.map((m) => [m.id.toLowerCase(), m]));

/**
 * The table entry for a model id (case-insensitive, so `minimax-m2.1` is
 * found too), or `undefined` for an id the table does not know.
 */
export function getMiniMaxModelInfo(modelId: string): MiniMaxModelInfo | undefined {
  return byLowerCaseId.get(modelId.toLowerCase());
}

/** The family an id belongs to, also for ids the table does not know yet. */
export function getMiniMaxModelFamily(modelId: string): MiniMaxModelInfo['family'] {
  const known = getMiniMaxModelInfo(modelId);
  if (known) return known.family;
  const id = modelId.toLowerCase();
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
