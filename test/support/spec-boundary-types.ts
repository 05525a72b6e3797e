/**
 * Type-level helpers of the spec-boundary tests (`spec-boundaries.test.ts`, `media-spec-boundaries.test.ts`): what
 * "the neutral form and a spec agree" means, as types the compiler evaluates.
 */

export type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
/** [fields the neutral form has and the spec lacks, fields the spec requires and the neutral form lacks] */
export type SameFields<NEUTRAL, SPEC> = [Exclude<keyof NEUTRAL, keyof SPEC>, Exclude<RequiredKeys<SPEC>, keyof NEUTRAL>];
/** [names only the neutral form has, names only the spec has]: for call options, which are read name by name. */
export type SameNames<NEUTRAL, SPEC> = [Exclude<keyof NEUTRAL, keyof SPEC>, Exclude<keyof SPEC, keyof NEUTRAL>];
export type Part<UNION, TYPE> = Extract<UNION, { type: TYPE }>;
export type Same = [never, never];

/** Whether two types are the same (not merely assignable either way). */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;

type Leaf = readonly unknown[] | boolean | string | number | null | undefined;

/**
 * The names of the checks in `CHECKS` that differ from `AGREE` (an object of checks, one level of nesting named
 * `outer.inner`), or missing from `CHECKS`: `never` when every check agrees.
 */
export type Disagreeing<CHECKS, AGREE, PREFIX extends string = ''> = {
  [K in keyof AGREE & string]: K extends keyof CHECKS
    ? [AGREE[K]] extends [Leaf]
      ? Equal<CHECKS[K], AGREE[K]> extends true
        ? never
        : `${PREFIX}${K}`
      : Disagreeing<CHECKS[K], AGREE[K], `${PREFIX}${K}.`>
    : `${PREFIX}${K}`;
}[keyof AGREE & string];

/**
 * Compiles when every check agrees (`expectAgreement<Disagreeing<Checks, Agree>>()`); otherwise the compiler names
 * the checks that do not: `Type '"optionNames"' does not satisfy the constraint 'never'`. Does nothing at run time.
 */
export function expectAgreement<DISAGREEING extends never>(): void {}
