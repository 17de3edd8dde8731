import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { probeTarget } from './probe';
import { PROBE_PATHS } from './probe-policy';
import { startHttpServer, type FakeServer } from '../../tests/servers/fake-servers';
import { reasonWords } from '../../tests/fixtures/results';
import { EVIDENCE_LIMITS } from '../verdict/evidence';
import { readScanReport } from '../storage/stored-report';

// Servers that misbehave on purpose. Each must end in a clear verdict, never a crash or a guess.
const servers: FakeServer[] = [];
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const s of servers) for (const r of s.seen) expect(PROBE_PATHS).toContain(r.url);
  await Promise.all([...servers.map((s) => s.close()), ...closers.map((c) => c())]);
});

async function http(handler: Parameters<typeof startHttpServer>[1]) {
  const s = await startHttpServer('hostile', handler);
  servers.push(s);
  return s.url;
}

/** A raw TCP server that answers every connection with the given bytes. */
async function raw(answer: string | Buffer): Promise<string> {
  const server = net.createServer((socket) => {
    socket.once('data', () => socket.end(answer));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  closers.push(() => new Promise((resolve) => server.close(() => resolve())));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

describe('hostile and broken servers', () => {
  it('several Server headers that disagree: unknown', async () => {
    const url = await http((_req, res) => {
      res.setHeader('server', ['Apache/2.4', 'Microsoft-IIS/5.0']);
      res.end('x');
    });
    const result = await probeTarget(url);
    expect(result.verdict).toBe('unknown');
    expect(reasonWords(result.reasons)).toMatch(/several Server headers/);
  });

  it('an 8 KB banner: unknown, judged whole (its length said), kept cut to what lastScan keeps, and read back', async () => {
    const url = await http((_req, res) => {
      res.setHeader('server', `Microsoft-IIS/5.0 ${'A'.repeat(8192)}`);
      res.end('x');
    });
    const result = await probeTarget(url);
    expect(result.verdict).toBe('unknown');
    expect(reasonWords(result.reasons)).toMatch(/8210 characters/);
    expect(result.banner?.length).toBe(EVIDENCE_LIMITS.server);
    expect(readScanReport(JSON.parse(JSON.stringify({ finishedAt: 1, results: [result] })))?.results[0]).toEqual(result);
  });

  it('a 7,000-character Server header gives a verdict and its evidence, never "not checked yet" (issue 17)', async () => {
    const url = await http((_req, res) => {
      res.setHeader('server', 'x'.repeat(7000));
      res.end('x');
    });
    const result = await probeTarget(url);
    const stored = readScanReport(JSON.parse(JSON.stringify({ finishedAt: 1, results: [result] })));
    expect(stored?.results).toHaveLength(1);
    expect(stored?.results[0]).toEqual(result);
    expect(stored?.results[0]?.verdict).toBe('unknown');
  });

  it('a banner carrying HTML and script: unknown, kept as plain text', async () => {
    const url = await http((_req, res) => {
      res.setHeader('server', '<img src=x onerror=alert(1)>');
      res.end('<script>alert(2)</script>');
    });
    const result = await probeTarget(url);
    expect(result.verdict).toBe('unknown');
    expect(result.banner).toBe('<img src=x onerror=alert(1)>');
  });

  it('no headers at all (HTTP/1.0 status line only): unknown', async () => {
    const result = await probeTarget(await raw('HTTP/1.0 200 OK\r\n\r\nhello'));
    expect(result.verdict).toBe('unknown');
    expect(result.requests[0]?.server).toBeNull();
  });

  it('an answer that is not HTTP: unreachable, with the reason', async () => {
    const result = await probeTarget(await raw('SSH-2.0-OpenSSH_9.2\r\n'));
    expect(result.verdict).toBe('unreachable');
    expect(result.requests[0]?.error).toBeDefined();
  });

  it.each([401, 403, 500])('IIS 5.0 answering %i everywhere: possibly vulnerable, not safe', async (status) => {
    const url = await http((_req, res) => {
      res.writeHead(status, { server: 'Microsoft-IIS/5.0' });
      res.end('denied');
    });
    expect((await probeTarget(url)).verdict).toBe('possibly-vulnerable');
  });

  it('a redirect off this computer is recorded, never followed', async () => {
    const url = await http((_req, res) => {
      res.writeHead(302, { location: 'http://attacker.example/steal', server: 'Apache/2.4' });
      res.end();
    });
    const result = await probeTarget(url);
    expect(result.requests.map((r) => [r.url, r.status, r.redirected])).toEqual([
      [url, 302, true],
      [`${url}NULL.ida`, 302, true],
    ]);
  });
});
