/**
 * The emulator's own reading of MiniMax's model rules, shared by both wires' validators. It takes the facts (the
 * temperature ranges) as data from the provider's table, but decides by itself which rule applies: the emulator is
 * the test oracle, so none of the provider's logic runs here.
 */
import { MINIMAX_MODELS, type MiniMaxModelInfo } from '../../core/shared/minimax-facts.js';

/** A rejection: the HTTP status and JSON body to answer with. */
export interface EmulatorRejection {
  status: number;
  body: Record<string, unknown>;
}

/** True for the M3 family, whose temperature range is [0, 2] and whose `thinking.type` is adaptive|disabled. */
export function isM3Model(model: unknown): boolean {
  return typeof model === 'string' && model.startsWith('MiniMax-M3');
}

/** The documented temperature range of a family (every model of a family shares it). */
function temperatureRange(family: MiniMaxModelInfo['family']): MiniMaxModelInfo['temperature'] {
  const model = MINIMAX_MODELS.find((m) => m.family === family);
  if (!model) throw new Error(`emulator: no ${family} model in the facts table`);
  return model.temperature;
}

/**
 * The problem with a request's `temperature` for a model, or `undefined` when it is absent or in range:
 * MiniMax-M2.x accepts (0, 1] (0 is an error), MiniMax-M3 accepts [0, 2]. Shared by both wires' validators.
 */
export function temperatureProblem(model: unknown, temperature: unknown): string | undefined {
  if (temperature === undefined || temperature === null) return undefined;
  if (typeof temperature !== 'number' || Number.isNaN(temperature)) return 'temperature must be a number';
  const { min, max, minExclusive } = temperatureRange(isM3Model(model) ? 'M3' : 'M2');
  const tooLow = minExclusive ? temperature <= min : temperature < min;
  if (tooLow || temperature > max) {
    return `temperature must be in ${minExclusive ? '(' : '['}${min}, ${max}], got ${temperature}`;
  }
  return undefined;
}
