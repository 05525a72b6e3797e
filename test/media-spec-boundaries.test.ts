/**
 * The boundary between the neutral media core (images, video, speech) and each AI SDK spec, as types, in the style
 * of `spec-boundaries.test.ts`. These assertions are checked by the compiler (`npm run typecheck` compiles this
 * file; at run time `expectTypeOf` does nothing): renaming a field on either side — in the neutral media types, or
 * in a spec's image, video or speech types — fails here, naming the check (the entry of `Checks` that no longer
 * agrees), besides failing the adapter that maps it (which alone would not notice a new optional field the spec
 * lacks, or an optional spec option the neutral form no longer reads). The error names the checks that no longer
 * hold: `Type '"optionNames"' does not satisfy the constraint 'never'`.
 *
 * Call options are read name by name: `SameNames` is `[never, never]` when the neutral options have exactly the
 * spec's names, but for the spec's gaps named in each check. Results and parts are handed over field by field:
 * `SameFields` is `[never, never]` when the neutral form has no field the spec lacks and lacks no field the spec
 * requires.
 */
import type * as V4 from '@ai-sdk/provider';
import type * as V1 from '@ai-sdk/provider-v1';
import type * as V2 from '@ai-sdk/provider-v2';
import type * as V3 from '@ai-sdk/provider-v3';
import { describe, it } from 'vitest';
import { fromImageCallOptions, toImageSettingWarning } from '../src/adapters/image/image-model-adapter';
import { toFeatureWarning } from '../src/adapters/language-model/map-warnings';
import { toSpeechSettingWarnings, toSpeechV1Warnings } from '../src/adapters/speech/map-speech-warnings';
import { fromSpeechCallOptions, fromSpeechStreamOptions } from '../src/adapters/speech/speech-result';
import { fromVideoCallOptions } from '../src/adapters/video/video-model-adapter';
import { toV4VideoStartResult, toV4VideoStatusResult } from '../src/adapters/video/video-model-v4';
import type { MiniMaxImageCallMetadata, MiniMaxImageCallOptions, MiniMaxImageGenerateResult } from '../src/core/image/minimax-image-types';
import type { MiniMaxMediaFile } from '../src/core/media/minimax-media-file';
import type { JsonObject } from '../src/core/shared/minimax-neutral-types';
import type {
  MiniMaxAudioFormat,
  MiniMaxSpeechCallOptions,
  MiniMaxSpeechProviderRecord,
  MiniMaxSpeechResult,
  MiniMaxSpeechSetting,
  MiniMaxSpeechStreamOptions,
  MiniMaxSpeechStreamPart,
  MiniMaxSpeechStreamResult,
  MiniMaxSpeechTextPart,
  MiniMaxSpeechWarning,
} from '../src/core/speech/minimax-speech-types';
import type {
  MiniMaxVideoCallOptions,
  MiniMaxVideoData,
  MiniMaxVideoGenerateResult,
  MiniMaxVideoMetadata,
  MiniMaxVideoOperation,
  MiniMaxVideoStartResult,
  MiniMaxVideoStatusResult,
} from '../src/core/video/minimax-video-types';
import { expectAgreement, type Disagreeing, type Equal, type Part, type Same, type SameFields, type SameNames } from './support/spec-boundary-types';

type Extends<A, B> = [A] extends [B] ? true : false;
type Metadata<RESULT> = RESULT extends { providerMetadata?: infer METADATA } ? NonNullable<METADATA> : never;
type Warning<RESULT> = RESULT extends { warnings: Array<infer WARNING> } ? WARNING : never;
type Result<MODEL extends { doGenerate(...args: never[]): PromiseLike<unknown> }> = Awaited<ReturnType<MODEL['doGenerate']>>;

// Images

/**
 * What one of ImageModelV1..V4 must agree on with the neutral image form. `OPTION_GAPS`: neutral options the spec
 * has no name for; `RESULT_GAPS`: neutral result fields the spec has no place for (the adapter drops them);
 * `WARNING`: what the adapter's warning mapping returns.
 */
type ImageChecks<OPTIONS, RESULT, WARNING, OPTION_GAPS extends keyof MiniMaxImageCallOptions, RESULT_GAPS extends keyof MiniMaxImageGenerateResult> = {
  /** The neutral options are read by the spec's names. */
  optionNames: SameNames<Omit<MiniMaxImageCallOptions, OPTION_GAPS>, OPTIONS>;
  /** The spec's options are what the adapters' option mapping takes. */
  optionsIn: Extends<OPTIONS, Parameters<typeof fromImageCallOptions>[0]>;
  /** The result's fields are the spec's. */
  result: SameFields<Omit<MiniMaxImageGenerateResult, RESULT_GAPS>, RESULT>;
  /** The warnings are the spec's (V1/V2: `setting` is one of the spec's option names). */
  warnings: Extends<WARNING, Warning<RESULT>>;
  /** The metadata is JSON the spec takes (`{ images: JSONArray }` under the provider's name). */
  metadata: 'providerMetadata' extends RESULT_GAPS ? true : Extends<MiniMaxImageGenerateResult['providerMetadata'], Metadata<RESULT>>;
};
type ImageAgree = { optionNames: Same; optionsIn: true; result: Same; warnings: true; metadata: true };

/** V3/V4 reference images and masks: the neutral file's fields. V3/V4 image URLs carry no media type (video URLs do). */
type ImageFileChecks<FILE> = { [T in MiniMaxMediaFile['type']]: SameFields<Part<MiniMaxMediaFile, T>, Part<FILE, T>> };
type ImageFilesAgree = { file: Same; url: ['mediaType', never] };

// Video

/** What Experimental_VideoModelV3 and VideoModelV4 must agree on with the neutral video form for `doGenerate`. */
type VideoChecks<OPTIONS, RESULT, FILE, FRAME, DATA> = {
  /** The neutral options are read by the spec's names (`webhookUrl` is `doStart`'s only). */
  optionNames: SameNames<Omit<MiniMaxVideoCallOptions, 'webhookUrl'>, OPTIONS>;
  optionsIn: Extends<OPTIONS, Parameters<typeof fromVideoCallOptions>[0]>;
  frameImages: SameFields<NonNullable<MiniMaxVideoCallOptions['frameImages']>[number], FRAME>;
  files: { [T in MiniMaxMediaFile['type']]: SameFields<Part<MiniMaxMediaFile, T>, Part<FILE, T>> };
  result: SameFields<MiniMaxVideoGenerateResult, RESULT>;
  videos: { [T in MiniMaxVideoData['type']]: SameFields<Part<MiniMaxVideoData, T>, Part<DATA, T>> };
  warnings: Extends<ReturnType<typeof toFeatureWarning>, Warning<RESULT>>;
  metadata: Extends<MiniMaxVideoGenerateResult['providerMetadata'], Metadata<RESULT>>;
};
type VideoAgree = {
  optionNames: Same;
  optionsIn: true;
  frameImages: Same;
  files: { file: Same; url: Same };
  result: Same;
  videos: { url: Same; binary: Same };
  warnings: true;
  metadata: true;
};

// Speech

/**
 * What one of SpeechModelV1..V4 must agree on with the neutral speech form for `doGenerate`. `WARNING` is what the
 * adapter's warning mapping returns; `mediaType` is a neutral result field no spec has (the adapters drop it: it is
 * in `providerMetadata.minimax.mediaType`), and only V4 has `usage`.
 */
type SpeechChecks<OPTIONS, RESULT, WARNING, OPTION_GAPS extends keyof MiniMaxSpeechCallOptions, RESULT_GAPS extends keyof MiniMaxSpeechResult> = {
  optionNames: SameNames<Omit<MiniMaxSpeechCallOptions, OPTION_GAPS>, OPTIONS>;
  optionsIn: Extends<OPTIONS, Parameters<typeof fromSpeechCallOptions>[0]>;
  /** Every setting a neutral warning names is one of the spec's options (or one of its gaps, warned as `other`). */
  warningSettings: Exclude<MiniMaxSpeechSetting, keyof OPTIONS | OPTION_GAPS>;
  warnings: Extends<WARNING, Warning<RESULT>>;
  result: SameFields<Omit<MiniMaxSpeechResult, 'mediaType' | RESULT_GAPS>, RESULT>;
  metadata: Extends<MiniMaxSpeechProviderRecord, Metadata<RESULT>>;
};
type SpeechAgree = { optionNames: Same; optionsIn: true; warningSettings: never; warnings: true; result: Same; metadata: true };

describe('media spec boundaries', () => {
  it('ImageModelV4 (ai@7)', () => {
    type Checks = ImageChecks<V4.ImageModelV4CallOptions, V4.ImageModelV4Result, ReturnType<typeof toFeatureWarning>, never, never>;
    expectAgreement<Disagreeing<Checks, ImageAgree>>();
    expectAgreement<Disagreeing<ImageFileChecks<V4.ImageModelV4File>, ImageFilesAgree>>();
  });

  it('ImageModelV3 (ai@6)', () => {
    type Checks = ImageChecks<V3.ImageModelV3CallOptions, Result<V3.ImageModelV3>, ReturnType<typeof toFeatureWarning>, never, never>;
    expectAgreement<Disagreeing<Checks, ImageAgree>>();
    expectAgreement<Disagreeing<ImageFileChecks<V3.ImageModelV3File>, ImageFilesAgree>>();
  });

  it('ImageModelV2 (ai@5): no files, no mask', () => {
    type Checks = ImageChecks<V2.ImageModelV2CallOptions, Result<V2.ImageModelV2>, ReturnType<typeof toImageSettingWarning>, 'files' | 'mask', never>;
    expectAgreement<Disagreeing<Checks, ImageAgree>>();
  });

  it('ImageModelV1 (ai@4): no files, no mask, no metadata', () => {
    type Checks = ImageChecks<V1.ImageModelV1CallOptions, Result<V1.ImageModelV1>, ReturnType<typeof toImageSettingWarning>, 'files' | 'mask', 'providerMetadata'>;
    expectAgreement<Disagreeing<Checks, ImageAgree>>();
  });

  it('Experimental_VideoModelV4 (ai@7): doGenerate, doStart, doStatus', () => {
    type Checks = VideoChecks<
      V4.Experimental_VideoModelV4CallOptions,
      V4.Experimental_VideoModelV4Result,
      V4.Experimental_VideoModelV4File,
      V4.Experimental_VideoModelV4FrameImage,
      V4.Experimental_VideoModelV4VideoData
    >;
    expectAgreement<Disagreeing<Checks, VideoAgree>>();

    type Status = V4.Experimental_VideoModelV4OperationStatusResult;
    type StartStatusChecks = {
      /** `doStart` reads the call options and `webhookUrl`. */
      startOptionNames: SameNames<MiniMaxVideoCallOptions, Parameters<NonNullable<V4.Experimental_VideoModelV4['doStart']>>[0]>;
      start: SameFields<MiniMaxVideoStartResult, V4.Experimental_VideoModelV4OperationStartResult>;
      startMapping: Equal<ReturnType<typeof toV4VideoStartResult>, V4.Experimental_VideoModelV4OperationStartResult>;
      /** The operation is JSON: the SDK stores it and hands it back to `doStatus`. */
      operation: Extends<MiniMaxVideoOperation, V4.JSONValue>;
      statuses: [Exclude<MiniMaxVideoStatusResult['status'], Status['status']>, Exclude<Status['status'], MiniMaxVideoStatusResult['status']>];
      status: { [S in MiniMaxVideoStatusResult['status']]: SameFields<Extract<MiniMaxVideoStatusResult, { status: S }>, Extract<Status, { status: S }>> };
      statusMapping: Equal<ReturnType<typeof toV4VideoStatusResult>, Status>;
    };
    type StartStatusAgree = {
      startOptionNames: Same;
      start: Same;
      startMapping: true;
      operation: true;
      statuses: Same;
      status: { pending: Same; completed: Same; error: Same };
      statusMapping: true;
    };
    expectAgreement<Disagreeing<StartStatusChecks, StartStatusAgree>>();
  });

  it('Experimental_VideoModelV3 (ai@6)', () => {
    type Checks = VideoChecks<
      V3.Experimental_VideoModelV3CallOptions,
      Result<V3.Experimental_VideoModelV3>,
      V3.Experimental_VideoModelV3File,
      V3.Experimental_VideoModelV3FrameImage,
      V3.Experimental_VideoModelV3VideoData
    >;
    expectAgreement<Disagreeing<Checks, VideoAgree>>();
  });

  it('media metadata and the video operation are JSON (neutral JsonObject)', () => {
    type Checks = {
      image: Extends<MiniMaxImageCallMetadata, JsonObject>;
      video: Extends<MiniMaxVideoMetadata, JsonObject>;
      operation: Extends<MiniMaxVideoOperation, JsonObject>;
      speech: Extends<MiniMaxSpeechProviderRecord['minimax'], JsonObject>;
    };
    expectAgreement<Disagreeing<Checks, { image: true; video: true; operation: true; speech: true }>>();
  });

  it('SpeechModelV4 (ai@7) and its streaming extension', () => {
    type Checks = SpeechChecks<V4.SpeechModelV4CallOptions, V4.SpeechModelV4Result, MiniMaxSpeechWarning, never, never>;
    expectAgreement<Disagreeing<Checks, SpeechAgree>>();

    type StreamPart = V4.Experimental_SpeechModelV4StreamPart;
    type StreamChecks = {
      streamOptionNames: SameNames<MiniMaxSpeechStreamOptions, V4.Experimental_SpeechModelV4StreamOptions>;
      streamOptionsIn: Extends<V4.Experimental_SpeechModelV4StreamOptions, Parameters<typeof fromSpeechStreamOptions>[0]>;
      textPart: SameNames<MiniMaxSpeechTextPart, V4.Experimental_SpeechModelV4StreamTextPart>;
      audioFormat: SameFields<MiniMaxAudioFormat, V4.SharedV4AudioFormat>;
      /** Every neutral part is one of the spec's, with its fields. */
      partTypes: Exclude<MiniMaxSpeechStreamPart['type'], StreamPart['type']>;
      parts: { [T in MiniMaxSpeechStreamPart['type']]: SameFields<Part<MiniMaxSpeechStreamPart, T>, Part<StreamPart, T>> };
      usage: SameFields<Part<MiniMaxSpeechStreamPart, 'finish'>['usage'], V4.Experimental_SpeechModelV4StreamUsage>;
      streamResult: SameFields<MiniMaxSpeechStreamResult, V4.Experimental_SpeechModelV4StreamResult>;
    };
    type StreamAgree = {
      streamOptionNames: Same;
      streamOptionsIn: true;
      textPart: Same;
      audioFormat: Same;
      partTypes: never;
      parts: { 'stream-start': Same; 'response-metadata': Same; audio: Same; finish: Same; raw: Same; error: Same };
      usage: Same;
      streamResult: Same;
    };
    expectAgreement<Disagreeing<StreamChecks, StreamAgree>>();
  });

  it('SpeechModelV3 (ai@6): no usage', () => {
    type Checks = SpeechChecks<V3.SpeechModelV3CallOptions, Result<V3.SpeechModelV3>, MiniMaxSpeechWarning, never, 'usage'>;
    expectAgreement<Disagreeing<Checks, SpeechAgree>>();
  });

  it('SpeechModelV2 (ai@5): no usage, V1-style warnings', () => {
    type Warning = ReturnType<typeof toSpeechSettingWarnings>[number];
    type Checks = SpeechChecks<V2.SpeechModelV2CallOptions, Result<V2.SpeechModelV2>, Warning, never, 'usage'>;
    expectAgreement<Disagreeing<Checks, SpeechAgree>>();
  });

  it('SpeechModelV1 (ai@4): no language, no usage', () => {
    type Warning = ReturnType<typeof toSpeechV1Warnings>[number];
    type Checks = SpeechChecks<V1.SpeechModelV1CallOptions, Result<V1.SpeechModelV1>, Warning, 'language', 'usage'>;
    expectAgreement<Disagreeing<Checks, SpeechAgree>>();
  });
});
