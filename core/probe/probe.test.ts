import http from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BODY_EXCERPT_CHARS } from '../verdict/signatures';
import { probeRequest, probeTarget } from './probe';
import { PROBE_PATHS } from './probe-policy';
import {
  refusedPort,
  startHttpServer,
  startHungServer,
  startPersonality,
  type FakeServer,
  type Handler,
} from '../../tests/servers/fake-servers';
import { EXPECTED_VERDICT, type Personality } from '../../tests/servers/personalities';

const servers: FakeServer[] = [];
const start = async (server: Promise<FakeServer>) => {
  const s = await server;
  servers.push(s);
  return s;
};
const custom = (handler: Handler) => start(startHttpServer('custom', handler));

afterEach(() => {
  // Every server in every test saw only the allowed requests, sent the allowed way.
  for (const s of servers) {
    for (const r of s.seen) {
      expect(r.method).toBe('GET');
      expect(PROBE_PATHS).toContain(r.url);
      expect(r.headers.cookie).toBeUndefined();
      expect(r.headers.authorization).toBeUndefined();
    }
  }
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
});

describe('probeTarget against real local servers', () => {
  it.each(Object.entries(EXPECTED_VERDICT) as [Personality, string][])('%s → %s', async (personality, verdict) => {
    const server = await start(startPersonality(personality));
    const result = await probeTarget(server.url);
    expect(result.verdict).toBe(verdict);
    expect(result.requests.map((r) => r.url)).toEqual([`${server.url}`, `${server.url}NULL.ida`]);
    expect(server.seen.map((r) => r.url)).toEqual(['/', '/NULL.ida']);
  });

  it('records the status, the raw Server header and the timing', async () => {
    const server = await start(startPersonality('iis5-mapped'));
    let clock = 1000;
    const result = await probeTarget(server.url, { now: () => (clock += 10) });
    expect(result.requests[0]).toMatchObject({ path: '/', status: 200, server: 'Microsoft-IIS/5.0', startedAt: 1020, durationMs: 10 });
    expect(result.requests[1]).toMatchObject({ path: '/NULL.ida', status: 200, server: 'Microsoft-IIS/5.0' });
    expect(result.checkedAt).toBe(1010);
    expect(result.rule).toBe('mapping-present+iis-5.0');
  });

  it('calls a refused port unreachable and sends nothing more', async () => {
    const port = await refusedPort();
    const result = await probeTarget(`http://127.0.0.1:${port}/`);
    expect(result.verdict).toBe('unreachable');
    expect(result.requests).toHaveLength(1);
    expect(result.requests[0]?.error).toBe('refused');
  });

  it('gives up on a server that never answers, within the time limit', async () => {
    const server = await start(startHungServer());
    const began = Date.now();
    const result = await probeTarget(server.url, { timeoutMs: 300 });
    expect(Date.now() - began).toBeLessThan(2000);
    // Something accepted the connection: "cannot tell", never "nothing answered".
    expect(result.verdict).toBe('unknown');
    expect(result.requests).toHaveLength(1);
    expect(result.requests[0]?.error).toBe('timeout');
  });

  it('keeps the headers of a server that stalls after sending them', async () => {
    const server = await custom((req, res) => {
      res.writeHead(200, { server: 'Microsoft-IIS/5.0', 'content-type': 'text/html' });
      if (req.url === '/NULL.ida') res.write('<HTML>The IDQ file NULL.ida could not be found.');
      else res.write('<html>');
      res.flushHeaders();
    });
    const result = await probeTarget(server.url, { timeoutMs: 400 });
    expect(result.requests[0]).toMatchObject({ status: 200, server: 'Microsoft-IIS/5.0', error: 'timeout' });
    expect(result.verdict).toBe('exposed');
  });

  it('times out a body that drips one byte at a time, keeping what arrived', async () => {
    const server = await custom((_req, res) => {
      res.writeHead(200, { server: 'Apache/2.4' });
      const timer = setInterval(() => res.write('x'), 100);
      res.on('close', () => clearInterval(timer));
    });
    const result = await probeRequest(server.url, '/', { timeoutMs: 450 });
    expect(result.error).toBe('timeout');
    expect(result.server).toBe('Apache/2.4');
    expect(result.bodySnippet?.length ?? 0).toBeGreaterThan(0);
  });

  it('reads at most the body limit of a 20 MB answer', async () => {
    const megabyte = Buffer.alloc(1024 * 1024, 'a');
    const server = await custom((_req, res) => {
      res.writeHead(200, { server: 'nginx/1.24.0' });
      let sent = 0;
      const pump = () => {
        while (sent < 20 && res.write(megabyte)) sent++;
        if (sent >= 20) res.end();
        else res.once('drain', () => (sent++, pump()));
      };
      pump();
    });
    const result = await probeRequest(server.url, '/', { maxBodyBytes: 64 * 1024 });
    // Read up to the limit, keep only an excerpt: storage and the report never carry the page.
    expect(result.bodySnippet).toHaveLength(BODY_EXCERPT_CHARS);
    expect(result.signatures).toEqual([]);
    expect(result.bodyTruncated).toBe(true);
    expect(result.error).toBeUndefined();
  });

  it('finds a signature deep in the body read, though only the excerpt is kept', async () => {
    const server = await custom((_req, res) => {
      res.writeHead(200, { server: 'Microsoft-IIS/5.0' });
      res.end(`${' '.repeat(60_000)}<HTML>The IDQ file NULL.ida could not be found.</HTML>`);
    });
    const result = await probeRequest(server.url, '/NULL.ida');
    expect(result.signatures).toEqual(['idq-error-page']);
    expect(result.bodySnippet).toBe(' '.repeat(BODY_EXCERPT_CHARS));
  });

  it('records a redirect without following it', async () => {
    const server = await custom((_req, res) => {
      res.writeHead(302, { location: 'http://127.0.0.1:1/elsewhere', server: 'Microsoft-IIS/5.0' });
      res.end();
    });
    const result = await probeTarget(server.url);
    expect(result.requests[0]).toMatchObject({ status: 302, redirected: true });
    expect(server.seen).toHaveLength(2);
    expect(result.verdict).toBe('possibly-vulnerable');
  });

  it('reads a redirect loop once per allowed path', async () => {
    const server = await custom((req, res) => {
      res.writeHead(301, { location: req.url ?? '/' });
      res.end();
    });
    const result = await probeTarget(server.url);
    expect(server.seen.map((r) => r.url)).toEqual(['/', '/NULL.ida']);
    expect(result.verdict).toBe('unknown');
  });

  it('survives invalid UTF-8 in the body and a non-HTML answer', async () => {
    const server = await custom((_req, res) => {
      res.writeHead(200, { server: 'Apache/2.4' });
      res.end(Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]));
    });
    const result = await probeRequest(server.url, '/');
    expect(result.status).toBe(200);
    expect(result.bodySnippet).toContain('\ufffd');
  });

  it('treats a connection reset mid-body as an answer with an error', async () => {
    const server = await custom((_req, res) => {
      res.writeHead(200, { server: 'Microsoft-IIS/5.0', 'content-length': '1000' });
      res.write('partial');
      setTimeout(() => res.socket?.destroy(), 50);
    });
    const result = await probeRequest(server.url, '/');
    expect(result.status).toBe(200);
    expect(result.server).toBe('Microsoft-IIS/5.0');
    expect(result.error).toBe('network');
  });

  it('stops when the scan is aborted', async () => {
    const server = await start(startHungServer());
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await probeRequest(server.url, '/', { signal: controller.signal, timeoutMs: 5000 });
    expect(result.error).toBe('aborted');
  });

  it('sends no credentials, referrer or cookies', async () => {
    const server = await start(startPersonality('apache'));
    await probeTarget(server.url);
    for (const r of server.seen) {
      expect(r.headers.referer).toBeUndefined();
    }
  });
});

describe('probe request options', () => {
  it('asks fetch for exactly one allowed request, omitting credentials and not following redirects', async () => {
    const calls: [string, RequestInit | undefined][] = [];
    const recorder: typeof fetch = async (input, init) => {
      calls.push([String(input), init]);
      return new Response('<HTML>The IDQ file NULL.ida could not be found.', { status: 200, headers: { server: 'Microsoft-IIS/5.0' } });
    };
    await probeTarget('http://127.0.0.1:8080/', { fetch: recorder });
    expect(calls.map(([url]) => url)).toEqual(['http://127.0.0.1:8080/', 'http://127.0.0.1:8080/NULL.ida']);
    for (const [, init] of calls) {
      expect(init).toMatchObject({ method: 'GET', credentials: 'omit', redirect: 'manual' });
      expect(init?.body).toBeUndefined();
      expect(init?.headers).toBeUndefined();
    }
  });

  it('cannot be made to send a forbidden path through the target', async () => {
    const calls: string[] = [];
    const recorder: typeof fetch = async (input) => {
      calls.push(String(input));
      return new Response('', { status: 404 });
    };
    await probeTarget('http://127.0.0.1/scripts/root.exe?/c+dir', { fetch: recorder });
    expect(calls).toEqual(['http://127.0.0.1/', 'http://127.0.0.1/NULL.ida']);
  });
});

describe('a plain http server with no Server header', () => {
  let server: http.Server;
  let url = '';
  beforeAll(async () => {
    server = http.createServer((_req, res) => res.end('hello'));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const address = server.address();
    if (typeof address === 'object' && address) url = `http://127.0.0.1:${address.port}/`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('records the absence as null, not as a guess', async () => {
    const result = await probeRequest(url, '/');
    expect(result.server).toBeNull();
  });
});
