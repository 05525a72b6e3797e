import { InvalidArgumentError } from '@ai-sdk/provider';
import { parseMiniMaxProviderOptions, type MiniMaxProviderOptions } from '../shared/minimax-provider-options';
import { getMiniMaxModelRules } from '../shared/minimax-facts';
import type { MiniMaxCallOptions, MiniMaxWarning } from '../shared/minimax-neutral-types';

/**
 * The call settings both MiniMax endpoints share, checked against the
 * model's documented limits. Out-of-range values are clamped (with a
 * warning) rather than sent to fail; settings MiniMax ignores are dropped
 * with a warning rather than silently.
 */
export interface MiniMaxCallSettings {
  rules: ReturnType<typeof getMiniMaxModelRules>;
  providerOptions: MiniMaxProviderOptions;
  temperature?: number;
  topP?: number;
  maxOutputTokens?: number;
  stopSequences?: string[];
  /** MiniMax's `thinking` for this call, when one should be sent. */
  thinking?: { type: 'adaptive' | 'disabled' | 'enabled'; budgetTokens?: number };
  warnings: MiniMaxWarning[];
}

/** The smallest temperature MiniMax M2.x accepts is just above 0. */
const MIN_EXCLUSIVE_TEMPERATURE = 0.01;

export function prepareMiniMaxCallSettings(modelId: string, options: MiniMaxCallOptions): MiniMaxCallSettings {
  const rules = getMiniMaxModelRules(modelId);
  const providerOptions = parseMiniMaxProviderOptions(options.providerOptions);
  const warnings: MiniMaxWarning[] = [];
  const settings: MiniMaxCallSettings = { rules, providerOptions, warnings };

  for (const setting of ['temperature', 'topP'] as const) {
    const value = options[setting];
    // NaN and ±Infinity cannot be clamped into a range (JSON would send NaN as null): refused.
    if (value !== undefined && !Number.isFinite(value)) {
      throw new InvalidArgumentError({ argument: setting, message: `${setting} must be a finite number; got ${value}.` });
    }
  }

  if (options.temperature !== undefined) {
    const { min, max, minExclusive } = rules.temperature;
    let t = options.temperature;
    if (t > max) t = max;
    if (minExclusive ? t <= min : t < min) t = minExclusive ? MIN_EXCLUSIVE_TEMPERATURE : min;
    if (t !== options.temperature) {
      warnings.push({
        type: 'unsupported-setting',
        setting: 'temperature',
        details: `${modelId} accepts temperature in ${minExclusive ? '(' : '['}${min}, ${max}]; ${options.temperature} was sent as ${t}.`,
      });
    }
    settings.temperature = t;
  }

  if (options.topP !== undefined) {
    const p = Math.min(1, Math.max(0, options.topP));
    if (p !== options.topP) {
      warnings.push({
        type: 'unsupported-setting',
        setting: 'topP',
        details: `MiniMax accepts topP in [0, 1]; ${options.topP} was sent as ${p}.`,
      });
    }
    settings.topP = p;
  }

  if (options.maxOutputTokens !== undefined) {
    const limit = rules.maxOutputTokens;
    if (limit !== undefined && options.maxOutputTokens > limit) {
      warnings.push({
        type: 'unsupported-setting',
        setting: 'maxOutputTokens',
        details: `${modelId} writes at most ${limit} tokens; ${options.maxOutputTokens} was sent as ${limit}.`,
      });
      settings.maxOutputTokens = limit;
    } else {
      settings.maxOutputTokens = options.maxOutputTokens;
    }
  }

  const ignored: Array<[keyof MiniMaxCallOptions, string]> = [
    ['topK', 'MiniMax has no top-k sampling'],
    ['presencePenalty', 'MiniMax ignores presence_penalty'],
    ['frequencyPenalty', 'MiniMax ignores frequency_penalty'],
    ['seed', 'MiniMax does not support a sampling seed'],
  ];
  for (const [setting, reason] of ignored) {
    if (options[setting] !== undefined) {
      warnings.push({ type: 'unsupported-setting', setting, details: `${reason}; the setting was not sent.` });
    }
  }

  if (options.stopSequences && options.stopSequences.length > 0) {
    if (rules.capabilities.stopSequences) {
      settings.stopSequences = options.stopSequences;
    } else {
      warnings.push({
        type: 'unsupported-setting',
        setting: 'stopSequences',
        details: `${modelId} ignores stop sequences; they were not sent.`,
      });
    }
  }

  settings.thinking = resolveThinking(modelId, options, providerOptions, rules, warnings);
  return settings;
}

function resolveThinking(
  modelId: string,
  options: MiniMaxCallOptions,
  providerOptions: MiniMaxProviderOptions,
  rules: MiniMaxCallSettings['rules'],
  warnings: MiniMaxWarning[],
): MiniMaxCallSettings['thinking'] {
  let thinking = providerOptions.thinking;
  if (!thinking && options.reasoning !== undefined && options.reasoning !== 'provider-default') {
    thinking = options.reasoning === 'none' ? { type: 'disabled' } : { type: 'adaptive' };
    if (options.reasoning !== 'none' && rules.capabilities.thinkingToggle) {
      warnings.push({
        type: 'unsupported-setting',
        setting: 'reasoning',
        details: `MiniMax has no reasoning effort levels; "${options.reasoning}" was sent as thinking "adaptive".`,
      });
    }
  }
  if (!thinking) return undefined;
  if (!rules.capabilities.thinkingToggle) {
    if (thinking.type === 'disabled') {
      warnings.push({
        type: 'unsupported-setting',
        setting: 'reasoning',
        details: `${modelId} always thinks and cannot turn reasoning off; thinking was not sent.`,
      });
    }
    // M2.x always thinks: only an explicit budget (Anthropic-style `enabled`) still means something.
    return thinking.type === 'enabled' ? thinking : undefined;
  }
  return thinking;
}
