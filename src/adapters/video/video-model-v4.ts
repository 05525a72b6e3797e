import type {
  Experimental_VideoModelV4,
  Experimental_VideoModelV4CallOptions,
  Experimental_VideoModelV4OperationStartResult,
  Experimental_VideoModelV4OperationStatusResult,
  Experimental_VideoModelV4OperationWebhook,
  Experimental_VideoModelV4Result,
  JSONValue,
} from '@ai-sdk/provider';
import type { MiniMaxVideoStartResult, MiniMaxVideoStatusResult } from '../../core/video/minimax-video-types';
import { toFeatureWarning } from '../language-model/map-warnings';
import { fromVideoCallOptions, VideoModelAdapter } from './video-model-adapter';

/** `doStart`'s result: the neutral operation is JSON as it is. */
export function toV4VideoStartResult(result: MiniMaxVideoStartResult): Experimental_VideoModelV4OperationStartResult {
  return {
    operation: result.operation,
    warnings: result.warnings.map(toFeatureWarning),
    providerMetadata: result.providerMetadata,
    response: result.response,
  };
}

/** `doStatus`'s result: pending, completed with the videos, or an error with MiniMax's reason. */
export function toV4VideoStatusResult(result: MiniMaxVideoStatusResult): Experimental_VideoModelV4OperationStatusResult {
  const { providerMetadata, response } = result;
  switch (result.status) {
    case 'pending':
      return { status: 'pending', providerMetadata, response };
    case 'completed':
      return { status: 'completed', videos: result.videos, warnings: result.warnings.map(toFeatureWarning), providerMetadata, response };
    case 'error':
      return { status: 'error', error: result.error, providerMetadata, response };
  }
}

/**
 * VideoModelV4 (ai@7): `doGenerate` (start and poll here, with `pollIntervalMs` / `pollTimeoutMs`), `doStart` /
 * `doStatus` (ai@7's `poll` and `webhook` options, `experimental_startVideo`, `experimental_getVideoStatus`) and
 * MiniMax's callbacks as webhooks.
 */
export class MiniMaxVideoModelV4 extends VideoModelAdapter implements Experimental_VideoModelV4 {
  readonly specificationVersion = 'v4' as const;

  doGenerate(options: Experimental_VideoModelV4CallOptions): Promise<Experimental_VideoModelV4Result> {
    return this.generate(options);
  }

  /** `webhookUrl` (the SDK's, from `handleWebhookOption`) becomes MiniMax's `callback_url`. */
  async doStart(options: Experimental_VideoModelV4CallOptions & { webhookUrl?: string }): Promise<Experimental_VideoModelV4OperationStartResult> {
    return toV4VideoStartResult(await this.core.start(fromVideoCallOptions(options)));
  }

  async doStatus(options: {
    operation: JSONValue;
    abortSignal?: AbortSignal;
    headers?: Record<string, string | undefined>;
  }): Promise<Experimental_VideoModelV4OperationStatusResult> {
    return toV4VideoStatusResult(await this.core.status(options.operation, { abortSignal: options.abortSignal, headers: options.headers }));
  }

  handleWebhookOption(options: {
    webhook: () => PromiseLike<{ url: string; received: PromiseLike<Experimental_VideoModelV4OperationWebhook> }>;
  }): PromiseLike<{ webhookUrl: string; received: PromiseLike<Experimental_VideoModelV4OperationWebhook> }> {
    return this.core.handleWebhookOption(options);
  }
}
