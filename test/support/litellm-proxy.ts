/**
 * A LiteLLM-shaped proxy on loopback, in front of an upstream MiniMax (the emulator), for the proxy tests. It does
 * what LiteLLM's proxy is documented (and read from its source) to do with MiniMax models
 * (`../shared/docs/minimax-api.md`, "Behind a LiteLLM proxy"); it is written here, not taken from LiteLLM:
 *
 * - a model list maps each of the proxy's model names to a MiniMax model; requests carry the proxy's key
 *   (`Authorization: Bearer` or `x-api-key`), a wrong one gets 401 `{"error":{…,"type":"auth_error","code":"401"}}`;
 * - chat (`/chat/completions`, `/v1/chat/completions`): the answer names the model the client asked for; reasoning
 *   arrives as `reasoning_content` only (`reasoning_details` is not forwarded, a `<think>…</think>` that opens a
 *   JSON answer's content is moved there); stream chunks carry the role on the first chunk only, then a finish
 *   chunk with an empty delta, a usage chunk and `data: [DONE]`;
 * - an upstream HTTP error becomes `{"error":{"message":"litellm.<Kind>Error: MinimaxException - <upstream body>",
 *   "type":null,"param":null,"code":"<status>"}}` with the same status; an error in the middle of a stream becomes
 *   one `data: {"error":{…}}` event, and the stream stops;
 * - messages (`/v1/messages`): MiniMax's Anthropic-compatible body and events pass through unchanged;
 * - `/anthropic/*` is LiteLLM's pass-through to Anthropic itself, not to MiniMax: answered as Anthropic would
 *   refuse a MiniMax request, and recorded, so that a test can tell a request went there.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export interface LiteLLMProxyOptions {
  /** The upstream MiniMax: its host (e.g. the emulator's `url`) and key. */
  upstream: { url: string; apiKey: string };
  /** The proxy's own key. Default `sk-1234` (the seed's). */
  masterKey?: string;
  /** Proxy model name → MiniMax model id, e.g. `{ 'minimax/MiniMax-M2.1': 'MiniMax-M2.1', fast: 'MiniMax-M2.1' }`. */
  models: Record<string, string>;
}

export interface LiteLLMProxy {
  /** `http://127.0.0.1:<port>` (LiteLLM's routes hang off the root and `/v1`). */
  url: string;
  /** Every request the proxy received: method, path and JSON body. */
  requests: Array<{ method: string; path: string; body: any }>;
  close(): Promise<void>;
}

const EXCEPTIONS: Record<number, string> = {
  400: 'BadRequestError',
  401: 'AuthenticationError',
  403: 'PermissionDeniedError',
  404: 'NotFoundError',
  408: 'Timeout',
  422: 'UnprocessableEntityError',
  429: 'RateLimitError',
  500: 'InternalServerError',
  503: 'ServiceUnavailableError',
};

function proxyError(status: number, message: string, type: string | null = null, param: string | null = null) {
  return { error: { message, type, param, code: String(status) } };
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const parts: Buffer[] = [];
  for await (const part of req) parts.push(part as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

/** The data of each server-sent event of a body, in order. */
async function* sseData(body: ReadableStream<Uint8Array>): AsyncGenerator<string> {
  const decoder = new TextDecoder();
  let buffer = '';
  for await (const bytes of body as unknown as AsyncIterable<Uint8Array>) {
    buffer += decoder.decode(bytes, { stream: true }).replace(/\r\n/g, '\n');
    let end: number;
    while ((end = buffer.indexOf('\n\n')) !== -1) {
      const event = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = event
        .split('\n')
        .filter((line) => line.startsWith('data:'))
        .map((line) => line.slice(5).trim())
        .join('\n');
      if (data) yield data;
    }
  }
}

/** A JSON answer's message as LiteLLM returns it: reasoning in `reasoning_content` only. */
function liteMessage(message: any) {
  let content: string | null = typeof message?.content === 'string' ? message.content : null;
  let reasoning: string | undefined = message?.reasoning_content ?? undefined;
  const think = content?.match(/^\s*<think>([\s\S]*?)<\/think>\s*/);
  if (think && content) {
    reasoning = (reasoning ?? '') + think[1];
    content = content.slice(think[0].length);
  }
  return {
    content,
    role: 'assistant',
    tool_calls: message?.tool_calls ?? null,
    function_call: null,
    ...(reasoning !== undefined ? { reasoning_content: reasoning } : {}),
  };
}

export async function startLiteLLMProxy(options: LiteLLMProxyOptions): Promise<LiteLLMProxy> {
  const masterKey = options.masterKey ?? 'sk-1234';
  const requests: LiteLLMProxy['requests'] = [];

  const authorized = (req: IncomingMessage) => {
    const bearer = /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
    return bearer === masterKey || req.headers['x-api-key'] === masterKey;
  };

  async function upstreamError(res: ServerResponse, upstream: Response): Promise<void> {
    const text = await upstream.text();
    const kind = EXCEPTIONS[upstream.status] ?? 'APIError';
    send(res, upstream.status, proxyError(upstream.status, `litellm.${kind}: MinimaxException - ${text}`));
  }

  async function chat(res: ServerResponse, body: any, upstreamModel: string): Promise<void> {
    const upstream = await fetch(`${options.upstream.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.upstream.apiKey}` },
      body: JSON.stringify({ ...body, model: upstreamModel }),
    });
    if (!upstream.ok) return upstreamError(res, upstream);
    const requested = body.model;
    if (!body.stream) {
      const json: any = await upstream.json();
      const choice = json.choices?.[0];
      send(res, 200, {
        id: json.id,
        created: json.created,
        model: requested,
        object: 'chat.completion',
        system_fingerprint: null,
        choices: [{ finish_reason: choice?.finish_reason ?? 'stop', index: 0, message: liteMessage(choice?.message) }],
        usage: json.usage,
      });
      return;
    }

    res.statusCode = 200;
    res.setHeader('content-type', 'text/event-stream');
    const write = (value: unknown) => res.write(`data: ${JSON.stringify(value)}\n\n`);
    let first = true;
    let id = '';
    let created = 0;
    let finish: string | undefined;
    let usage: unknown;
    for await (const data of sseData(upstream.body!)) {
      if (data === '[DONE]') break;
      const chunk = JSON.parse(data);
      if (chunk.base_resp && chunk.base_resp.status_code !== 0) {
        // An error in the middle of the stream: one error event, then the stream stops.
        write(proxyError(500, `litellm.APIError: MinimaxException - ${chunk.base_resp.status_msg} (${chunk.base_resp.status_code})`));
        res.end();
        return;
      }
      id ||= chunk.id;
      created ||= chunk.created;
      if (chunk.usage && (chunk.usage.total_tokens ?? 0) > 0) usage = chunk.usage;
      const choice = chunk.choices?.[0];
      if (!choice) continue;
      if (choice.finish_reason) finish = choice.finish_reason;
      const upstreamDelta = choice.delta ?? {};
      const delta: Record<string, unknown> = {};
      if (first) delta.role = 'assistant';
      if (upstreamDelta.reasoning_content) delta.reasoning_content = upstreamDelta.reasoning_content;
      if (upstreamDelta.content) delta.content = upstreamDelta.content;
      if (upstreamDelta.tool_calls) delta.tool_calls = upstreamDelta.tool_calls;
      if (Object.keys(delta).length === 0) continue;
      first = false;
      write({ id, created, model: requested, object: 'chat.completion.chunk', system_fingerprint: null, choices: [{ index: 0, delta }] });
    }
    const envelope = { id, created, model: requested, object: 'chat.completion.chunk', system_fingerprint: null };
    write({ ...envelope, choices: [{ finish_reason: finish ?? 'stop', index: 0, delta: {} }] });
    if (usage) write({ ...envelope, choices: [{ index: 0, delta: {} }], usage });
    res.end('data: [DONE]\n\n');
  }

  async function messages(res: ServerResponse, body: any, upstreamModel: string): Promise<void> {
    const upstream = await fetch(`${options.upstream.url}/anthropic/v1/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': options.upstream.apiKey, 'anthropic-version': '2023-06-01' },
      body: JSON.stringify({ ...body, model: upstreamModel }),
    });
    // Passed through unchanged: status, content type and body.
    res.statusCode = upstream.status;
    res.setHeader('content-type', upstream.headers.get('content-type') ?? 'application/json');
    for await (const bytes of upstream.body as unknown as AsyncIterable<Uint8Array>) res.write(bytes);
    res.end();
  }

  const server = createServer((req, res) => {
    void (async () => {
      const raw = await readBody(req);
      let body: any;
      try {
        body = raw ? JSON.parse(raw) : undefined;
      } catch {
        body = undefined;
      }
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      requests.push({ method: req.method ?? 'GET', path, body });
      if (path.startsWith('/anthropic/')) {
        // LiteLLM's pass-through to Anthropic: a MiniMax model and the proxy's key mean nothing there.
        send(res, 401, { type: 'error', error: { type: 'authentication_error', message: 'invalid x-api-key (Anthropic pass-through)' } });
        return;
      }
      const route = path === '/chat/completions' || path === '/v1/chat/completions' ? chat : path === '/v1/messages' ? messages : undefined;
      if (!route) {
        send(res, 404, proxyError(404, `Route not found: ${path}`));
        return;
      }
      if (!authorized(req)) {
        send(res, 401, proxyError(401, 'Authentication Error, Invalid proxy server token passed.', 'auth_error', 'None'));
        return;
      }
      const upstreamModel = options.models[body?.model];
      if (!upstreamModel) {
        send(res, 400, proxyError(400, `Invalid model name passed in model=${body?.model}.`, 'invalid_request_error', 'model'));
        return;
      }
      await route(res, body, upstreamModel);
    })().catch((error: unknown) => {
      if (!res.headersSent) send(res, 500, proxyError(500, `proxy failure: ${String(error)}`));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy: unexpected address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
