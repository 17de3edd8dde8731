import { sendFile } from './send-file';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

export interface ProviderRequest {
  method: string;
  path: string;
  /** Whether the browser sent cookies or credentials: it never should. */
  credentials: boolean;
}

/**
 * IT's CSAF provider for the feed tests: serves a folder (written by
 * tests/fixtures/feed/gpg-provider.ts) under its own paths, records every
 * request, and can be stopped to act as a provider that is down.
 */
export async function startCsafProvider(root: string) {
  const requests: ProviderRequest[] = [];
  let up = true;
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    requests.push({ method: req.method ?? '', path: url.pathname, credentials: !!(req.headers.cookie || req.headers.authorization) });
    const file = path.join(root, path.normalize(decodeURIComponent(url.pathname)));
    if (!up || req.method !== 'GET' || !file.startsWith(root)) {
      res.writeHead(up ? 405 : 503);
      res.end();
      return;
    }
    sendFile(res, file, file.endsWith('.json') ? 'application/json' : 'text/plain');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    /** Down: every request gets 503, as a provider in maintenance would answer. */
    setUp: (next: boolean) => {
      up = next;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
