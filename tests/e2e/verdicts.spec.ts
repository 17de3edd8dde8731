import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type BrowserContext, type Request, type Worker } from '@playwright/test';
import { launchWithExtension } from './browser';
import { card, openPopup, setTargets, waitForReport } from './extension';
import { saveScreenshot } from './screenshots';
import { refusedPort, startHungServer, startPersonality, type FakeServer } from '../servers/fake-servers';
import { EXPECTED_VERDICT, type Personality } from '../servers/personalities';

// The list of server kinds; the hung server and the refused port are added below.
const KINDS: Personality[] = ['iis5-mapped', 'iis5-unmapped', 'iis4', 'iis6', 'defaced', 'apache', 'no-banner'];
const CASES = KINDS.map((kind) => [kind, EXPECTED_VERDICT[kind]] as const);

let context: BrowserContext;
let sw: Worker;
let extensionId: string;
const servers: FakeServer[] = [];
let hung: FakeServer;
let refusedUrl: string;
const browserRequests: Request[] = [];
const blockedSeen: string[] = [];

function serverAt(index: number): FakeServer {
  const server = servers[index];
  if (!server) throw new Error(`No server ${index}`);
  return server;
}

test.beforeAll(async () => {
  for (const [personality] of CASES) servers.push(await startPersonality(personality));
  hung = await startHungServer();
  servers.push(hung);
  refusedUrl = `http://127.0.0.1:${await refusedPort()}/`;
  ({ context, serviceWorker: sw, extensionId } = await launchWithExtension());
  context.on('request', (r) => browserRequests.push(r));
});

test.afterAll(async () => {
  await context?.close();
  await Promise.all(servers.map((s) => s.close()));
});

test('the popup shows the right verdict for every kind of server at once', async () => {
  const targets = [...servers.map((s) => s.url), refusedUrl];
  await setTargets(sw, targets);
  await waitForReport(sw, targets);
  const popup = await openPopup(context, extensionId);
  for (const [i, [, verdict]] of CASES.entries()) {
    await expect(card(popup, serverAt(i).url)).toHaveAttribute('data-verdict', verdict);
  }
  // Something accepted the connection and said nothing: "cannot tell", never "nothing answered".
  await expect(card(popup, hung.url)).toHaveAttribute('data-verdict', 'unknown');
  await expect(card(popup, hung.url)).toContainText('no answer came before the time limit');
  await expect(card(popup, refusedUrl)).toHaveAttribute('data-verdict', 'unreachable');
  await expect(card(popup, refusedUrl)).toContainText('Nothing accepted the connection');
  // Worst first: the infected server leads.
  await expect(popup.locator('[data-verdict]').first()).toHaveAttribute('data-verdict', 'infected');
  await expect(popup.getByTestId('summary')).toContainText('Code Red has been found');
  await saveScreenshot(popup, 'popup-all-servers');
  await popup.close();
});

for (const [index, [personality, verdict]] of CASES.entries()) {
  test(`${personality} reads as ${verdict}, with evidence and next steps`, async () => {
    const server = serverAt(index);
    await setTargets(sw, [server.url]);
    await waitForReport(sw, [server.url]);
    const popup = await openPopup(context, extensionId);
    const c = card(popup, server.url);
    await expect(c).toHaveAttribute('data-verdict', verdict);
    await c.getByText('Evidence').click();
    await expect(c.locator('code', { hasText: 'GET /' }).first()).toBeVisible();
    await expect(c.getByText(/^Rule:/)).toBeVisible();
    if (['exposed', 'infected', 'possibly-vulnerable', 'mitigated'].includes(verdict)) {
      await expect(c.getByRole('heading', { name: 'What to do next' })).toBeVisible();
      await expect(c.getByRole('button', { name: /^MS01-033: / })).toBeVisible();
    }
    if (verdict === 'exposed') await expect(c).toContainText('cannot show whether the patch is installed');
    await saveScreenshot(popup, `popup-${verdict}-${personality}`);
    await popup.close();
  });
}

test('no web server answering reads as good news', async () => {
  await setTargets(sw, [refusedUrl]);
  await waitForReport(sw, [refusedUrl]);
  const popup = await openPopup(context, extensionId);
  await expect(popup.getByTestId('summary')).toContainText('No web server answered on this computer');
  await expect(popup.getByTestId('summary')).toHaveClass(/tone-good/);
  await expect(popup.getByRole('alert')).toHaveCount(0);
  await saveScreenshot(popup, 'popup-nothing-answered');
  await popup.close();
});

test('the toolbar badge follows the worst verdict, in text as well as colour', async () => {
  const exposed = serverAt(0);
  await setTargets(sw, [exposed.url, refusedUrl]);
  await waitForReport(sw, [exposed.url, refusedUrl]);
  await expect
    .poll(() => sw.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) })))
    .toEqual({ text: 'RISK', title: 'Code Red Advisor: 1 exposed, 1 nothing answered' });
});

test('the servers received only the allowed requests, and the browser went nowhere else', async () => {
  const seen = servers.flatMap((s) => s.seen);
  expect(seen.length).toBeGreaterThan(0);
  for (const r of seen) {
    expect(r.method).toBe('GET');
    expect(['/', '/NULL.ida']).toContain(r.url);
    expect(r.headers.cookie).toBeUndefined();
    expect(r.headers.authorization).toBeUndefined();
  }
  // Playwright sees the service worker's fetches too, so this list is not vacuous.
  expect(browserRequests.filter((r) => r.url().startsWith('http')).length).toBeGreaterThan(0);
  const ports = new Set([...servers.map((s) => String(s.port)), new URL(refusedUrl).port, '']);
  for (const r of browserRequests) {
    const url = new URL(r.url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:') continue;
    expect(['127.0.0.1', 'localhost']).toContain(url.hostname);
    expect(ports).toContain(url.port);
    expect(['/', '/NULL.ida']).toContain(url.pathname);
    expect(url.search).toBe('');
  }
});

// After the traffic check above: these start servers of their own.
test('an address the browser may not reach reads "could not check", never safe, and nothing is sent to it', async () => {
  // 127.0.0.2 is on this computer, but the manifest grants only localhost, 127.0.0.1 and [::1]: the browser blocks the probe.
  const listener = createServer((req, res) => {
    blockedSeen.push(req.url ?? '');
    res.end('ok');
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.2', resolve));
  const blocked = `http://127.0.0.2:${(listener.address() as AddressInfo).port}/`;
  try {
    await setTargets(sw, [blocked, refusedUrl]);
    await waitForReport(sw, [blocked, refusedUrl]);
    const popup = await openPopup(context, extensionId);
    const c = card(popup, blocked);
    await expect(c).toHaveAttribute('data-verdict', 'not-checked');
    await expect(c.locator('.chip')).toContainText('Could not check');
    await expect(c).not.toHaveClass(/tone-good/);
    // Not folded away with the quiet addresses: it is not good news.
    await expect(popup.locator('details.quiet-list [data-verdict="not-checked"]')).toHaveCount(0);
    await expect(popup.getByTestId('summary')).toHaveAttribute('data-summary', 'not-checked');
    await expect(popup.getByTestId('summary')).toContainText('1 address could not be checked');
    await expect(popup.getByTestId('summary')).not.toHaveClass(/tone-good/);
    // What to do: the one-click Allow for exactly this address.
    await expect(popup.getByTestId('host-access')).toContainText(blocked);
    await expect
      .poll(() => sw.evaluate(async () => ({ text: await chrome.action.getBadgeText({}), title: await chrome.action.getTitle({}) })))
      .toEqual({ text: '?', title: 'Code Red Advisor: 1 could not check, 1 nothing answered' });
    await saveScreenshot(popup, 'popup-could-not-check');
    await popup.close();
    expect(blockedSeen).toEqual([]);
  } finally {
    await new Promise((resolve) => listener.close(resolve));
  }
});

test('a 7,000-character Server header gives a verdict and its evidence, never "Not checked yet"', async () => {
  const listener = createServer((_req, res) => {
    res.setHeader('Server', `Microsoft-IIS/5.0 ${'x'.repeat(7000)}`);
    res.end('hello');
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(listener.address() as AddressInfo).port}/`;
  try {
    await setTargets(sw, [url]);
    await waitForReport(sw, [url]);
    const popup = await openPopup(context, extensionId);
    const c = card(popup, url);
    await expect(c).toHaveAttribute('data-verdict', 'unknown');
    await c.getByText('Evidence').click();
    await expect(c).toContainText('7018 characters');
    await expect(popup.getByTestId('summary')).not.toContainText('Not checked yet');
    await expect(popup.getByTestId('summary')).toHaveAttribute('data-summary', 'unknown');
    await popup.close();
  } finally {
    await new Promise((resolve) => listener.close(resolve));
  }
});
