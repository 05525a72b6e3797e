import type { MiniMaxSpeechWarning } from '../../core/speech/minimax-speech-types';

/**
 * Neutral speech warnings in the V2 shape (`unsupported-setting` naming the call option). The neutral form is
 * already V3/V4's (`unsupported` naming a feature), so those specs take it as it is.
 */
export function toSpeechSettingWarnings(warnings: MiniMaxSpeechWarning[]) {
  return warnings.map((w) =>
    w.type === 'unsupported'
      ? { type: 'unsupported-setting' as const, setting: w.feature, ...(w.details ? { details: w.details } : {}) }
      : w,
  );
}

/** The V1 shape: like V2, but V1 calls have no `language` option, so a warning about it is `other`. */
export function toSpeechV1Warnings(warnings: MiniMaxSpeechWarning[]) {
  return warnings.map((w) => {
    if (w.type === 'other') return w;
    if (w.feature === 'language') return { type: 'other' as const, message: `language: ${w.details ?? 'not supported'}` };
    return { type: 'unsupported-setting' as const, setting: w.feature, ...(w.details ? { details: w.details } : {}) };
  });
}
