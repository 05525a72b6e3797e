import type {
  Experimental_VideoModelV4,
  Experimental_VideoModelV4CallOptions,
  Experimental_VideoModelV4OperationStartResult,
  Experimental_VideoModelV4OperationStatusResult,
  Experimental_VideoModelV4OperationWebhook,
  Experimental_VideoModelV4Result,
  JSONValue,
} from '@ai-sdk/provider';
import type { MiniMaxVideoCallOptions } from '../../core/video/minimax-video-types';
import { toFeatureWarning } from '../language-model/map-warnings';
import { VideoModelAdapter } from './video-model-adapter';

/**
 * VideoModelV4 (ai@7): `doGenerate` (start and poll here, with `pollIntervalMs` / `pollTimeoutMs`), `doStart` /
 * `doStatus` (ai@7's `poll` and `webhook` options, `experimental_startVideo`, `experimental_getVideoStatus`) and
 * MiniMax's callbacks as webhooks.
 */
export class MiniMaxVideoModelV4 extends VideoModelAdapter implements Experimental_VideoModelV4 {
  readonly specificationVersion = 'v4' as const;

  doGenerate(options: Experimental_VideoModelV4CallOptions): Promise<Experimental_VideoModelV4Result> {
    return this.generate<Experimental_VideoModelV4Result>(options);
  }

  async doStart(options: Experimental_VideoModelV4CallOptions & { webhookUrl?: string }): Promise<Experimental_VideoModelV4OperationStartResult> {
    const result = await this.core.start(options as MiniMaxVideoCallOptions);
    return {
      ...result,
      operation: result.operation as unknown as JSONValue,
      warnings: result.warnings.map(toFeatureWarning),
    } as unknown as Experimental_VideoModelV4OperationStartResult;
  }

  async doStatus(options: {
    operation: JSONValue;
    abortSignal?: AbortSignal;
    headers?: Record<string, string | undefined>;
  }): Promise<Experimental_VideoModelV4OperationStatusResult> {
    const result = await this.core.status(options.operation, { abortSignal: options.abortSignal, headers: options.headers });
    return (result.status === 'completed' ? { ...result, warnings: result.warnings.map(toFeatureWarning) } : result) as unknown as Experimental_VideoModelV4OperationStatusResult;
  }

  handleWebhookOption(options: {
    webhook: () => PromiseLike<{ url: string; received: PromiseLike<Experimental_VideoModelV4OperationWebhook> }>;
  }): PromiseLike<{ webhookUrl: string; received: PromiseLike<Experimental_VideoModelV4OperationWebhook> }> {
    return this.core.handleWebhookOption(options);
  }
}
