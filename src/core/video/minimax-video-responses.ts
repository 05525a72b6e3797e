/**
 * The answers of MiniMax's two video APIs (their `base_resp` / HTTP errors are checked before these schemas).
 * Ids are read as strings: MiniMax's int64 ids exceed JavaScript's safe integers (see `VIDEO_ID_FIELDS`).
 */
import { z } from 'zod/v4';

/** Fields whose bare integers are quoted before parsing, so no id is rounded. */
export const VIDEO_ID_FIELDS = ['task_id', 'file_id', 'id'] as const;

const id = z.union([z.string(), z.number()]).transform(String);
const optionalNumber = z.number().nullish();

/** `POST /v1/video_generation` and `POST /v2/video_generation` */
export const minimaxVideoCreateResponseSchema = z.object({ task_id: id.nullish() });

/** `GET /v1/query/video_generation?task_id=` */
export const minimaxVideoV1QueryResponseSchema = z.object({
  task_id: id.nullish(),
  status: z.string().nullish(),
  file_id: id.nullish(),
  video_width: optionalNumber,
  video_height: optionalNumber,
});

/** `GET /v1/files/retrieve?file_id=` */
export const minimaxFileRetrieveResponseSchema = z.object({
  file: z
    .object({
      file_id: id.nullish(),
      bytes: optionalNumber,
      filename: z.string().nullish(),
      download_url: z.string().nullish(),
    })
    .nullish(),
});

/** `GET /v2/query/video_generation/{task_id}` */
export const minimaxVideoV2QueryResponseSchema = z.object({
  task: z.object({
    id: id.nullish(),
    status: z.string().nullish(),
    content: z.object({ url: z.string().nullish() }).nullish(),
    resolution: z.string().nullish(),
    duration: optionalNumber,
    ratio: z.string().nullish(),
    usage: z
      .object({
        total_seconds: optionalNumber,
        input_seconds: optionalNumber,
        output_seconds: optionalNumber,
        input_image_count: optionalNumber,
        total_tokens: optionalNumber,
      })
      .nullish(),
    error: z.object({ code: z.union([z.string(), z.number()]).nullish(), message: z.string().nullish() }).nullish(),
  }),
});

export type MiniMaxVideoV2Task = z.infer<typeof minimaxVideoV2QueryResponseSchema>['task'];
