import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  at: number;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export type CollectorMode =
  | { kind: 'ok' }
  | { kind: 'status'; status: number; retryAfter?: string }
  /** Answers with a redirect to `location` (another host, say), as a misconfigured proxy would. */
  | { kind: 'redirect'; status: 301 | 302 | 303 | 307 | 308; location: string }
  | { kind: 'down' };

/**
 * A local SIEM collector for the fleet-reporting tests: it records every POST
 * and answers like a Splunk HTTP Event Collector. It can be made to answer
 * 503 or 429 with Retry-After, or be stopped and started again on the same port.
 */
export async function startCollector() {
  const received: Received[] = [];
  /** Every request and the status it got, refused ones included. */
  const attempts: { at: number; status: number }[] = [];
  let mode: CollectorMode = { kind: 'ok' };
  const sockets = new Set<import('node:net').Socket>();
  const server = http.createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      if (mode.kind === 'redirect') {
        attempts.push({ at: Date.now(), status: mode.status });
        res.writeHead(mode.status, { Location: mode.location });
        res.end();
        return;
      }
      if (mode.kind === 'status') {
        attempts.push({ at: Date.now(), status: mode.status });
        res.writeHead(mode.status, { 'Content-Type': 'application/json', ...(mode.retryAfter ? { 'Retry-After': mode.retryAfter } : {}) });
        res.end('{"text":"Server is busy","code":9}');
        return;
      }
      received.push({ at: Date.now(), path: req.url ?? '', headers: req.headers, body });
      attempts.push({ at: Date.now(), status: 200 });
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"text":"Success","code":0}');
    });
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
  const port = await listen(0);
  return {
    url: `http://127.0.0.1:${port}/services/collector/event`,
    received,
    attempts,
    /** Every event received, parsed from the HEC envelopes, in arrival order. */
    events: () =>
      received.flatMap((r) =>
        r.body
          .split('\n')
          .filter(Boolean)
          .map((line) => JSON.parse(line) as { host: string; event: Record<string, unknown> }),
      ),
    setMode: (next: CollectorMode) => {
      mode = next;
    },
    /** Stops listening (connections are refused) until start(). */
    stop,
    start: () => listen(port).then(() => undefined),
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
}

export type Collector = Awaited<ReturnType<typeof startCollector>>;
