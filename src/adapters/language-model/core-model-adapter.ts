import type { MiniMaxCoreModel } from '../../core/shared/minimax-neutral-types';

/** What every spec adapter shares: it wraps one core model and reports its identity. */
export abstract class CoreModelAdapter {
  protected readonly core: MiniMaxCoreModel;

  constructor(core: MiniMaxCoreModel) {
    this.core = core;
  }

  get provider(): string {
    return this.core.provider;
  }

  get modelId(): string {
    return this.core.modelId;
  }
}
