import { describe, expect, it } from 'vitest';
import {
  calculateMiniMaxSpeechCost,
  getMiniMaxCost,
  getMiniMaxSpeechModelInfo,
  MINIMAX_SPEECH_MODELS,
} from '../../src/index';

describe('the speech price table', () => {
  it('prices every *-hd model at $100 and every *-turbo at $60 per million characters; speech-01 has no price', () => {
    for (const model of MINIMAX_SPEECH_MODELS) {
      const expected = model.id.startsWith('speech-01') ? undefined : model.tier === 'hd' ? 100 : 60;
      expect(model.pricePerMillionCharacters).toBe(expected);
      expect(model.id.endsWith(`-${model.tier}`)).toBe(true);
    }
    expect(MINIMAX_SPEECH_MODELS.map((m) => m.id)).toEqual([
      'speech-2.8-hd', 'speech-2.8-turbo', 'speech-2.6-hd', 'speech-2.6-turbo',
      'speech-02-hd', 'speech-02-turbo', 'speech-01-hd', 'speech-01-turbo',
    ]);
  });

  it('computes USD per billed character, case-insensitively, and never invents a price', () => {
    expect(calculateMiniMaxSpeechCost('speech-2.8-hd', 10_000)).toEqual({
      input: 1, cacheRead: 0, cacheWrite: 0, output: 0, total: 1, currency: 'USD', characters: 10_000, pricePerMillionCharacters: 100,
    });
    expect(calculateMiniMaxSpeechCost('SPEECH-2.6-TURBO', 3)?.total).toBe(0.00018);
    expect(calculateMiniMaxSpeechCost('speech-01-turbo', 100)).toBeUndefined();
    expect(calculateMiniMaxSpeechCost('tts-1', 100)).toBeUndefined();
    expect(calculateMiniMaxSpeechCost('speech-2.8-hd', -1)).toBeUndefined();
    expect(getMiniMaxSpeechModelInfo('Speech-2.8-HD')?.interjections).toBe(true);
  });

  it('getMiniMaxCost reads speech and language-model metadata alike', () => {
    const speech = { minimax: { cost: calculateMiniMaxSpeechCost('speech-02-hd', 19) } };
    expect(getMiniMaxCost(speech)?.total).toBe(0.0019);
    const chat = { minimax: { cost: { input: 1, cacheRead: 0, cacheWrite: 0, output: 2, total: 3, currency: 'USD' } } };
    expect(getMiniMaxCost(chat)).toEqual(chat.minimax.cost);
    expect(getMiniMaxCost({ minimax: {} })).toBeUndefined();
    expect(getMiniMaxCost(undefined)).toBeUndefined();
  });
});
