import { sendFile } from './send-file';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** Serves a folder the way an IT web server would serve updates.xml and the CRX, and logs what was fetched. */
export async function serveFolder(dir: string): Promise<{ baseUrl: string; fetched: string[]; close: () => Promise<void> }> {
  const fetched: string[] = [];
  const types: Record<string, string> = { '.xml': 'text/xml', '.crx': 'application/x-chrome-extension' };
  const server = http.createServer((req, res) => {
    const name = path.basename(new URL(req.url ?? '/', 'http://x').pathname);
    fetched.push(req.url ?? '');
    sendFile(res, path.join(dir, name), types[path.extname(name)] ?? 'application/octet-stream');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    fetched,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
