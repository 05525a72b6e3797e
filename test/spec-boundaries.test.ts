/**
 * The boundary between the neutral core and each AI SDK spec, as types. These
 * assertions are checked by the compiler (`npm run typecheck` compiles this
 * file; at run time `expectTypeOf` does nothing): renaming a field on either
 * side — in the neutral types, or in a future `@ai-sdk/provider` major — fails
 * here, naming the part, besides failing the adapter that maps it.
 *
 * For a part that crosses unchanged (V2-V4), "the same fields" means: the
 * neutral part has no field the spec lacks, and lacks no field the spec
 * requires (`SameFields` is `[never, never]`).
 */
import type * as V4 from '@ai-sdk/provider';
import type * as V1 from '@ai-sdk/provider-v1';
import type * as V2 from '@ai-sdk/provider-v2';
import type * as V3 from '@ai-sdk/provider-v3';
import { describe, expectTypeOf, it } from 'vitest';
import { toV1FinishReason, toV1Usage, toV1Warning } from '../src/adapters/language-model/language-model-v1';
import { V2_OUTPUT } from '../src/adapters/language-model/language-model-v2';
import type { PassThroughStreamPart } from '../src/adapters/language-model/language-model-v2-v3-v4';
import { V3_OUTPUT } from '../src/adapters/language-model/language-model-v3';
import { V4_OUTPUT } from '../src/adapters/language-model/language-model-v4';
import type {
  MiniMaxCallOptions,
  MiniMaxContent,
  MiniMaxGenerateResult,
  MiniMaxUsage,
} from '../src/core/shared/minimax-neutral-types';

type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T];
/** [fields the neutral form has and the spec lacks, fields the spec requires and the neutral form lacks] */
type SameFields<NEUTRAL, SPEC> = [Exclude<keyof NEUTRAL, keyof SPEC>, Exclude<RequiredKeys<SPEC>, keyof NEUTRAL>];
type Part<UNION, TYPE> = Extract<UNION, { type: TYPE }>;
type Mapped<F> = F extends (...args: never[]) => infer R ? R : never;

/** Every part type the neutral stream passes through to V2-V4 unchanged. */
type PassThroughType = PassThroughStreamPart['type'];
type PassThroughFields<SPEC_PART> = {
  [T in PassThroughType]: SameFields<Part<PassThroughStreamPart, T>, Part<SPEC_PART, T>>;
};
type AllSame<T extends PassThroughType> = { [K in T]: [never, never] };

describe('LanguageModelV4 (ai@7)', () => {
  it('maps finish reasons, usage, warnings and stream parts to V4 types', () => {
    expectTypeOf<Mapped<typeof V4_OUTPUT.finishReason>>().toEqualTypeOf<V4.LanguageModelV4FinishReason>();
    expectTypeOf<Mapped<typeof V4_OUTPUT.usage>>().toEqualTypeOf<V4.LanguageModelV4Usage>();
    expectTypeOf<Mapped<typeof V4_OUTPUT.warning>>().toEqualTypeOf<V4.SharedV4Warning>();
    expectTypeOf<Mapped<typeof V4_OUTPUT.streamPart>>().toEqualTypeOf<V4.LanguageModelV4StreamPart>();
  });

  it('passes every other stream part through with the same fields', () => {
    expectTypeOf<PassThroughFields<V4.LanguageModelV4StreamPart>>().toEqualTypeOf<AllSame<PassThroughType>>();
  });

  it('returns content, usage and the generate result with the same fields', () => {
    expectTypeOf<SameFields<MiniMaxGenerateResult, V4.LanguageModelV4GenerateResult>>().toEqualTypeOf<[never, never]>();
    expectTypeOf<SameFields<Part<MiniMaxContent, 'text'>, V4.LanguageModelV4Text>>().toEqualTypeOf<[never, never]>();
    expectTypeOf<SameFields<Part<MiniMaxContent, 'reasoning'>, V4.LanguageModelV4Reasoning>>().toEqualTypeOf<[never, never]>();
    expectTypeOf<SameFields<Part<MiniMaxContent, 'tool-call'>, V4.LanguageModelV4ToolCall>>().toEqualTypeOf<[never, never]>();
    expectTypeOf<SameFields<MiniMaxUsage, V4.LanguageModelV4Usage>>().toEqualTypeOf<[never, never]>();
    expectTypeOf<SameFields<MiniMaxUsage['inputTokens'], V4.LanguageModelV4Usage['inputTokens']>>().toEqualTypeOf<[never, never]>();
    expectTypeOf<SameFields<MiniMaxUsage['outputTokens'], V4.LanguageModelV4Usage['outputTokens']>>().toEqualTypeOf<[never, never]>();
  });

  it('reads call options by their V4 names', () => {
    expectTypeOf<Exclude<keyof MiniMaxCallOptions, keyof V4.LanguageModelV4CallOptions>>().toEqualTypeOf<never>();
  });
});

describe('LanguageModelV3 (ai@6)', () => {
  it('maps finish reasons (no interrupted), usage, warnings and stream parts to V3 types', () => {
    expectTypeOf<Mapped<typeof V3_OUTPUT.finishReason>>().toEqualTypeOf<V3.LanguageModelV3FinishReason>();
    expectTypeOf<Mapped<typeof V3_OUTPUT.usage>>().toEqualTypeOf<V3.LanguageModelV3Usage>();
    expectTypeOf<Mapped<typeof V3_OUTPUT.warning>>().toEqualTypeOf<V3.SharedV3Warning>();
    expectTypeOf<Mapped<typeof V3_OUTPUT.streamPart>>().toEqualTypeOf<V3.LanguageModelV3StreamPart>();
  });

  it('passes every other stream part through with the same fields', () => {
    expectTypeOf<PassThroughFields<V3.LanguageModelV3StreamPart>>().toEqualTypeOf<AllSame<PassThroughType>>();
  });

  it('returns content, usage and the generate result with the same fields', () => {
    expectTypeOf<SameFields<MiniMaxGenerateResult, V3.LanguageModelV3GenerateResult>>().toEqualTypeOf<[never, never]>();
    expectTypeOf<SameFields<Part<MiniMaxContent, 'text'>, V3.LanguageModelV3Text>>().toEqualTypeOf<[never, never]>();
    expectTypeOf<SameFields<Part<MiniMaxContent, 'reasoning'>, V3.LanguageModelV3Reasoning>>().toEqualTypeOf<[never, never]>();
    expectTypeOf<SameFields<Part<MiniMaxContent, 'tool-call'>, V3.LanguageModelV3ToolCall>>().toEqualTypeOf<[never, never]>();
    expectTypeOf<SameFields<MiniMaxUsage, V3.LanguageModelV3Usage>>().toEqualTypeOf<[never, never]>();
  });

  it('reads call options by their V3 names (V3 has no reasoning option)', () => {
    expectTypeOf<Exclude<keyof MiniMaxCallOptions, keyof V3.LanguageModelV3CallOptions>>().toEqualTypeOf<'reasoning'>();
  });
});

describe('LanguageModelV2 (ai@5)', () => {
  type V2Generate = Awaited<ReturnType<V2.LanguageModelV2['doGenerate']>>;

  it('maps finish reasons, usage, warnings and stream parts to V2 types', () => {
    expectTypeOf<Mapped<typeof V2_OUTPUT.finishReason>>().toEqualTypeOf<V2.LanguageModelV2FinishReason>();
    expectTypeOf<Mapped<typeof V2_OUTPUT.usage>>().toEqualTypeOf<V2.LanguageModelV2Usage>();
    expectTypeOf<Mapped<typeof V2_OUTPUT.warning>>().toEqualTypeOf<V2.LanguageModelV2CallWarning>();
    expectTypeOf<Mapped<typeof V2_OUTPUT.streamPart>>().toEqualTypeOf<V2.LanguageModelV2StreamPart>();
  });

  it('passes every other stream part through with the same fields', () => {
    expectTypeOf<PassThroughFields<V2.LanguageModelV2StreamPart>>().toEqualTypeOf<AllSame<PassThroughType>>();
  });

  it('returns content and the generate result with the same fields', () => {
    expectTypeOf<SameFields<MiniMaxGenerateResult, V2Generate>>().toEqualTypeOf<[never, never]>();
    expectTypeOf<SameFields<Part<MiniMaxContent, 'text'>, V2.LanguageModelV2Text>>().toEqualTypeOf<[never, never]>();
    expectTypeOf<SameFields<Part<MiniMaxContent, 'reasoning'>, V2.LanguageModelV2Reasoning>>().toEqualTypeOf<[never, never]>();
    expectTypeOf<SameFields<Part<MiniMaxContent, 'tool-call'>, V2.LanguageModelV2ToolCall>>().toEqualTypeOf<[never, never]>();
  });

  it('reads call options by their V2 names (V2 has no reasoning option)', () => {
    expectTypeOf<Exclude<keyof MiniMaxCallOptions, keyof V2.LanguageModelV2CallOptions>>().toEqualTypeOf<'reasoning'>();
  });
});

describe('LanguageModelV1 (ai@4)', () => {
  type V1Generate = Awaited<ReturnType<V1.LanguageModelV1['doGenerate']>>;

  it('maps finish reasons, usage and warnings to V1 types', () => {
    expectTypeOf(toV1FinishReason).returns.toEqualTypeOf<V1.LanguageModelV1FinishReason>();
    expectTypeOf(toV1Usage).returns.toEqualTypeOf<V1Generate['usage']>();
    expectTypeOf(toV1Warning).returns.toEqualTypeOf<V1.LanguageModelV1CallWarning>();
  });

  it('names the V1 result and usage fields it fills', () => {
    // V1 is mapped field by field (no pass-through): these are the names the adapter writes.
    expectTypeOf<RequiredKeys<V1Generate>>().toEqualTypeOf<'finishReason' | 'usage' | 'rawCall'>();
    expectTypeOf<keyof V1Generate['usage']>().toEqualTypeOf<'promptTokens' | 'completionTokens'>();
    expectTypeOf<Part<V1.LanguageModelV1StreamPart, 'text-delta'>>().toEqualTypeOf<{ type: 'text-delta'; textDelta: string }>();
    expectTypeOf<Part<V1.LanguageModelV1StreamPart, 'reasoning'>>().toEqualTypeOf<{ type: 'reasoning'; textDelta: string }>();
    expectTypeOf<RequiredKeys<Part<V1.LanguageModelV1StreamPart, 'tool-call-delta'>>>().toEqualTypeOf<
      'type' | 'toolCallType' | 'toolCallId' | 'toolName' | 'argsTextDelta'
    >();
  });
});
