import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Request } from '@playwright/test';
import { readStorage, setTargets, waitForReport } from './extension';
import { launchUnderPolicy, type ManagedLaunch } from './managed-launch';
import { canWritePolicy } from './policy-files';
import { startCollector, type Collector } from '../servers/collector';
import { startSwitchableIis } from '../servers/fake-servers';

test.skip(!canWritePolicy(), 'Writing Chromium policy needs root (CI runs as root).');

// Fleet reporting as 20,000 browsers meet it (issue 18): a collector behind a redirect, and many installations of one build.
let collector: Collector;
let iis: Awaited<ReturnType<typeof startSwitchableIis>>;
const decoySeen: string[] = [];
const decoy = createServer((req, res) => {
  decoySeen.push(`${req.method ?? '?'} ${req.url ?? ''}`);
  res.end('{"text":"Success","code":0}');
});
let decoyUrl = '';
const traffic: Request[] = [];

const policy = (endpoint: string, extra: Record<string, unknown> = {}) => ({
  ReportEndpoint: endpoint,
  ReportFormat: 'splunk-hec',
  ReportAuthorization: 'Splunk 11111111-2222-3333-4444-555555555555',
  LoadSpreadMinutes: 0,
  ...extra,
});

type StoredQueue = { events: unknown[]; lastDeliveredAt?: number; lastError?: { problem: { code: string } } } | null;

test.beforeAll(async () => {
  collector = await startCollector();
  iis = await startSwitchableIis();
  await new Promise<void>((resolve) => decoy.listen(0, '127.0.0.1', resolve));
  decoyUrl = `http://127.0.0.1:${(decoy.address() as AddressInfo).port}/elsewhere`;
});

test.afterAll(async () => {
  await collector?.close();
  await iis?.close();
  await new Promise((resolve) => decoy.close(resolve));
});

test('a 302 and a 307 from the collector leave the events queued with a "redirected" reason, and nothing reaches the other host', async () => {
  test.setTimeout(120_000);
  collector.setMode({ kind: 'redirect', status: 302, location: decoyUrl });
  const launched = await launchUnderPolicy('fleet-redirect', () => policy(collector.url), traffic);
  try {
    const { serviceWorker: sw } = launched as ManagedLaunch;
    await setTargets(sw, [iis.url]);
    await waitForReport(sw, [iis.url]);
    const queue = async () => (await readStorage((launched as ManagedLaunch).serviceWorker, 'fleetQueue')) as StoredQueue;
    await expect
      .poll(async () => (await queue())?.lastError?.problem.code, { timeout: 20_000, message: 'the 302 kept as a redirect' })
      .toBe('fleet_err_redirect');
    // IT changes a setting, so the worker tries again at once; this time the collector answers 307.
    collector.setMode({ kind: 'redirect', status: 307, location: decoyUrl });
    launched.setPolicy(policy(collector.url, { ReportHeartbeatHours: 12 }));
    await expect.poll(() => collector.attempts.some((a) => a.status === 307), { timeout: 20_000, message: 'a 307 answered' }).toBe(true);
    await expect.poll(async () => (await queue())?.lastError?.problem.code, { timeout: 20_000 }).toBe('fleet_err_redirect');
    const after = await queue();
    expect(after?.events.length ?? 0).toBeGreaterThan(0);
    expect(after?.lastDeliveredAt).toBeUndefined();
    expect(collector.received).toEqual([]);
    expect(decoySeen, 'the redirect was never followed').toEqual([]);
  } finally {
    await launched.close();
  }
});

test('two installations report different finding uids for the same address; each keeps its own across a restart', async () => {
  test.setTimeout(180_000);
  collector.setMode({ kind: 'ok' });
  const uids: string[] = [];
  for (const name of ['fleet-install-a', 'fleet-install-b']) {
    const before = collector.events().length;
    const launched = await launchUnderPolicy(name, () => policy(collector.url), traffic);
    try {
      const { serviceWorker: sw } = launched as ManagedLaunch;
      await setTargets(sw, [iis.url]);
      await waitForReport(sw, [iis.url]);
      const creates = () =>
        collector
          .events()
          .slice(before)
          .filter((e) => e.event.activity_id === 1);
      await expect.poll(() => creates().length, { timeout: 20_000, message: `a Create from ${name}` }).toBe(1);
      const uid = (creates()[0]?.event.finding_info as { uid: string }).uid;
      uids.push(uid);
      // The installation id behind the uid survives a restart, so the finding keeps its uid.
      await launched.restart();
      const id = (await readStorage(launched.serviceWorker, 'installId')) as string;
      expect(uid).toBe(`code-red-advisor:${id}:${iis.url}`);
    } finally {
      await launched.close();
    }
  }
  expect(uids).toHaveLength(2);
  expect(uids[0]).not.toBe(uids[1]);
});
