/** What the image and video adapters share: they wrap one core media model and report its identity. */
export abstract class MediaModelAdapter<CORE extends { provider: string; modelId: string }> {
  constructor(protected readonly core: CORE) {}

  get provider(): string {
    return this.core.provider;
  }

  get modelId(): string {
    return this.core.modelId;
  }
}
