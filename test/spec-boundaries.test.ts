/**
 * The boundary between the neutral core and each AI SDK spec, as types. These
 * assertions are checked by the compiler (`npm run typecheck` compiles this
 * file; at run time `expectTypeOf` does nothing): renaming a field on either
 * side — in the neutral types, or in a future `@ai-sdk/provider` major — fails
 * here, naming the check, besides failing the adapter that maps it (which
 * alone would not notice a new optional field the spec lacks).
 *
 * "The same fields" (`SameFields` is `[never, never]`): the neutral form has
 * no field the spec lacks, and lacks no field the spec requires.
 */
import type * as V4 from '@ai-sdk/provider';
import type * as V1 from '@ai-sdk/provider-v1';
import type * as V2 from '@ai-sdk/provider-v2';
import type * as V3 from '@ai-sdk/provider-v3';
import { describe, expectTypeOf, it } from 'vitest';
import { toV1FinishReason, toV1Usage, toV1Warning } from '../src/adapters/language-model/language-model-v1';
import { V2_OUTPUT } from '../src/adapters/language-model/language-model-v2';
import type { PassThroughStreamPart, SpecOutput } from '../src/adapters/language-model/language-model-v2-v3-v4';
import { V3_OUTPUT } from '../src/adapters/language-model/language-model-v3';
import { V4_OUTPUT } from '../src/adapters/language-model/language-model-v4';
import type { MiniMaxCallOptions, MiniMaxContent, MiniMaxGenerateResult } from '../src/core/shared/minimax-neutral-types';
import type { Part, RequiredKeys, Same, SameFields } from './support/spec-boundary-types';

/** What one of V2, V3, V4 must agree on with the neutral form; every entry `Same` (or `true`) when it does. */
type SpecChecks<OUTPUT, PART, FINISH, USAGE, WARNING, GENERATE, CONTENT, OPTIONS> = {
  /** Each `SpecOutput` function returns the spec's own type. */
  output: OUTPUT extends SpecOutput<infer P, infer F, infer U, infer W> ? [P, F, U, W] extends [PART, FINISH, USAGE, WARNING] ? ([PART, FINISH, USAGE, WARNING] extends [P, F, U, W] ? true : false) : false : false;
  /** Every part passed through has the spec's fields. */
  parts: { [T in PassThroughStreamPart['type']]: SameFields<Part<PassThroughStreamPart, T>, Part<PART, T>> };
  content: { [T in MiniMaxContent['type']]: SameFields<Part<MiniMaxContent, T>, Part<CONTENT, T>> };
  generate: SameFields<MiniMaxGenerateResult, GENERATE>;
  /** The neutral call options are read by the spec's names (only V4 has `reasoning`). */
  options: Exclude<keyof MiniMaxCallOptions, keyof OPTIONS | 'reasoning'>;
};
type AllAgree = {
  output: true;
  parts: { [T in PassThroughStreamPart['type']]: Same };
  content: { [T in MiniMaxContent['type']]: Same };
  generate: Same;
  options: never;
};

describe('spec boundaries', () => {
  it('LanguageModelV4 (ai@7)', () => {
    type Checks = SpecChecks<
      typeof V4_OUTPUT,
      V4.LanguageModelV4StreamPart,
      V4.LanguageModelV4FinishReason,
      V4.LanguageModelV4Usage,
      V4.SharedV4Warning,
      V4.LanguageModelV4GenerateResult,
      V4.LanguageModelV4Content,
      V4.LanguageModelV4CallOptions
    >;
    expectTypeOf<Checks>().toEqualTypeOf<AllAgree>();
    // The neutral usage is V4's, field for field.
    expectTypeOf<SameFields<MiniMaxGenerateResult['usage'], V4.LanguageModelV4Usage>>().toEqualTypeOf<Same>();
    expectTypeOf<'reasoning'>().toExtend<keyof V4.LanguageModelV4CallOptions>();
  });

  it('LanguageModelV3 (ai@6)', () => {
    type Checks = SpecChecks<
      typeof V3_OUTPUT,
      V3.LanguageModelV3StreamPart,
      V3.LanguageModelV3FinishReason,
      V3.LanguageModelV3Usage,
      V3.SharedV3Warning,
      V3.LanguageModelV3GenerateResult,
      V3.LanguageModelV3Content,
      V3.LanguageModelV3CallOptions
    >;
    expectTypeOf<Checks>().toEqualTypeOf<AllAgree>();
    expectTypeOf<SameFields<MiniMaxGenerateResult['usage'], V3.LanguageModelV3Usage>>().toEqualTypeOf<Same>();
  });

  it('LanguageModelV2 (ai@5)', () => {
    type Checks = SpecChecks<
      typeof V2_OUTPUT,
      V2.LanguageModelV2StreamPart,
      V2.LanguageModelV2FinishReason,
      V2.LanguageModelV2Usage,
      V2.LanguageModelV2CallWarning,
      Awaited<ReturnType<V2.LanguageModelV2['doGenerate']>>,
      V2.LanguageModelV2Content,
      V2.LanguageModelV2CallOptions
    >;
    expectTypeOf<Checks>().toEqualTypeOf<AllAgree>();
  });

  it('LanguageModelV1 (ai@4): mapped field by field, by these names', () => {
    type V1Generate = Awaited<ReturnType<V1.LanguageModelV1['doGenerate']>>;
    expectTypeOf(toV1FinishReason).returns.toEqualTypeOf<V1.LanguageModelV1FinishReason>();
    expectTypeOf(toV1Usage).returns.toEqualTypeOf<V1Generate['usage']>();
    expectTypeOf(toV1Warning).returns.toEqualTypeOf<V1.LanguageModelV1CallWarning>();
    expectTypeOf<RequiredKeys<V1Generate>>().toEqualTypeOf<'finishReason' | 'usage' | 'rawCall'>();
    expectTypeOf<keyof V1Generate['usage']>().toEqualTypeOf<'promptTokens' | 'completionTokens'>();
    expectTypeOf<Part<V1.LanguageModelV1StreamPart, 'text-delta'>>().toEqualTypeOf<{ type: 'text-delta'; textDelta: string }>();
    expectTypeOf<Part<V1.LanguageModelV1StreamPart, 'reasoning'>>().toEqualTypeOf<{ type: 'reasoning'; textDelta: string }>();
    expectTypeOf<RequiredKeys<Part<V1.LanguageModelV1StreamPart, 'tool-call-delta'>>>().toEqualTypeOf<
      'type' | 'toolCallType' | 'toolCallId' | 'toolName' | 'argsTextDelta'
    >();
  });
});
