/**
 * An AbortController whose signal also aborts when `parent` does (with the parent's reason). `dispose()` detaches
 * it from the parent, so a long-lived caller signal does not keep a listener per call. Works where
 * `AbortSignal.any` does not exist (Node 18).
 */
export function linkedAbortController(parent: AbortSignal | undefined): { controller: AbortController; dispose(): void } {
  const controller = new AbortController();
  if (!parent) return { controller, dispose: () => {} };
  if (parent.aborted) {
    controller.abort(parent.reason);
    return { controller, dispose: () => {} };
  }
  const forward = () => controller.abort(parent.reason);
  parent.addEventListener('abort', forward, { once: true });
  return { controller, dispose: () => parent.removeEventListener('abort', forward) };
}
