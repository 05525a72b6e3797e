'use client';

import { useChat } from '@ai-sdk/react';
import { DefaultChatTransport, isToolUIPart, getToolName } from 'ai';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { ChatMessage, ChatRuntime } from '@/lib/chat-types';
import type { GeneratedImageResponse } from '@/lib/image';

const ROUTES: Record<ChatRuntime, string> = { node: '/api/chat', edge: '/api/chat-edge' };

function formatUSD(value: number | undefined): string {
  if (value === undefined) return 'n/a';
  return `$${value.toFixed(value > 0 && value < 0.01 ? 6 : 4)}`;
}

function json(value: unknown): string {
  return JSON.stringify(value);
}

/** The answer's text, read aloud by `/api/speech` (a streamed MP3 from MiniMax speech). */
function ReadAloud({ text }: { text: string }) {
  const [src, setSrc] = useState<string | undefined>();
  const [state, setState] = useState('idle');
  return (
    <span className="read-aloud">
      <button type="button" className="secondary" data-testid="read-aloud" disabled={!text} onClick={() => setSrc(`/api/speech?text=${encodeURIComponent(text)}`)}>
        Read aloud
      </button>
      {src && (
        <audio
          data-testid="answer-audio"
          data-state={state}
          src={src}
          controls
          autoPlay
          onCanPlay={() => setState((s) => (s === 'idle' || s === 'loading' ? 'canplay' : s))}
          onPlaying={() => setState('playing')}
          onEnded={() => setState('ended')}
          onError={() => setState('error')}
          onLoadStart={() => setState('loading')}
        />
      )}
    </span>
  );
}

export default function ChatPage() {
  const [runtime, setRuntime] = useState<ChatRuntime>('node');
  const [ready, setReady] = useState(false);
  const [input, setInput] = useState('');
  // Images: generated from the input text by `app/api/image` (MiniMax image-01).
  const [images, setImages] = useState<GeneratedImageResponse[]>([]);
  const [imageBusy, setImageBusy] = useState(false);
  const [imageError, setImageError] = useState<string | undefined>();

  // One transport; each request goes to the route of the runtime picked when it was sent.
  const transport = useMemo(
    () =>
      new DefaultChatTransport<ChatMessage>({
        api: ROUTES.node,
        prepareSendMessagesRequest: ({ id, messages, body }) => ({
          api: ROUTES[body?.runtime === 'edge' ? 'edge' : 'node'],
          body: { id, messages },
        }),
      }),
    [],
  );
  const { messages, sendMessage, setMessages, status, error, stop } = useChat<ChatMessage>({ transport });
  const busy = status === 'submitted' || status === 'streaming';

  // `?runtime=edge` picks the edge route.
  useEffect(() => {
    if (new URLSearchParams(window.location.search).get('runtime') === 'edge') setRuntime('edge');
    setReady(true);
  }, []);

  function chooseRuntime(next: ChatRuntime) {
    setRuntime(next);
    const url = new URL(window.location.href);
    if (next === 'edge') url.searchParams.set('runtime', 'edge');
    else url.searchParams.delete('runtime');
    window.history.replaceState(null, '', url);
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    const text = input.trim();
    if (!text || busy) return;
    void sendMessage({ text }, { body: { runtime } });
    setInput('');
  }

  async function makeImage() {
    const prompt = input.trim();
    if (!prompt || imageBusy) return;
    setImageBusy(true);
    setImageError(undefined);
    try {
      const response = await fetch('/api/image', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt }) });
      const body = (await response.json()) as GeneratedImageResponse & { error?: string };
      if (!response.ok) throw new Error(body.error ?? `HTTP ${response.status}`);
      setImages((previous) => [...previous, body]);
      setInput('');
    } catch (error) {
      setImageError(error instanceof Error ? error.message : String(error));
    } finally {
      setImageBusy(false);
    }
  }

  const answers = messages.filter((m) => m.role === 'assistant');
  const totalUSD = answers.reduce((sum, m) => sum + (m.metadata?.costUSD ?? 0), 0);

  return (
    <main data-ready={ready} data-status={status}>
      <header>
        <h1>MiniMax chat</h1>
        <div className="runtime" role="group" aria-label="API route runtime">
          {(['node', 'edge'] as const).map((r) => (
            <button
              key={r}
              type="button"
              aria-pressed={runtime === r}
              data-testid={`runtime-${r}`}
              onClick={() => chooseRuntime(r)}
            >
              {r === 'node' ? 'Node.js' : 'Edge'}
            </button>
          ))}
        </div>
        <p className="total" data-testid="total-cost" data-usd={totalUSD}>
          Conversation: <strong>{formatUSD(totalUSD)}</strong> · {answers.length} answer{answers.length === 1 ? '' : 's'}
        </p>
      </header>

      <section className="messages">
        {messages.length === 0 && images.length === 0 && (
          <p className="hint">Ask something, e.g. “What is the weather in Tokyo?”, or type a scene and press Image.</p>
        )}
        {messages.map((message) => (
          <article
            key={message.id}
            className={`message ${message.role}`}
            data-role={message.role}
            data-finished={message.metadata?.finishReason !== undefined}
          >
            {message.parts.map((part, i) => {
              if (part.type === 'text') {
                return (
                  <p key={i} className="text" data-testid="answer-text">
                    {part.text}
                  </p>
                );
              }
              if (part.type === 'reasoning') {
                return (
                  <details key={i} className="reasoning" data-testid="reasoning">
                    <summary>{part.state === 'streaming' ? 'Thinking…' : 'Reasoning'}</summary>
                    <p>{part.text}</p>
                  </details>
                );
              }
              if (isToolUIPart(part)) {
                return (
                  <div key={i} className="tool" data-testid="tool" data-state={part.state}>
                    <div className="tool-call">
                      <span className="tool-name">{getToolName(part)}</span>({part.input === undefined ? '' : json(part.input)})
                    </div>
                    {part.state === 'output-available' && (
                      <div className="tool-result" data-testid="tool-result">
                        → {json(part.output)}
                      </div>
                    )}
                    {part.state === 'output-error' && <div className="tool-error">→ {part.errorText}</div>}
                  </div>
                );
              }
              return null;
            })}
            {message.role === 'assistant' && message.metadata && (
              <footer className="meta" data-testid="answer-meta" data-runtime={message.metadata.runtime}>
                <span>
                  cost{' '}
                  <strong data-testid="answer-cost" data-usd={message.metadata.costUSD}>
                    {formatUSD(message.metadata.costUSD)}
                  </strong>
                </span>
                {message.metadata.usage && (
                  <span>
                    {message.metadata.usage.inputTokens} in / {message.metadata.usage.outputTokens} out tokens
                  </span>
                )}
                <span>
                  {message.metadata.steps ?? 0} step{message.metadata.steps === 1 ? '' : 's'}
                </span>
                <span>
                  {message.metadata.model} · {message.metadata.runtime} runtime · {message.metadata.backend}
                </span>
                {message.metadata.finishReason !== undefined && (
                  <ReadAloud text={message.parts.flatMap((p) => (p.type === 'text' ? [p.text] : [])).join('\n').trim()} />
                )}
              </footer>
            )}
          </article>
        ))}
        {images.map((image, i) => (
          <figure key={i} className="generated-image" data-testid="generated-image-card">
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={image.dataUrl} alt={image.prompt} data-testid="generated-image" />
            <figcaption>
              {image.prompt} · {image.model} · <strong data-testid="image-cost" data-usd={image.costUSD}>{formatUSD(image.costUSD)}</strong> ·{' '}
              {image.backend}
            </figcaption>
          </figure>
        ))}
        {imageBusy && <p className="hint">Generating the image…</p>}
        {imageError && (
          <p className="error" role="alert">
            {imageError}
          </p>
        )}
        {status === 'submitted' && <p className="hint">Waiting for the model…</p>}
        {error && (
          <p className="error" role="alert">
            {error.message}
          </p>
        )}
      </section>

      <form onSubmit={submit}>
        <input
          value={input}
          onChange={(e) => setInput(e.target.value)}
          placeholder="Message MiniMax"
          aria-label="Message"
          autoFocus
        />
        {busy ? (
          <button type="button" onClick={() => void stop()}>
            Stop
          </button>
        ) : (
          <button type="submit" disabled={!input.trim()}>
            Send
          </button>
        )}
        <button type="button" className="secondary" data-testid="image-button" disabled={busy || imageBusy || !input.trim()} onClick={() => void makeImage()}>
          Image
        </button>
        <button type="button" className="secondary" disabled={busy || messages.length === 0} onClick={() => setMessages([])}>
          New chat
        </button>
      </form>
    </main>
  );
}
