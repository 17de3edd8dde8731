import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../core/policy/extension-ids';
import { startPersonality, type FakeServer } from '../servers/fake-servers';
import { hostilePolicy } from '../fixtures/hostile-policy';
import { startCollector, type Collector } from '../servers/collector';
import { ocsfErrors } from '../fixtures/ocsf/validate';
import { startCsafProvider } from '../servers/csaf-provider';
import { advisoryDoc, createSigner, writeProvider, type GpgSigner } from '../fixtures/feed/gpg-provider';

// Playwright cannot drive a stock Firefox; puppeteer-core does, over WebDriver BiDi.
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const EXTENSION = path.resolve('.output/firefox-mv3');
const UUID = '5c2f6f0e-6d0b-4c59-9a47-0f1e2d3c4b5a';

test.skip(!existsSync(FIREFOX), `Firefox ESR not found at ${FIREFOX} (.ci/run installs Debian's firefox-esr).`);
test.skip(process.getuid?.() !== 0, 'Writing /etc/firefox/policies needs root (CI runs as root).');

/** Debian's Firefox reads enterprise policy here, at start. A file already there is put back afterwards. */
const POLICIES = '/etc/firefox/policies/policies.json';
const previousPolicies = existsSync(POLICIES) ? readFileSync(POLICIES) : undefined;

const home = mkdtempSync(path.join(tmpdir(), 'cra-firefox-'));
let browser: Browser;
let server: FakeServer;
let collector: Collector;
let signer: GpgSigner;
let provider: Awaited<ReturnType<typeof startCsafProvider>>;
const feedRoot = mkdtempSync(path.join(tmpdir(), 'cra-firefox-feed-'));

async function openExtensionPage(file: string, ready: string): Promise<Page> {
  const page = await browser.newPage();
  // Firefox sends no load event for moz-extension pages opened this way: wait for the content instead.
  page.goto(`moz-extension://${UUID}/${file}`).catch(() => undefined);
  await waitForContent(page, ready, 20_000);
  return page;
}

/**
 * Polls for a selector with a deadline. puppeteer's waitForSelector fails at once when Firefox replaces the page's realm
 * mid-navigation ("right-hand side of 'in' should be an object"), which a busy machine makes likely; a query that meets
 * a navigation is simply asked again.
 */
async function waitForContent(page: Page, selector: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      if (await page.$(selector)) return;
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Waited ${timeoutMs / 1000} s for ${selector} in Firefox${lastError ? `; last error: ${String(lastError)}` : ''}`);
}

test.beforeAll(async () => {
  test.setTimeout(90_000);
  server = await startPersonality('iis5-mapped');
  collector = await startCollector();
  // IT's signed advisory feed, signed by GnuPG and served locally.
  signer = createSigner();
  provider = await startCsafProvider(feedRoot);
  const { metadataUrl } = writeProvider(feedRoot, provider.origin, signer, [
    { doc: advisoryDoc('EXU-2026-001', '1', '2026-11-20T00:00:00.000Z') },
  ]);
  // IT's settings in policies.json, the way docs/policies/firefox-policies.json gives them.
  mkdirSync(path.dirname(POLICIES), { recursive: true });
  writeFileSync(
    POLICIES,
    JSON.stringify({
      policies: {
        '3rdparty': {
          // Good values beside hostile ones: Firefox passes every key through, inherited names (constructor, toString) included.
          Extensions: {
            [GECKO_ID]: {
              ...hostilePolicy(server.url),
              ReportEndpoint: collector.url,
              ReportFormat: 'splunk-hec',
              DeviceLabel: 'FF-PC-1',
              AdvisoryFeedUrl: metadataUrl,
              AdvisoryFeedKeys: [signer.fingerprint],
              LoadSpreadMinutes: 0,
            },
          },
        },
      },
    }),
  );
  browser = await puppeteer.launch({
    browser: 'firefox',
    protocol: 'webDriverBiDi',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
    env: { ...process.env, HOME: home },
  });
  await browser.installExtension(EXTENSION);
});

test.afterAll(async () => {
  if (previousPolicies) writeFileSync(POLICIES, previousPolicies);
  else rmSync(POLICIES, { force: true });
  await browser?.close();
  await server?.close();
  await collector?.close();
  await provider?.close();
  signer?.dispose();
  rmSync(home, { recursive: true, force: true });
  rmSync(feedRoot, { recursive: true, force: true });
});

test('Firefox ESR: the popup shows "exposed" for an exposed server, with IT\u2019s settings from policies.json, and hostile values are explained', async () => {
  const popup = await openExtensionPage('popup.html', `[data-target="${server.url}"][data-verdict="exposed"]`);
  const verdict = await popup.$eval(`[data-target="${server.url}"]`, (el) => el.getAttribute('data-verdict'));
  expect(verdict).toBe('exposed');
  expect(await popup.$eval('[data-testid="managed-note"]', (el) => el.textContent)).toContain('Example University');
  await popup.setViewport({ width: 380, height: 900 });
  mkdirSync('screenshots', { recursive: true });
  await popup.screenshot({ path: 'screenshots/firefox-popup-exposed.png' });

  // The guided fix works in Firefox too: the answer goes to the background (the one writer of checklist state) as a
  // message, and the next question appears only once the background has stored it.
  await popup.$eval(`[data-target="${server.url}"] [data-testid="open-checklist"]`, (el) => (el as HTMLElement).click());
  await waitForContent(popup, '[data-question="infection"] button', 20_000);
  await popup.$$eval('[data-question="infection"] button', (buttons) =>
    (buttons as HTMLElement[]).find((b) => b.textContent?.trim() === 'No')?.click(),
  );
  await waitForContent(popup, '[data-question="need-iis"]', 20_000);

  const options = await openExtensionPage('options.html', '[data-testid="managed-by"]');
  expect(await options.$eval('#interval', (el) => (el as HTMLInputElement).disabled)).toBe(true);
  expect(await options.$eval('#interval', (el) => (el as HTMLInputElement).value)).toBe('12');
  // Each hostile value is explained in its place, and none of them switched off the rest of IT's policy.
  const problems = await options.$$eval('[data-policy-key]', (items) =>
    items.map((li) => `${li.getAttribute('data-policy-key')}: ${li.textContent}`),
  );
  expect(problems.find((p) => p.startsWith('OrganisationName:'))).toMatch(/not a Code Red Advisor policy key/);
  // Firefox ESR 153 passes unknown keys through but not names Object inherits (constructor, toString); the validator's
  // unit tests cover those arriving (utils/policy.test.ts). Either way they switch nothing else off: the interval above applies.
  expect(problems.filter((p) => /^(?:constructor|toString):/.test(p))).toHaveLength(0);
  expect(problems.find((p) => p.startsWith('ExtraTargets[1]:'))).toContain('http://*/');
  expect(problems.find((p) => p.startsWith('ExtraTargets[2]:'))).toContain('https://*.example.com/');
  expect(problems.find((p) => p.startsWith('ExtraAdvisories[0]:'))).toMatch(/nested more than 32 levels/);
  await options.setViewport({ width: 800, height: 1200 });
  await options.screenshot({ path: 'screenshots/firefox-options-hostile-policy.png' });
  expect(server.seen.map((r) => r.url).every((u) => u === '/' || u === '/NULL.ida')).toBe(true);
});

test('Firefox ESR: fleet reporting set in policies.json delivers one valid OCSF event for the exposed server', async () => {
  const deadline = Date.now() + 20_000;
  const creates = () => collector.events().filter((e) => e.event.activity_id === 1 && JSON.stringify(e.event).includes(server.url));
  while (creates().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
  const [create] = creates();
  expect(create, 'a Create event for the exposed server within 20 s').toBeDefined();
  expect(creates()).toHaveLength(1);
  expect(create?.host).toBe('FF-PC-1');
  expect(ocsfErrors(create?.event)).toBeUndefined();
});

test('Firefox ESR: the advisory feed set in policies.json is verified in the background page\u2019s verifier and held', async () => {
  const options = await openExtensionPage('options.html', '[data-testid="feed-status"]');
  const deadline = Date.now() + 30_000;
  let held = '';
  while (Date.now() < deadline) {
    held = (await options.$eval('[data-testid="feed-held"]', (e) => e.textContent ?? '').catch(() => '')) ?? '';
    if (held === 'EXU-2026-001 (1)') break;
    await new Promise((r) => setTimeout(r, 250));
  }
  expect(held, 'the feed\u2019s advisory verified and held within 30 s').toBe('EXU-2026-001 (1)');
  expect(provider.requests.every((r) => r.method === 'GET' && !r.credentials)).toBe(true);
  await options.close();
});

test('Firefox ESR: with host access withdrawn, the server reads "could not check" with a "?" badge, never safe', async () => {
  const popup = await openExtensionPage('popup.html', `[data-target="${server.url}"]`);
  // What a person does in about:addons (Permissions: "Access your data for http://127.0.0.1"), done by the extension's
  // own API, which needs no prompt to give access up.
  const removed = await popup.evaluate(async () => {
    const api = (globalThis as unknown as { browser: { permissions: { remove(p: { origins: string[] }): Promise<boolean> } } }).browser;
    return api.permissions.remove({ origins: ['http://127.0.0.1/*', 'http://localhost/*'] });
  });
  expect(removed).toBe(true);
  const seenBefore = server.seen.length;
  await popup.$eval('[data-testid="check-all"]', (el) => (el as HTMLElement).click());
  await waitForContent(popup, `[data-target="${server.url}"][data-verdict="not-checked"]`, 30_000);
  expect(await popup.$eval('[data-testid="summary"]', (el) => el.getAttribute('data-summary'))).toBe('not-checked');
  expect(await popup.$eval('[data-testid="summary"]', (el) => el.className)).not.toMatch(/tone-good/);
  expect(await popup.$eval(`[data-target="${server.url}"] .chip`, (el) => el.textContent)).toContain('Could not check');
  // The one-click Allow, for exactly the hosts withdrawn.
  expect(await popup.$eval('[data-testid="host-access"]', (el) => el.textContent)).toContain(server.url);
  const badge = await popup.evaluate(async () =>
    (globalThis as unknown as { browser: { action: { getBadgeText(d: object): Promise<string> } } }).browser.action.getBadgeText({}),
  );
  expect(badge).toBe('?');
  await popup.setViewport({ width: 380, height: 900 });
  await popup.screenshot({ path: 'screenshots/firefox-popup-could-not-check.png' });
  // Nothing was sent to it once access was withdrawn.
  expect(server.seen.length).toBe(seenBefore);
});
