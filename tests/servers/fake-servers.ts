import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { PERSONALITIES, type Personality } from './personalities';

/** One request as the server saw it: everything needed to prove the probe sent nothing else. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
}

export interface FakeServer {
  name: string;
  /** The target URL, e.g. http://127.0.0.1:41234/ */
  url: string;
  port: number;
  seen: SeenRequest[];
  close: () => Promise<void>;
}

async function listen(server: net.Server, port = 0): Promise<number> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return (server.address() as AddressInfo).port;
}

function closer(server: net.Server, sockets: Set<net.Socket>): () => Promise<void> {
  return () =>
    new Promise((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    });
}

function track(server: net.Server): Set<net.Socket> {
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return sockets;
}

/** Custom behaviour for hostile-server tests: gets the request and the raw response. */
export type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** A server that can be stopped (close) and started again on the same address, as a person stops and starts IIS. */
export type RestartableServer = FakeServer & { reopen: () => Promise<void> };

export async function startHttpServer(name: string, handler: Handler): Promise<RestartableServer> {
  const seen: SeenRequest[] = [];
  const server = http.createServer((req, res) => {
    seen.push({ method: req.method ?? '', url: req.url ?? '', headers: req.headers });
    handler(req, res);
  });
  // Node would otherwise add nothing, which is what a "no banner" server needs.
  server.keepAliveTimeout = 1000;
  const sockets = track(server);
  const port = await listen(server);
  return {
    name,
    url: `http://127.0.0.1:${port}/`,
    port,
    seen,
    close: closer(server, sockets),
    reopen: () => listen(server, port).then(() => undefined),
  };
}

export function startPersonality(personality: Personality): Promise<FakeServer> {
  const route = PERSONALITIES[personality];
  return startHttpServer(personality, (req, res) => {
    const answer = route(req.url ?? '/');
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  });
}

/** Accepts connections and never answers; records the request line of whatever arrives. */
export async function startHungServer(): Promise<FakeServer> {
  const seen: SeenRequest[] = [];
  const server = net.createServer((socket) => {
    socket.once('data', (chunk) => {
      const [method = '', url = ''] = chunk.toString('latin1').split('\r\n')[0]?.split(' ') ?? [];
      seen.push({ method, url, headers: {} });
    });
  });
  const sockets = track(server);
  const port = await listen(server);
  return { name: 'hung', url: `http://127.0.0.1:${port}/`, port, seen, close: closer(server, sockets) };
}

/** A port that was just free and is now closed: connecting to it is refused. */
export async function refusedPort(): Promise<number> {
  const server = net.createServer();
  const port = await listen(server);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * An IIS 5.0 whose .ida mapping can be removed while it runs, as a person following the checklist would, and which
 * can hang: accept connections and never answer, as a stuck IIS does.
 */
export async function startSwitchableIis(): Promise<
  RestartableServer & { setMapped: (mapped: boolean) => void; setHung: (hung: boolean) => void }
> {
  let mapped = true;
  let hung = false;
  const server = await startHttpServer('switchable-iis', (req, res) => {
    if (hung) return;
    const route = PERSONALITIES[mapped ? 'iis5-mapped' : 'iis5-unmapped'];
    const answer = route(req.url ?? '/');
    res.writeHead(answer.status, answer.headers);
    res.end(answer.body);
  });
  return { ...server, setMapped: (value) => (mapped = value), setHung: (value) => (hung = value) };
}
