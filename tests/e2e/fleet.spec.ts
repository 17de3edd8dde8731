import { expect, test, type Request } from '@playwright/test';
import { card, openOptions, openPopup, setTargets, waitForReport } from './extension';
import { saveScreenshot } from './screenshots';
import { launchUnderPolicy, type ManagedLaunch } from './managed-launch';
import { canWritePolicy } from './policy-files';
import { startCollector, type Collector } from '../servers/collector';
import { startSwitchableIis } from '../servers/fake-servers';
import { ocsfErrors } from '../fixtures/ocsf/validate';

test.skip(!canWritePolicy(), 'Writing Chromium policy needs root (CI runs as root).');

// Fleet reporting with a real policy file, the real built extension and a local collector that answers like Splunk HEC.
let launched: ManagedLaunch | undefined;
let collector: Collector;
let iis: Awaited<ReturnType<typeof startSwitchableIis>>;
const traffic: Request[] = [];

const policy = (endpoint: string) => ({
  ReportEndpoint: endpoint,
  ReportFormat: 'splunk-hec',
  ReportAuthorization: 'Splunk 11111111-2222-3333-4444-555555555555',
  DeviceLabel: 'LAB-PC-042',
});

type Ocsf = {
  activity_id: number;
  metadata: { uid: string };
  device: { name?: string };
  unmapped: { code_red_advisor: Record<string, unknown> };
};
const ocsfEvents = () => collector.events().map((e) => e.event as unknown as Ocsf);
const kinds = () => ocsfEvents().map((e) => `${String(e.unmapped.code_red_advisor.event)}:${e.activity_id}`);

test.beforeAll(async () => {
  collector = await startCollector();
  iis = await startSwitchableIis();
  launched = await launchUnderPolicy('fleet', () => policy(collector.url), traffic);
});

test.afterAll(async () => {
  await launched?.close();
  await collector?.close();
  await iis?.close();
});

test('an exposed server appears: the collector receives one valid OCSF event with the device label', async () => {
  const { serviceWorker: sw } = launched as ManagedLaunch;
  await setTargets(sw, [iis.url]);
  await waitForReport(sw, [iis.url]);
  await expect.poll(() => kinds().filter((k) => k === 'finding:1').length, { timeout: 20_000, message: 'a Create event' }).toBe(1);
  const create = ocsfEvents().find((e) => e.activity_id === 1) as Ocsf;
  expect(ocsfErrors(create)).toBeUndefined();
  expect(create.device.name).toBe('LAB-PC-042');
  expect(create.unmapped.code_red_advisor).toMatchObject({ verdict: 'exposed', banner: 'Microsoft-IIS/5.0', mapping: 'present' });
  expect(JSON.stringify(create)).toContain('CVE-2001-0500');
  const [first] = collector.received;
  expect(first?.headers.authorization).toBe('Splunk 11111111-2222-3333-4444-555555555555');
  expect(collector.events()[0]?.host).toBe('LAB-PC-042');

  // The person can see that results are reported, where, and how delivery is going.
  const { context, build } = launched as ManagedLaunch;
  const popup = await openPopup(context, build.extensionId);
  await expect(popup.getByTestId('reporting-note')).toHaveText(
    'Results are reported to your IT department at 127.0.0.1:' + new URL(collector.url).port + '.',
  );
  await popup.close();
  const options = await openOptions(context, build.extensionId);
  const status = options.getByTestId('reporting-status');
  await expect(status).toContainText('Set by your IT department');
  await expect(status).toContainText(collector.url);
  await expect(options.getByTestId('reporting-queued')).toHaveText('0');
  await saveScreenshot(options, 'options-reporting');
  await options.close();
});

test('the collector answers 503 while the person walks the checklist: events wait, then arrive once each, in order', async () => {
  const { context, build, serviceWorker: sw } = launched as ManagedLaunch;
  collector.setMode({ kind: 'status', status: 503 });
  const accepted = collector.received.length;
  const popup = await openPopup(context, build.extensionId);
  await popup.waitForSelector(`[data-target="${iis.url}"][data-verdict="exposed"]`, { timeout: 20_000 });
  await card(popup, iis.url).getByTestId('open-checklist').click();
  await popup.getByRole('button', { name: 'No', exact: true }).click();
  await popup.getByRole('button', { name: 'Yes, I need it' }).click();
  await popup.locator('[data-step="patch"]').getByRole('button', { name: 'I have installed the patch' }).click();
  await popup.locator('[data-step="remove-mappings"]').getByRole('button', { name: 'Skip' }).click();
  await expect(popup.locator('[data-step="remove-mappings"]')).toHaveAttribute('data-status', 'skipped');
  // Refused and kept: the queue holds the milestones, with the reason.
  type Stored = { events: { id: string }[]; lastError?: { reason: string } } | undefined;
  const queued = () => sw.evaluate(async () => (await chrome.storage.local.get('fleetQueue')).fleetQueue as Stored);
  await expect.poll(async () => (await queued())?.lastError?.reason, { timeout: 20_000 }).toBe('HTTP 503');
  expect((await queued())?.events.length).toBeGreaterThanOrEqual(2);
  expect(collector.received.length).toBe(accepted);

  // The collector is back; IT's changed settings (a new heartbeat) make the worker try again at once.
  collector.setMode({ kind: 'ok' });
  (launched as ManagedLaunch).setPolicy({ ...policy(collector.url), ReportHeartbeatHours: 12 });
  await expect.poll(async () => (await queued())?.events.length ?? 0, { timeout: 30_000, message: 'the queue drains' }).toBe(0);
  const milestones = ocsfEvents()
    .filter((e) => e.unmapped.code_red_advisor.event === 'milestone')
    .map((e) => e.unmapped.code_red_advisor.milestone);
  expect(milestones).toEqual(['patch-reported', 'step-skipped']);
  const ids = ocsfEvents().map((e) => e.metadata.uid);
  expect(new Set(ids).size).toBe(ids.length);
  for (const e of ocsfEvents()) expect(ocsfErrors(e)).toBeUndefined();
  await popup.close();
});

test('policy removed: nothing more is sent, and the queue is cleared', async () => {
  const { serviceWorker: sw, setPolicy } = launched as ManagedLaunch;
  setPolicy({ OrganizationName: 'Example University' });
  await expect
    .poll(() => sw.evaluate(async () => (await chrome.storage.managed.get()).ReportEndpoint ?? null), { timeout: 20_000 })
    .toBe(null);
  await expect
    .poll(() => sw.evaluate(async () => (await chrome.storage.local.get('fleetQueue')).fleetQueue ?? null), { timeout: 20_000 })
    .toBe(null);
  const before = collector.received.length;
  iis.setMapped(false);
  await sw.evaluate(async () => chrome.alarms.create('scheduled-scan', { when: Date.now() }));
  type Stored = { results: { target: string; verdict: string }[] } | undefined;
  await expect
    .poll(
      async () =>
        (await sw.evaluate(async () => (await chrome.storage.local.get('lastScan')).lastScan as Stored))?.results.find(
          (r) => r.target === iis.url,
        )?.verdict,
      {
        timeout: 30_000,
        message: 'a scan after the policy was removed',
      },
    )
    .toBe('mitigated');
  await new Promise((resolve) => setTimeout(resolve, 1500));
  expect(collector.received.length).toBe(before);
});

test('the only requests were the probes and the reports to the configured collector', () => {
  const web = traffic.filter((r) => /^https?:/.test(r.url()));
  for (const r of web) {
    const url = new URL(r.url());
    if (url.pathname === '/services/collector/event') {
      expect(r.url()).toBe(collector.url);
      expect(r.method()).toBe('POST');
    } else {
      expect(['/', '/NULL.ida'], r.url()).toContain(url.pathname);
      expect(r.method()).toBe('GET');
    }
  }
});
