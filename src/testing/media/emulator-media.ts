/**
 * The emulator's media APIs, dispatched from `minimax-emulator.ts`: image generation, both video APIs and the CDN
 * the generated files are downloaded from. Scripted answers have their own queues (`enqueueImage`,
 * `enqueueVideo`), separate from the chat queue. Errors follow MiniMax: the v1 endpoints answer HTTP 200 with a
 * `base_resp`, the v2 video API real HTTP statuses with an OpenAI-style body.
 */
import type { ServerResponse } from 'node:http';
import { buildHttpErrorBody, buildInvalidParamsBody } from '../chat/emulator-chat-responses.js';
import { sendJson, sendRaw } from '../shared/emulator-http.js';
import { IMAGE_GENERATION_PATH, generateImages, validateImageRequest } from '../image/emulator-image-generation.js';
import { validateV1VideoRequest, validateV2VideoRequest } from '../video/emulator-video-validation.js';
import { EmulatorVideoTasks, type VideoTaskTiming } from '../video/emulator-video-tasks.js';
import { EmulatorFileStore } from './emulator-files.js';
import type { EmulatorCallbackDelivery, EmulatorVideoTask, ScriptedImageGeneration, ScriptedVideoTask } from './emulator-media-types.js';

/** A request as `minimax-emulator.ts` has read and recorded it. */
export interface MediaRequest {
  method: string;
  pathname: string;
  query: URLSearchParams;
  body: any;
  invalidJson: boolean;
  /** The emulator's API key check passed (or none is configured). */
  authorized: boolean;
}

const OK = { status_code: 0, status_msg: 'success' };
const baseResp = (code: number, message: string) => ({ base_resp: { status_code: code, status_msg: message } });
const AUTH_MESSAGE = "login fail: Please carry the API secret key in the 'Authorization' field of the request header";
const V2_ERROR_TYPES: Record<number, [string, number]> = {
  1002: ['rate_limit_error', 429],
  1004: ['authorized_error', 401],
  1008: ['insufficient_balance_error', 402],
  1026: ['bad_request_error', 400],
  2013: ['bad_request_error', 400],
};

export interface EmulatorMedia {
  handle(res: ServerResponse, request: MediaRequest): Promise<boolean>;
  enqueueImage(...responses: ScriptedImageGeneration[]): void;
  enqueueVideo(...tasks: ScriptedVideoTask[]): void;
  readonly videoTasks: readonly EmulatorVideoTask[];
  readonly callbacks: readonly EmulatorCallbackDelivery[];
  reset(): void;
}

export function createEmulatorMedia(options: { baseUrl: () => string } & VideoTaskTiming): EmulatorMedia {
  const files = new EmulatorFileStore();
  const tasks = new EmulatorVideoTasks(files, options.baseUrl, options);
  const imageQueue: ScriptedImageGeneration[] = [];
  const videoQueue: ScriptedVideoTask[] = [];
  /** Queries of `hangQueries` tasks, left unanswered until the client goes away or the emulator resets. */
  const hanging = new Set<ServerResponse>();
  const hang = (res: ServerResponse): true => {
    hanging.add(res);
    res.on('close', () => hanging.delete(res));
    return true;
  };

  /** The v1 endpoints: POST or GET as MiniMax serves them, failures as `base_resp` in HTTP 200. */
  function v1(res: ServerResponse, request: MediaRequest, method: 'GET' | 'POST', answer: () => unknown): true {
    if (request.method !== method) sendJson(res, 405, buildHttpErrorBody('bad_request_error', `method ${request.method} not allowed`, 405), { allow: method });
    else if (!request.authorized) sendJson(res, 200, baseResp(1004, AUTH_MESSAGE));
    else if (request.invalidJson) sendJson(res, 200, baseResp(2013, 'invalid params, request body is not valid JSON'));
    else {
      const body = answer();
      if (typeof body === 'string') sendRaw(res, 200, body, { 'content-type': 'application/json' });
      else sendJson(res, 200, body);
    }
    return true;
  }

  /** The v2 video API: real HTTP statuses, OpenAI-style error bodies. */
  function v2(res: ServerResponse, request: MediaRequest, method: 'GET' | 'POST', answer: () => { status: number; body: unknown }): true {
    if (request.method !== method) sendJson(res, 405, buildHttpErrorBody('bad_request_error', `method ${request.method} not allowed`, 405), { allow: method });
    else if (!request.authorized) sendJson(res, 401, buildHttpErrorBody('authorized_error', `${AUTH_MESSAGE} (1004)`, 401));
    else if (request.invalidJson) sendJson(res, 400, buildInvalidParamsBody('request body is not valid JSON'));
    else {
      const { status, body } = answer();
      if (typeof body === 'string') sendRaw(res, status, body, { 'content-type': 'application/json' });
      else sendJson(res, status, body);
    }
    return true;
  }

  async function handle(res: ServerResponse, request: MediaRequest): Promise<boolean> {
    const { pathname, query, body } = request;
    if (files.serve(res, request.method, pathname)) return true;

    if (pathname === IMAGE_GENERATION_PATH) {
      return v1(res, request, 'POST', () => {
        const problem = validateImageRequest(body);
        return problem ? baseResp(2013, `invalid params, ${problem}`) : generateImages(body, imageQueue.shift(), files, options.baseUrl());
      });
    }
    if (pathname === '/v1/video_generation') {
      return v1(res, request, 'POST', () => {
        const problem = validateV1VideoRequest(body);
        if (problem) return baseResp(2013, `invalid params, ${problem}`);
        const scripted = videoQueue.shift();
        if (scripted?.createError) return baseResp(scripted.createError.code, scripted.createError.message);
        return { task_id: tasks.create('v1', body, scripted).taskId, base_resp: OK };
      });
    }
    if (pathname === '/v1/query/video_generation') {
      if (request.authorized && tasks.find('v1', query.get('task_id') ?? '')?.hangQueries) return hang(res);
      return v1(res, request, 'GET', () => {
        const task = tasks.find('v1', query.get('task_id') ?? '');
        return task ? tasks.query(task) : baseResp(2013, 'invalid params, task_id not found');
      });
    }
    if (pathname === '/v1/files/retrieve') {
      return v1(res, request, 'GET', () => tasks.retrieveFile(query.get('file_id') ?? '') ?? baseResp(2013, 'invalid params, file_id not found'));
    }
    if (pathname === '/v2/video_generation') {
      return v2(res, request, 'POST', () => {
        const problem = validateV2VideoRequest(body);
        if (problem) return { status: 400, body: buildInvalidParamsBody(problem) };
        const scripted = videoQueue.shift();
        if (scripted?.createError) {
          const { code, message } = scripted.createError;
          const [type, status] = V2_ERROR_TYPES[code] ?? ['server_error', 500];
          return { status, body: buildHttpErrorBody(type, `${message} (${code})`, status) };
        }
        return { status: 200, body: { task_id: tasks.create('v2', body, scripted).taskId } };
      });
    }
    const v2Query = /^\/v2\/query\/video_generation\/([^/]+)$/.exec(pathname);
    if (v2Query) {
      if (request.authorized && tasks.find('v2', decodeURIComponent(v2Query[1]))?.hangQueries) return hang(res);
      return v2(res, request, 'GET', () => {
        const task = tasks.find('v2', decodeURIComponent(v2Query[1]));
        return task ? { status: 200, body: tasks.query(task) } : { status: 400, body: buildInvalidParamsBody('invalid task_id') };
      });
    }
    return false;
  }

  return {
    handle,
    enqueueImage: (...responses) => void imageQueue.push(...responses),
    enqueueVideo: (...scripted) => void videoQueue.push(...scripted),
    get videoTasks() {
      return tasks.tasks;
    },
    get callbacks() {
      return tasks.callbacks;
    },
    reset() {
      imageQueue.length = 0;
      videoQueue.length = 0;
      for (const res of hanging) res.destroy();
      hanging.clear();
      tasks.reset();
      files.clear();
    },
  };
}
