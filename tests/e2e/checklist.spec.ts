import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page, type Worker, type Request } from '@playwright/test';
import { expectProbeTrafficOnly, launchWithExtension } from './browser';
import { card, openPopup, setTargets, waitForReport } from './extension';
import { saveScreenshot } from './screenshots';
import { startSwitchableIis, type FakeServer } from '../servers/fake-servers';

type Switchable = Awaited<ReturnType<typeof startSwitchableIis>>;

const profile = mkdtempSync(path.join(tmpdir(), 'cra-profile-'));
let context: BrowserContext;
const traffic: Request[] = [];
let sw: Worker;
let extensionId: string;
const servers: FakeServer[] = [];

async function launch() {
  ({ context, serviceWorker: sw, extensionId } = await launchWithExtension({ userDataDir: profile, record: traffic }));
}

test.beforeAll(launch);
test.afterAll(async () => {
  await context?.close();
  await Promise.all(servers.map((s) => s.close().catch(() => undefined)));
  rmSync(profile, { recursive: true, force: true });
});

async function newExposedServer(): Promise<Switchable> {
  const server = await startSwitchableIis();
  servers.push(server);
  await setTargets(sw, [server.url]);
  await waitForReport(sw, [server.url]);
  return server;
}

function step(page: Page, id: string) {
  return page.locator(`[data-step="${id}"]`);
}

async function openChecklist(target: string): Promise<Page> {
  const popup = await openPopup(context, extensionId);
  await expect(card(popup, target)).toHaveAttribute('data-verdict', 'exposed');
  await card(popup, target).getByTestId('open-checklist').click();
  await expect(popup.locator(`[data-checklist="${target}"]`)).toBeVisible();
  return popup;
}

test('a server that accepts connections but never answers does not confirm "turn IIS off"', async () => {
  const server = await newExposedServer();
  const popup = await openChecklist(server.url);
  await popup.getByRole('button', { name: 'No', exact: true }).click();
  await popup.getByRole('button', { name: 'No, I don’t' }).click();
  server.setHung(true); // IIS is stuck, not stopped
  await step(popup, 'turn-off-iis').getByRole('button', { name: 'Check now' }).click();
  await expect(popup.getByTestId('step-message-turn-off-iis')).toContainText('listening', { timeout: 15_000 });
  await expect(popup.getByTestId('step-message-turn-off-iis')).toContainText('may still be running');
  await expect(step(popup, 'turn-off-iis')).toHaveAttribute('data-status', 'todo');
  await saveScreenshot(popup, 'checklist-turn-off-hung');
  // The badge never turns green for a hung server: "cannot tell", not "nothing answered".
  await expect.poll(() => sw.evaluate(async () => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe('?');
  await popup.close();
});

test('no need for IIS: turn it off, verified by a fresh check, then report', async () => {
  const server = await newExposedServer();
  const popup = await openChecklist(server.url);
  await expect(popup.locator('[data-question="infection"]')).toBeVisible();
  await saveScreenshot(popup, 'checklist-question');
  await popup.getByRole('button', { name: 'No', exact: true }).click();
  await popup.getByRole('button', { name: 'No, I don’t' }).click();
  await expect(popup.getByTestId('progress-text')).toHaveText('0 of 3 steps');

  // Still running: the check keeps the step open and says why.
  await step(popup, 'turn-off-iis').getByRole('button', { name: 'Check now' }).click();
  await expect(popup.getByTestId('step-message-turn-off-iis')).toContainText('still answers');
  await expect(step(popup, 'turn-off-iis')).toHaveAttribute('data-status', 'todo');
  await saveScreenshot(popup, 'checklist-turn-off-still-running');

  await server.close(); // the person stops IIS
  await step(popup, 'turn-off-iis').getByRole('button', { name: 'Check now' }).click();
  await expect(step(popup, 'turn-off-iis')).toHaveAttribute('data-status', 'done');
  await expect(popup.getByTestId('step-message-turn-off-iis')).toContainText('Confirmed by a fresh check');
  await expect(popup.getByTestId('progress-text')).toHaveText('1 of 3 steps');

  await step(popup, 'update-antivirus').getByRole('button', { name: 'Skip' }).click();
  await expect(step(popup, 'update-antivirus')).toHaveAttribute('data-status', 'skipped');
  const report = popup.getByTestId('report-text');
  await expect(report).toContainText(`1. ${server.url}: Nothing answered`);
  await expect(report).toContainText('Found before the fix: Exposed');
  await expect(report).toContainText(/\[done [0-9T:.-]+Z\] Turn IIS off \(Confirmed by a fresh check/);
  await expect(report).toContainText('[skipped');
  const mail = step(popup, 'report').getByRole('link', { name: 'E-mail it' });
  await expect(mail).toHaveAttribute('href', /^mailto:pcsc@bu\.edu\?subject=Code%20Red%20report/);
  await saveScreenshot(popup, 'checklist-report');

  // The JSON file is made on this computer and handed to the browser's download.
  const download = popup.waitForEvent('download');
  await step(popup, 'report').getByRole('button', { name: 'Download JSON' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^code-red-report-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = JSON.parse(await readFile(await file.path(), 'utf8')) as {
    findings: { target: string; checklist: { steps: { id: string; status: string }[] } }[];
  };
  expect(saved.findings[0]?.target).toBe(server.url);
  expect(saved.findings[0]?.checklist.steps.map((x) => [x.id, x.status])).toEqual([
    ['turn-off-iis', 'done'],
    ['update-antivirus', 'skipped'],
    ['report', 'todo'],
  ]);

  // Reading the clipboard back would need a permission the extension does not ask for, so record what is written.
  await popup.evaluate(() => {
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    const copied: string[] = [];
    Object.assign(window, { copied });
    navigator.clipboard.writeText = (text: string) => (copied.push(text), write(text));
  });
  await step(popup, 'report').getByRole('button', { name: 'Copy report' }).click();
  await expect(step(popup, 'report').getByRole('status').last()).toContainText('Copied');
  expect(await popup.evaluate(() => (window as unknown as { copied: string[] }).copied)).toEqual([await report.textContent()]);

  // The long steps also open as a full page in a tab.
  const [tab] = await Promise.all([context.waitForEvent('page'), popup.getByRole('button', { name: 'Open in a tab' }).click()]);
  await expect(tab.locator(`[data-checklist="${server.url}"]`)).toBeVisible();
  await expect(tab.getByTestId('progress-text')).toHaveText('2 of 3 steps');
  await tab.setViewportSize({ width: 1000, height: 800 });
  await saveScreenshot(tab, 'checklist-full-page');
  await tab.close();

  await step(popup, 'report').getByRole('button', { name: 'I sent the report' }).click();
  await expect(popup.getByTestId('progress-text')).toHaveText('3 of 3 steps');
  await expect(popup.getByTestId('checklist-complete')).toBeVisible();
  await popup.close();
});

test('IIS is turned off, then starts again: the step reopens and every view agrees', async () => {
  const server = await newExposedServer();
  const popup = await openChecklist(server.url);
  await popup.getByRole('button', { name: 'No', exact: true }).click();
  await popup.getByRole('button', { name: 'No, I don’t' }).click();
  await server.close(); // the person stops IIS
  await step(popup, 'turn-off-iis').getByRole('button', { name: 'Check now' }).click();
  await expect(step(popup, 'turn-off-iis')).toHaveAttribute('data-status', 'done');
  await expect(popup.getByTestId('progress-text')).toHaveText('1 of 3 steps');
  // Nothing answers now: the badge says so (this server was the only target).
  await expect.poll(() => sw.evaluate(async () => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe('OK');

  await server.reopen(); // a restart brings the service back
  await popup
    .getByRole('button', { name: /This computer/ })
    .first()
    .click();
  // Addresses where nothing answered are folded away, so check them all.
  await popup.getByRole('button', { name: 'Check all again' }).click();
  await expect(card(popup, server.url)).toHaveAttribute('data-verdict', 'exposed');
  await expect(popup.getByTestId('summary')).toContainText('One web server here needs your attention');
  await expect.poll(() => sw.evaluate(async () => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe('RISK');
  await card(popup, server.url).getByTestId('open-checklist').click();
  await expect(step(popup, 'turn-off-iis')).toHaveAttribute('data-status', 'todo');
  await expect(step(popup, 'turn-off-iis')).toContainText('Re-opened by a later check: A web server still answers');
  await expect(popup.getByTestId('progress-text')).toHaveText('0 of 3 steps');
  await popup.locator('[data-step="report"] summary').click();
  const report = popup.getByTestId('report-text');
  await expect(report).toContainText(`1. ${server.url}: Exposed`);
  await expect(report).toContainText('[to do');
  await expect(report).toContainText('Re-opened by a later check: A web server still answers');
  await expect(report).not.toContainText('Confirmed by a fresh check: nothing accepts connections');
  await saveScreenshot(popup, 'checklist-iis-back');
  await popup.close();
});

test('keeping IIS: attest the patch, remove the mapping (verified), and the progress survives a browser restart', async () => {
  const server = await newExposedServer();
  let popup = await openChecklist(server.url);
  await popup.getByRole('button', { name: 'No', exact: true }).click();
  await popup.getByRole('button', { name: 'Yes, I need it' }).click();
  await expect(popup.getByTestId('progress-text')).toHaveText('0 of 5 steps');

  await step(popup, 'patch').getByRole('button', { name: 'I have installed the patch' }).click();
  await expect(step(popup, 'patch')).toHaveAttribute('data-status', 'done');

  await step(popup, 'remove-mappings').getByRole('button', { name: 'Check now' }).click();
  await expect(popup.getByTestId('step-message-remove-mappings')).toContainText('still answers');
  await expect(step(popup, 'remove-mappings')).toHaveAttribute('data-status', 'todo');
  server.setMapped(false); // the person removes the .ida mapping
  await step(popup, 'remove-mappings').getByRole('button', { name: 'Check now' }).click();
  await expect(step(popup, 'remove-mappings')).toHaveAttribute('data-status', 'done');
  await expect(step(popup, 'patch')).toHaveAttribute('data-status', 'done');
  await step(popup, 'subscribe').getByRole('button', { name: 'Done' }).click();
  await expect(popup.getByTestId('progress-text')).toHaveText('3 of 5 steps');
  await saveScreenshot(popup, 'checklist-keep-iis');

  // The finding now reads "patched (reported by you …)".
  await popup
    .getByRole('button', { name: /This computer/ })
    .first()
    .click();
  await expect(card(popup, server.url)).toHaveAttribute('data-verdict', 'mitigated');
  await expect(card(popup, server.url).getByTestId('patched')).toContainText('Patched (reported by you on');
  await popup.close();

  // Restart the browser on the same profile.
  await context.close();
  await launch();
  popup = await openPopup(context, extensionId);
  await card(popup, server.url).getByTestId('open-checklist').click();
  await expect(popup.getByTestId('progress-text')).toHaveText('3 of 5 steps');
  await expect(step(popup, 'remove-mappings')).toHaveAttribute('data-status', 'done');

  // The mapping comes back (say, after adding a Windows component): the attestation no longer holds.
  server.setMapped(true);
  await popup
    .getByRole('button', { name: /This computer/ })
    .first()
    .click();
  await card(popup, server.url)
    .getByRole('button', { name: /^Check again: / })
    .click();
  await expect(card(popup, server.url)).toHaveAttribute('data-verdict', 'exposed');
  await expect(card(popup, server.url).getByTestId('patched')).toHaveCount(0);
  await card(popup, server.url).getByTestId('open-checklist').click();
  await expect(step(popup, 'patch')).toHaveAttribute('data-status', 'todo');
  await expect(popup.getByRole('alert')).toContainText('its answers have changed since');
  // The verified step reopens with the evidence, and every view agrees: step, progress, report and badge.
  await expect(step(popup, 'remove-mappings')).toHaveAttribute('data-status', 'todo');
  await expect(step(popup, 'remove-mappings')).toContainText('Re-opened by a later check');
  await expect(popup.getByTestId('progress-text')).toHaveText('1 of 5 steps');
  await popup.locator('[data-step="report"] summary').click();
  await expect(popup.getByTestId('report-text')).toContainText('Re-opened by a later check: The .ida mapping still answers');
  await expect(popup.getByTestId('report-text')).not.toContainText('Confirmed by a fresh check: the .ida mapping no longer answers');
  expect(await sw.evaluate(async () => chrome.action.getBadgeText({}))).toBe('RISK');
  await saveScreenshot(popup, 'checklist-mapping-came-back');
  await popup.close();
});

test('after a patch report on unchanged evidence, the chip, headline, badge, summary, checklist header and report agree', async () => {
  const server = await newExposedServer(); // IIS 5.0 with the .ida mapping: the evidence stays "exposed" throughout
  const popup = await openChecklist(server.url);
  await popup.getByRole('button', { name: 'No', exact: true }).click();
  await popup.getByRole('button', { name: 'Yes, I need it' }).click();
  await step(popup, 'patch').getByRole('button', { name: 'I have installed the patch' }).click();
  await expect(step(popup, 'patch')).toHaveAttribute('data-status', 'done');
  // The checklist header and the report render the finding view.
  await expect(popup.locator('.chip-line')).toHaveAttribute('data-verdict', 'mitigated');
  await expect(popup.locator('.chip-line')).toContainText('Protected for now');
  await popup.locator('[data-step="report"] summary').click();
  await expect(popup.getByTestId('report-text')).toContainText(`1. ${server.url}: Protected for now (You reported this server patched)`);
  await expect(popup.getByTestId('report-text')).not.toContainText(`${server.url}: Exposed`);
  await expect(popup.getByTestId('report-text')).toContainText('Found before the fix: Exposed'); // the history, said as history
  const mailto = (await popup.locator('a[href^="mailto:"]').first().getAttribute('href')) ?? '';
  expect(decodeURIComponent(mailto)).toContain('Code Red report: protected for now');
  await saveScreenshot(popup, 'checklist-patch-reported');
  // The card, the summary and the badge say the same.
  await popup
    .getByRole('button', { name: /This computer/ })
    .first()
    .click();
  const c = card(popup, server.url);
  await expect(c).toHaveAttribute('data-verdict', 'mitigated');
  await expect(c.locator('.chip')).toContainText('Protected for now');
  await expect(c.getByRole('heading', { level: 2 })).toHaveText('You reported this server patched');
  await expect(popup.getByTestId('summary')).toContainText('rests on your report');
  await expect(popup.getByTestId('summary')).toHaveAttribute('data-summary', 'safe');
  await expect(popup.getByTestId('summary')).toContainText('No server here is at risk');
  await expect.poll(() => sw.evaluate(async () => chrome.action.getBadgeText({})), { timeout: 10_000 }).toBe('OK');
  await saveScreenshot(popup, 'popup-patch-reported');
  await popup.close();
});

test('the advisories, an advisory and the questions each have a view', async () => {
  const popup = await openPopup(context, extensionId);
  await popup.getByRole('button', { name: 'Advisories' }).click();
  await expect(popup.getByTestId('bundle-info')).toContainText('7 advisories');
  await saveScreenshot(popup, 'advisories-list');
  await popup.locator('[data-advisory="MS01-033"]').click();
  const detail = popup.locator('[data-advisory-detail="MS01-033"]');
  await expect(detail).toContainText('Severity');
  await expect(detail.getByRole('link', { name: 'Microsoft Security Bulletin MS01-033' })).toHaveAttribute(
    'href',
    'https://learn.microsoft.com/en-us/security-updates/securitybulletins/2001/ms01-033',
  );
  // CERT's 2001 page is gone: named, not linked.
  await expect(detail).toContainText('historic page, no longer online');
  await expect(detail.getByRole('link', { name: /CA-2001-13/ })).toHaveCount(0);
  await saveScreenshot(popup, 'advisory-detail');
  await popup.getByRole('button', { name: 'Questions' }).click();
  await expect(popup.locator('[data-faq]')).toHaveCount(5);
  await popup.locator('[data-faq="port-disabled"] summary').click();
  await expect(popup.locator('[data-faq="port-disabled"]')).toContainText('most likely infected');
  await saveScreenshot(popup, 'faq');
  await popup.close();
});

test('sent nothing but the probe requests, to this computer', () => {
  expectProbeTrafficOnly(traffic);
});
