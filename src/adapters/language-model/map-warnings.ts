import type { MiniMaxWarning } from '../../core/shared/minimax-neutral-types';

/** Neutral warnings in the V3/V4 shape (`unsupported` / `compatibility` / `other`). */
export function toFeatureWarnings(warnings: MiniMaxWarning[]) {
  return warnings.map((w) => {
    switch (w.type) {
      case 'unsupported-setting':
        return { type: 'unsupported' as const, feature: w.setting, ...(w.details ? { details: w.details } : {}) };
      case 'unsupported-tool':
        return {
          type: 'unsupported' as const,
          feature: `tool ${w.tool.name}`,
          ...(w.details ? { details: w.details } : {}),
        };
      case 'compatibility':
        return { type: 'compatibility' as const, feature: w.feature, ...(w.details ? { details: w.details } : {}) };
      case 'other':
        return { type: 'other' as const, message: w.message };
    }
  });
}

/** Neutral warnings in the V1/V2 shape (`unsupported-setting` / `unsupported-tool` / `other`). */
export function toSettingWarnings<TOOL>(warnings: MiniMaxWarning[], specTool: (w: Extract<MiniMaxWarning, { type: 'unsupported-tool' }>) => TOOL) {
  return warnings.map((w) => {
    switch (w.type) {
      case 'unsupported-setting':
        return { type: 'unsupported-setting' as const, setting: w.setting, ...(w.details ? { details: w.details } : {}) };
      case 'unsupported-tool':
        return { type: 'unsupported-tool' as const, tool: specTool(w), ...(w.details ? { details: w.details } : {}) };
      case 'compatibility':
        return { type: 'other' as const, message: `${w.feature}${w.details ? `: ${w.details}` : ''}` };
      case 'other':
        return { type: 'other' as const, message: w.message };
    }
  });
}
