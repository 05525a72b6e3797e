/**
 * Cheap type checks of parsed JSON, for the hot path in front of a zod schema
 * (a stream validates every event). Each check accepts only values that the
 * matching zod type takes unchanged: a value one of them refuses goes on to
 * the schema, which reads it leniently or gives the typed error. So the
 * schema stays the one description of what is accepted; these checks only
 * spare it the values it would return as they are.
 */

/** A JSON object (what `z.object` / `z.looseObject` take). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `z.string().nullish()` taking the value as it is. */
export function isStringOrAbsent(value: unknown): boolean {
  return value == null || typeof value === 'string';
}

/** Every one of `keys` of `value` is a string or absent (`z.string().nullish()` each). */
export function hasStringsOrAbsent(value: Record<string, unknown>, keys: readonly string[]): boolean {
  for (let i = 0; i < keys.length; i++) if (!isStringOrAbsent(value[keys[i]])) return false;
  return true;
}

/** `z.number().nullish()` taking the value as it is (zod refuses Infinity, which `JSON.parse('1e400')` gives). */
export function isNumberOrAbsent(value: unknown): boolean {
  return value == null || (typeof value === 'number' && Number.isFinite(value));
}

/** `z.array(item).nullish()`: absent, or an array whose every item passes. */
export function isArrayOrAbsent(value: unknown, item: (value: unknown) => boolean): boolean {
  if (value == null) return true;
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (!item(value[i])) return false;
  return true;
}
