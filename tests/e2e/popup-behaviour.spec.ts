import { expect, test, type BrowserContext, type Worker, type Request } from '@playwright/test';
import { expectProbeTrafficOnly, launchWithExtension } from './browser';
import { card, openPopup, readStorage, setTargets, waitForReport, writeStorage } from './extension';
import { saveScreenshot } from './screenshots';
import { startHttpServer, startHungServer, startPersonality, type FakeServer } from '../servers/fake-servers';
import { EXPECTED_VERDICT, IDQ_PAGE, NOT_FOUND_PAGE } from '../servers/personalities';

let context: BrowserContext;
const traffic: Request[] = [];
let sw: Worker;
let extensionId: string;
const servers: FakeServer[] = [];

test.beforeAll(async () => {
  ({ context, serviceWorker: sw, extensionId } = await launchWithExtension({ record: traffic }));
});

test.afterAll(async () => {
  await context?.close();
  await Promise.all(servers.map((s) => s.close()));
});

test('"Check again" probes anew and shows the fixed state', async () => {
  let mapped = true;
  const server = await startHttpServer('switchable', (req, res) => {
    const ida = req.url === '/NULL.ida';
    res.writeHead(ida && !mapped ? 404 : 200, { server: 'Microsoft-IIS/5.0' });
    res.end(ida ? (mapped ? IDQ_PAGE : NOT_FOUND_PAGE) : '<html>home</html>');
  });
  servers.push(server);
  await setTargets(sw, [server.url]);
  await waitForReport(sw, [server.url]);
  const popup = await openPopup(context, extensionId);
  await expect(card(popup, server.url)).toHaveAttribute('data-verdict', 'exposed');
  const before = server.seen.length;

  mapped = false; // the user removed the .ida mapping
  await card(popup, server.url)
    .getByRole('button', { name: /^Check again: / })
    .click();
  await expect(card(popup, server.url)).toHaveAttribute('data-verdict', 'mitigated');
  expect(server.seen.length).toBe(before + 2);
  await popup.close();
});

test('a one-target check runs while a full scan is asked for: both finish, and every target is checked again', async () => {
  // A slow IIS keeps the one-target check running while the full scan is asked for.
  const slow = await startHttpServer('slow-iis', (req, res) => {
    setTimeout(() => {
      res.writeHead(200, { server: 'Microsoft-IIS/5.0' });
      res.end(req.url === '/NULL.ida' ? IDQ_PAGE : '<html>home</html>');
    }, 800);
  });
  const other = await startPersonality('apache');
  servers.push(slow, other);
  await setTargets(sw, [slow.url, other.url]);
  await waitForReport(sw, [slow.url, other.url]);
  const popup = await openPopup(context, extensionId);
  const seenBefore = { slow: slow.seen.length, other: other.seen.length };
  const before = (await readStorage(sw, 'lastScan')) as { results: { target: string; checkedAt: number }[] };
  const checkedBefore = new Map(before.results.map((r) => [r.target, r.checkedAt]));
  const [one, all] = await popup.evaluate(async (target) => {
    type Report = { results: { target: string; checkedAt: number }[] };
    const send = (message: object) => chrome.runtime.sendMessage(message) as Promise<Report>;
    const first = send({ type: 'scan', targets: [target] });
    // Asked for while the one-target check waits on the slow server.
    await new Promise((resolve) => setTimeout(resolve, 200));
    const second = send({ type: 'scan' });
    return Promise.all([first, second]);
  }, slow.url);
  expect(one.results.map((r) => r.target)).toContain(slow.url);
  // The full scan's report covers both targets, each checked anew.
  expect(all.results.map((r) => r.target).sort()).toEqual([slow.url, other.url].sort());
  for (const r of all.results) expect(r.checkedAt, r.target).toBeGreaterThan(checkedBefore.get(r.target) ?? Infinity);
  expect(other.seen.length).toBeGreaterThan(seenBefore.other);
  expect(slow.seen.length).toBeGreaterThan(seenBefore.slow);
  await expect(card(popup, other.url)).toHaveAttribute('data-verdict', 'not-affected');
  await popup.close();
});

test('the popup paints the stored result at once while a new check runs', async () => {
  const hung = await startHungServer();
  servers.push(hung);
  await setTargets(sw, [hung.url]);
  await waitForReport(sw, [hung.url]);
  // An old stored result: opening the popup shows it and starts a fresh check (which takes the full time-out).
  const stored = {
    startedAt: 1,
    finishedAt: 2,
    trigger: 'schedule',
    results: [
      {
        target: hung.url,
        verdict: 'not-affected',
        rule: 'banner+apache',
        banner: 'Apache/2.4',
        reasons: [{ code: 'why_says_it_is', args: ['Apache'] }],
        requests: [{ path: '/', url: hung.url, status: 200, server: 'Apache/2.4', startedAt: 2, durationMs: 1 }],
        checkedAt: 2,
        durationMs: 1,
      },
    ],
  };
  await writeStorage(sw, { lastScan: stored });
  const popup = await openPopup(context, extensionId);
  await expect(card(popup, hung.url)).toHaveAttribute('data-verdict', 'not-affected');
  await expect(popup.getByRole('status').first()).toHaveText('Checking…');
  await saveScreenshot(popup, 'popup-checking-with-stored-result');
  // The fresh check ends with the hung server's real verdict.
  await expect(card(popup, hung.url)).toHaveAttribute('data-verdict', 'unknown', { timeout: 15_000 });
  await popup.close();
});

test('everything in the popup works from the keyboard', async () => {
  const server = await startHttpServer('iis', (req, res) => {
    res.writeHead(200, { server: 'Microsoft-IIS/5.0' });
    res.end(req.url === '/NULL.ida' ? IDQ_PAGE : 'home');
  });
  servers.push(server);
  await setTargets(sw, [server.url]);
  await waitForReport(sw, [server.url]);
  const popup = await openPopup(context, extensionId);
  const c = card(popup, server.url);
  await expect(c).toHaveAttribute('data-verdict', 'exposed');

  // Tab to the evidence disclosure and open it with Enter.
  const summary = c.locator('summary', { hasText: 'Evidence' });
  for (let i = 0; i < 20 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await popup.keyboard.press('Tab');
  await expect(summary).toBeFocused();
  await popup.keyboard.press('Enter');
  await expect(c.locator('details.evidence')).toHaveAttribute('open', '');

  // On to "Check again", and press it with the space bar.
  const seen = server.seen.length;
  const button = c.getByRole('button', { name: /^Check again: / });
  for (let i = 0; i < 20 && !(await button.evaluate((el) => el === document.activeElement)); i++) await popup.keyboard.press('Tab');
  await expect(button).toBeFocused();
  await popup.keyboard.press('Space');
  await expect.poll(() => server.seen.length).toBe(seen + 2);
  await popup.close();
});

test('corrupted settings are explained, and scanning goes on with what is usable', async () => {
  await writeStorage(sw, { settings: { targets: ['http://example.com/', 42], scanIntervalHours: 'soon' } });
  await expect.poll(() => readStorage(sw, 'lastScan').then((r) => (r as { trigger?: string }).trigger)).toBe('settings');
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('.notice')).toHaveCount(4);
  await expect(popup.locator('.notice').first()).toContainText('example.com is not this computer');
  await popup.close();
});

test('dozens of servers at once, one with a hostile banner: every one gets a verdict and nothing is injected', async () => {
  const kinds = ['iis5-mapped', 'apache', 'no-banner', 'iis6', 'html-banner'] as const;
  const many: FakeServer[] = [];
  for (let i = 0; i < 30; i++) many.push(await startPersonality(kinds[i % kinds.length] ?? 'apache'));
  servers.push(...many);
  const targets = many.map((s) => s.url);
  await setTargets(sw, targets);
  await waitForReport(sw, targets);
  const popup = await openPopup(context, extensionId);
  await expect(popup.locator('[data-verdict]')).toHaveCount(30);
  for (const [i, s] of many.entries()) {
    await expect(card(popup, s.url)).toHaveAttribute('data-verdict', EXPECTED_VERDICT[kinds[i % kinds.length] ?? 'apache']);
  }
  const hostile = many[4];
  if (!hostile) throw new Error('no hostile server');
  await card(popup, hostile.url).locator('summary', { hasText: 'Evidence' }).click();
  await expect(card(popup, hostile.url).getByText('<script>alert(1)</script><img src=x onerror=alert(2)>').first()).toBeVisible();
  expect(await popup.evaluate(() => document.querySelectorAll('script:not([src]), img[src="x"]').length)).toBe(0);
  for (const s of many) for (const r of s.seen) expect(['/', '/NULL.ida']).toContain(r.url);
  await saveScreenshot(popup, 'popup-thirty-servers');
  await popup.close();
});

test('sent nothing but the probe requests, to this computer', () => {
  expectProbeTrafficOnly(traffic);
});
