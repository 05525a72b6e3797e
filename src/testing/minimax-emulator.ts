/**
 * A local MiniMax-compatible HTTP server on 127.0.0.1: speaks the OpenAI-compatible chat-completions wire
 * and the Anthropic-compatible messages wire (JSON and SSE), answers both from one FIFO of scripted responses
 * or a default responder, emulates prompt caching on the messages wire, records every request and tracks
 * connections and client aborts.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { buildAuthErrorBody, buildHttpErrorBody } from './chat/emulator-chat-responses.js';
import { createDefaultReply } from './chat/emulator-chat-default-reply.js';
import { createMessagesDefaultReply } from './messages/emulator-messages-default-reply.js';
import { buildMessagesAuthErrorBody, buildMessagesErrorBody } from './messages/emulator-messages-responses.js';
import { EmulatorPromptCache } from './messages/emulator-prompt-cache.js';
import { messagesRequestContext, messagesResponder } from './messages/emulator-send-messages-response.js';
import { chatRequestContext, chatResponder } from './chat/emulator-send-chat-response.js';
import { sendJson } from './shared/emulator-http.js';
import { sendScriptedResponse } from './shared/emulator-scripted-response.js';
import type {
  MiniMaxEmulator,
  MiniMaxEmulatorOptions,
  RecordedRequest,
  ScriptedResponse,
} from './shared/emulator-types.js';
import { validateMessagesRequest } from './messages/emulator-validate-messages-request.js';
import { validateChatRequest } from './chat/emulator-validate-chat-request.js';
import type { EmulatorRejection } from './shared/emulator-model-rules.js';
import { createEmulatorSpeechRoute } from './speech/emulator-speech-route.js';
// Media APIs (images, video, file downloads).
import { createEmulatorMedia } from './media/emulator-media.js';

const CHAT_COMPLETIONS_PATH = '/v1/chat/completions';
const MESSAGES_PATH = '/anthropic/v1/messages';

/** What differs between the two wires once a request has been routed to one. */
interface Wire {
  /** An HTTP error body in the wire's shape. */
  errorBody(errorType: string, message: string, status: number): unknown;
  /** The 401 "login fail … (1004)" body. */
  authErrorBody(): unknown;
  /** Error type of a 400 for a body that is not JSON. */
  invalidRequestType: string;
  validate(body: unknown): EmulatorRejection | undefined;
  /** Answers a valid request with a scripted response, or the default one when the queue is empty. */
  respond(res: ServerResponse, body: any, scripted: ScriptedResponse | undefined): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    req.on('data', (part: Buffer) => parts.push(part));
    req.on('end', () => resolve(Buffer.concat(parts).toString('utf8')));
    req.on('error', reject);
    req.on('close', () => {
      if (!req.complete) reject(new Error('client closed the connection before sending the whole body'));
    });
  });
}

function lowerCaseHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function isAuthorized(headers: Record<string, string>, apiKey: string): boolean {
  const bearer = /^Bearer\s+(.+)$/i.exec(headers['authorization'] ?? '');
  return (bearer !== null && bearer[1].trim() === apiKey) || headers['x-api-key'] === apiKey;
}

/** Starts an emulator on 127.0.0.1 (random free port by default) and resolves once it listens. */
export async function createMiniMaxEmulator(options: MiniMaxEmulatorOptions = {}): Promise<MiniMaxEmulator> {
  const queue: ScriptedResponse[] = [];
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();
  const chunkDelayMs = options.chunkDelayMs ?? 0;
  const promptCache = new EmulatorPromptCache({ ttlMs: options.promptCacheTtlMs, now: options.now });
  // Speech (text-to-speech): its own route and FIFO of scripted answers.
  const speech = createEmulatorSpeechRoute({ chunkDelayMs, msPerCharacter: options.speechMsPerCharacter, url: () => url });
  let closedRequests = 0;
  let closing = false;
  let closePromise: Promise<void> | undefined;
  // Media APIs (images, video, file downloads): their own routes, queues and task state.
  const media = createEmulatorMedia({
    baseUrl: () => url,
    callbackIntervalMs: options.videoCallbackIntervalMs ?? 10,
    challengeTimeoutMs: options.callbackChallengeTimeoutMs ?? 3000,
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const socket = req.socket;
    res.on('close', () => {
      if (res.writableFinished) return;
      if (!closing) closedRequests++;
      // The client went away mid-response (e.g. a half-closed socket during a `hang`): drop the connection
      // so that `openConnections` reflects it at once.
      socket.destroy();
    });

    const rawBody = await readBody(req);
    const headers = lowerCaseHeaders(req);
    let body: any;
    let invalidJson = false;
    if (rawBody.trim() !== '') {
      try {
        body = JSON.parse(rawBody);
      } catch {
        invalidJson = true;
      }
    }
    const path = req.url ?? '/';
    const method = req.method ?? 'GET';
    requests.push({ method, path, headers, body, rawBody });

    const parsedPath = new URL(path, 'http://127.0.0.1');
    const pathname = parsedPath.pathname.replace(/\/+$/, '');
    const authorized = options.apiKey === undefined || isAuthorized(headers, options.apiKey);
    if (speech.handles(pathname)) {
      await speech.handle(res, { pathname, method, body, invalidJson, authorized });
      return;
    }
    // Media APIs (images, video, file downloads).
    if (await media.handle(res, { method, pathname, query: parsedPath.searchParams, body, invalidJson, authorized })) return;
    const anthropic = pathname === '/anthropic' || pathname.startsWith('/anthropic/');
    const wire = pathname === CHAT_COMPLETIONS_PATH ? chatWire : pathname === MESSAGES_PATH ? messagesWire : undefined;
    if (!wire) {
      const notFound = `404 page not found: ${pathname}`;
      sendJson(
        res,
        404,
        anthropic ? buildMessagesErrorBody('not_found_error', notFound) : buildHttpErrorBody('not_found_error', notFound, 404),
      );
      return;
    }
    if (method !== 'POST') {
      sendJson(res, 405, wire.errorBody('invalid_request_error', `method ${method} not allowed`, 405), { allow: 'POST' });
      return;
    }
    if (options.apiKey !== undefined && !isAuthorized(headers, options.apiKey)) {
      sendJson(res, 401, wire.authErrorBody());
      return;
    }
    if (invalidJson) {
      sendJson(
        res,
        400,
        wire.errorBody(wire.invalidRequestType, 'invalid params, request body is not valid JSON (2013)', 400),
      );
      return;
    }
    const rejection = wire.validate(body);
    if (rejection) {
      sendJson(res, rejection.status, rejection.body);
      return;
    }
    await wire.respond(res, body, queue.shift());
  }

  const chatWire: Wire = {
    errorBody: buildHttpErrorBody,
    authErrorBody: buildAuthErrorBody,
    invalidRequestType: 'bad_request_error',
    validate: validateChatRequest,
    async respond(res, body, scripted) {
      const response: ScriptedResponse = scripted ?? { type: 'reply', ...createDefaultReply(body) };
      await sendScriptedResponse(res, response, chatRequestContext(body, chunkDelayMs), chatResponder);
    },
  };

  const messagesWire: Wire = {
    errorBody: (errorType, message) => buildMessagesErrorBody(errorType, message),
    authErrorBody: buildMessagesAuthErrorBody,
    invalidRequestType: 'invalid_request_error',
    validate: validateMessagesRequest,
    async respond(res, body, scripted) {
      const response: ScriptedResponse = scripted ?? { type: 'reply', ...createMessagesDefaultReply(body) };
      // Only replies the emulator generates go through the prompt cache (scripted bodies carry their own usage).
      const promptUsage = response.type === 'reply' ? promptCache.account(body) : undefined;
      await sendScriptedResponse(res, response, messagesRequestContext(body, chunkDelayMs, promptUsage), messagesResponder);
    },
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      sendJson(res, 500, buildHttpErrorBody('api_error', `emulator error: ${String(error)}`, 500));
    });
  });
  server.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('emulator: unexpected server address');
  const url = `http://127.0.0.1:${address.port}`;

  return {
    url,
    baseURL: `${url}/v1`,
    anthropicBaseURL: `${url}/anthropic/v1`,
    requests,
    speech: speech.api,
    enqueue(...responses: ScriptedResponse[]) {
      queue.push(...responses);
    },
    // Media APIs (images, video).
    enqueueImage: media.enqueueImage,
    enqueueVideo: media.enqueueVideo,
    get videoTasks() {
      return media.videoTasks;
    },
    get callbacks() {
      return media.callbacks;
    },
    reset() {
      queue.length = 0;
      requests.length = 0;
      closedRequests = 0;
      promptCache.clear();
      speech.reset();
      media.reset();
    },
    get openConnections() {
      return sockets.size;
    },
    get closedRequests() {
      return closedRequests;
    },
    close() {
      closePromise ??= (async () => {
        closing = true;
        media.reset();
        const serverClosed = new Promise<void>((resolve) => server.close(() => resolve()));
        // Sockets still in the set have not emitted 'close' yet (they leave the set on 'close').
        const socketsClosed = [...sockets].map(
          (socket) => new Promise<void>((resolve) => socket.once('close', () => resolve())),
        );
        for (const socket of sockets) socket.destroy();
        await Promise.all([serverClosed, ...socketsClosed]);
      })();
      return closePromise;
    },
  };
}
