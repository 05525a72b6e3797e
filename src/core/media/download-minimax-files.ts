import type { FetchFunction } from '@ai-sdk/provider-utils';
import { downloadMiniMaxFile, type MiniMaxDownloadedFile } from './download-minimax-file';
import { linkedAbortController } from './link-abort-signal';

/**
 * Downloads several files MiniMax pointed to, in parallel. The first failure aborts the downloads still running
 * (no socket is left reading a result nobody will use) and is what the call rejects with; the caller's abort
 * aborts them all.
 */
export async function downloadMiniMaxFiles(
  urls: string[],
  options: { fetch?: FetchFunction; abortSignal?: AbortSignal },
): Promise<MiniMaxDownloadedFile[]> {
  const { controller, dispose } = linkedAbortController(options.abortSignal);
  try {
    return await Promise.all(
      urls.map((url) =>
        downloadMiniMaxFile({ url, fetch: options.fetch, abortSignal: controller.signal }).catch((error: unknown) => {
          controller.abort(error);
          throw error;
        }),
      ),
    );
  } finally {
    dispose();
    controller.abort();
  }
}
