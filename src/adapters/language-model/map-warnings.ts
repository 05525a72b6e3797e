import type { ForeignTool, FunctionTool, MiniMaxWarning } from '../../core/shared/minimax-neutral-types';

/** A neutral warning in the V3/V4 shape (`unsupported` / `compatibility` / `other`). */
export function toFeatureWarning(w: MiniMaxWarning) {
  switch (w.type) {
    case 'unsupported-setting':
      return { type: 'unsupported' as const, feature: w.setting, ...(w.details ? { details: w.details } : {}) };
    case 'unsupported-tool':
      return { type: 'unsupported' as const, feature: `tool ${w.tool.name}`, ...(w.details ? { details: w.details } : {}) };
    case 'compatibility':
      return { type: 'compatibility' as const, feature: w.feature, ...(w.details ? { details: w.details } : {}) };
    case 'other':
      return { type: 'other' as const, message: w.message };
  }
}

/**
 * A neutral warning in the V1/V2 shape (`unsupported-setting` / `unsupported-tool` / `other`): the spec says how
 * it names a tool, and which settings it has a name for (a setting without one becomes an `other` warning).
 */
export function toSettingWarning<SETTING extends string, TOOL>(
  w: MiniMaxWarning,
  spec: { setting(setting: string): SETTING | undefined; tool(tool: FunctionTool | ForeignTool): TOOL },
) {
  switch (w.type) {
    case 'unsupported-setting': {
      const setting = spec.setting(w.setting);
      return setting !== undefined
        ? { type: 'unsupported-setting' as const, setting, ...(w.details ? { details: w.details } : {}) }
        : { type: 'other' as const, message: `${w.setting}: ${w.details ?? 'not supported'}` };
    }
    case 'unsupported-tool':
      return { type: 'unsupported-tool' as const, tool: spec.tool(w.tool), ...(w.details ? { details: w.details } : {}) };
    case 'compatibility':
      return { type: 'other' as const, message: `${w.feature}${w.details ? `: ${w.details}` : ''}` };
    case 'other':
      return { type: 'other' as const, message: w.message };
  }
}
