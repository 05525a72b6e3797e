import type { MiniMaxCoreModel } from '../../core/shared/minimax-neutral-types';

/** What every spec adapter shares: it wraps one core model (a language model unless said otherwise) and reports its identity. */
export abstract class CoreModelAdapter<CORE extends { readonly provider: string; readonly modelId: string } = MiniMaxCoreModel> {
  protected readonly core: CORE;

  constructor(core: CORE) {
    this.core = core;
  }

  get provider(): string {
    return this.core.provider;
  }

  get modelId(): string {
    return this.core.modelId;
  }
}
