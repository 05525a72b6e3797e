/**
 * The emulator's stand-in for MiniMax's file CDN: generated images and videos served at `/cdn/…` URLs that look
 * signed (`?Expires=…&Signature=…`), without any API key (like the real, pre-signed URLs). Each file can be scripted
 * to download normally, as an expired URL (HTTP 403 with an OSS-style XML body), a download that breaks off halfway,
 * or one that never sends its body.
 */
import { randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/** What downloading a file does. */
export type EmulatorDownloadBehaviour = 'ok' | 'expired' | 'break-off' | 'hang';

interface StoredFile {
  bytes: Buffer;
  contentType: string;
  behaviour: EmulatorDownloadBehaviour;
}

export const CDN_PREFIX = '/cdn/';

export class EmulatorFileStore {
  private readonly files = new Map<string, StoredFile>();
  /** Responses left hanging, ended when the emulator closes. */
  private readonly hanging = new Set<ServerResponse>();

  /** Stores a file and returns its URL path with a signature-like query. */
  add(name: string, file: StoredFile): string {
    const path = `${CDN_PREFIX}${name}`;
    this.files.set(path, file);
    const expires = Math.floor(Date.now() / 1000) + 24 * 3600;
    return `${path}?Expires=${expires}&OSSAccessKeyId=emulator&Signature=${randomBytes(12).toString('base64url')}`;
  }

  /** Serves `GET /cdn/…`; true when the path is a CDN path. */
  serve(res: ServerResponse, method: string, pathname: string): boolean {
    if (!pathname.startsWith(CDN_PREFIX)) return false;
    const file = this.files.get(pathname);
    if (method !== 'GET' || !file) {
      res.writeHead(method === 'GET' ? 404 : 405, { 'content-type': 'application/xml' });
      res.end('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>NoSuchKey</Code><Message>The specified key does not exist.</Message></Error>');
      return true;
    }
    switch (file.behaviour) {
      case 'expired':
        res.writeHead(403, { 'content-type': 'application/xml' });
        res.end('<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>AccessDenied</Code><Message>Request has expired.</Message></Error>');
        return true;
      case 'hang':
        res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.bytes.length) });
        res.flushHeaders();
        this.hanging.add(res);
        res.on('close', () => this.hanging.delete(res));
        return true;
      case 'break-off':
        res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.bytes.length) });
        res.write(file.bytes.subarray(0, Math.floor(file.bytes.length / 2)), () => res.destroy());
        return true;
      case 'ok':
        res.writeHead(200, { 'content-type': file.contentType, 'content-length': String(file.bytes.length) });
        res.end(file.bytes);
        return true;
    }
  }

  clear(): void {
    this.files.clear();
    for (const res of this.hanging) res.destroy();
    this.hanging.clear();
  }
}
