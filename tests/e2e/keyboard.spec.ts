import { expect, test, type BrowserContext, type Locator, type Page, type Worker, type Request } from '@playwright/test';
import { expectProbeTrafficOnly, launchWithExtension } from './browser';
import { card, openPopup, setTargets, waitForReport } from './extension';
import { startSwitchableIis, type FakeServer } from '../servers/fake-servers';

let context: BrowserContext;
const traffic: Request[] = [];
let sw: Worker;
let extensionId: string;
let server: FakeServer;

test.beforeAll(async () => {
  server = await startSwitchableIis();
  ({ context, serviceWorker: sw, extensionId } = await launchWithExtension({ record: traffic }));
  await setTargets(sw, [server.url]);
  await waitForReport(sw, [server.url]);
});

test.afterAll(async () => {
  await context?.close();
  await server?.close().catch(() => undefined);
});

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  await expect(target).toBeVisible();
  for (let i = 0; i < 60; i++) {
    if (await target.evaluate((el) => el === document.activeElement, undefined, { timeout: 2_000 })) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

async function press(page: Page, target: Locator, key = 'Enter'): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press(key);
}

test('a whole checklist can be walked with the keyboard alone', async () => {
  const popup = await openPopup(context, extensionId);
  await expect(card(popup, server.url)).toHaveAttribute('data-verdict', 'exposed');

  await press(popup, card(popup, server.url).getByTestId('open-checklist'));
  await press(popup, popup.getByRole('button', { name: 'No', exact: true }));
  await press(popup, popup.getByRole('button', { name: 'No, I don’t' }));
  await expect(popup.getByTestId('progress-text')).toHaveText('0 of 3 steps');

  await server.close(); // IIS turned off
  const turnOff = popup.locator('[data-step="turn-off-iis"]');
  await press(popup, turnOff.getByRole('button', { name: 'Check now' }), 'Space');
  await expect(turnOff).toHaveAttribute('data-status', 'done');

  const antivirus = popup.locator('[data-step="update-antivirus"]');
  await press(popup, antivirus.getByRole('button', { name: 'Done' }));
  await expect(antivirus).toHaveAttribute('data-status', 'done');

  const report = popup.locator('[data-step="report"]');
  await press(popup, report.getByRole('button', { name: 'I sent the report' }));
  await expect(popup.getByTestId('progress-text')).toHaveText('3 of 3 steps');
  await expect(popup.getByTestId('checklist-complete')).toBeVisible();

  // Focus is always visible: the focused control draws an outline.
  await tabTo(popup, popup.getByRole('button', { name: 'Change my answers' }));
  const outline = await popup.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).not.toBe('none');
  await popup.close();
});

test('sent nothing but the probe requests, to this computer', () => {
  expectProbeTrafficOnly(traffic);
});
