import { expect, test, type BrowserContext, type Worker, type Request } from '@playwright/test';
import { expectProbeTrafficOnly, launchWithExtension } from './browser';
import { card, openOptions, openPopup, readStorage, waitForReport } from './extension';
import { saveScreenshot } from './screenshots';
import { startPersonality, type FakeServer } from '../servers/fake-servers';

let context: BrowserContext;
const traffic: Request[] = [];
let sw: Worker;
let extensionId: string;
let server: FakeServer;

test.beforeAll(async () => {
  server = await startPersonality('iis5-mapped');
  ({ context, serviceWorker: sw, extensionId } = await launchWithExtension({ record: traffic }));
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

test('adding a loopback address checks it, and bad input is refused with a reason', async () => {
  const options = await openOptions(context, extensionId);
  const list = options.getByTestId('target-list');
  await expect(list.locator('li')).toHaveCount(2);
  const input = options.getByLabel('Add an address on this computer');
  const message = options.getByTestId('target-message');

  for (const [bad, reason] of [
    ['http://example.com/', 'example.com is not this computer'],
    ['http://127.0.0.1:8080/scripts/root.exe', 'without a path'],
    ['javascript:alert(1)', 'Only http:// and https://'],
    ['http://127.0.0.1:99999/', 'is not a web address'],
    ['http://localhost/', 'already in the list'],
  ] as const) {
    await input.fill(bad);
    await input.press('Enter');
    await expect(message).toContainText(reason);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expect(input).toHaveValue(bad); // what the person typed is kept for correcting
    await expect(list.locator('li')).toHaveCount(2);
  }
  await saveScreenshot(options, 'options-refused-input');

  await input.fill(server.url.replace(/\/$/, ''));
  await options.getByRole('button', { name: 'Add' }).click();
  await expect(message).toContainText(`Added ${server.url}`);
  await expect(list.locator('li')).toHaveCount(3);
  await expect(input).toHaveValue('');
  await saveScreenshot(options, 'options-added');

  await waitForReport(sw, ['http://localhost/', 'http://127.0.0.1/', server.url]);
  const popup = await openPopup(context, extensionId);
  await expect(card(popup, server.url)).toHaveAttribute('data-verdict', 'exposed');
  await popup.close();

  await options.getByRole('button', { name: 'Remove http://localhost/' }).click();
  await expect(list.locator('li')).toHaveCount(2);
  expect(await readStorage(sw, 'settings')).toMatchObject({ targets: ['http://127.0.0.1/', server.url] });
  await options.close();
});

test('the schedule accepts whole hours and refuses the rest, keeping what was saved', async () => {
  const options = await openOptions(context, extensionId);
  const interval = options.getByLabel('Check automatically every (hours)');
  const message = options.getByTestId('interval-message');
  await interval.fill('0');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(message).toContainText('whole number of hours from 1 to 168');
  expect(await readStorage(sw, 'settings')).toMatchObject({ scanIntervalHours: 6 });

  await interval.fill('12');
  await interval.press('Enter');
  await expect(message).toContainText('every 12 hours');
  expect(await readStorage(sw, 'settings')).toMatchObject({ scanIntervalHours: 12 });
  await expect.poll(() => sw.evaluate(async () => (await chrome.alarms.get('scheduled-scan'))?.periodInMinutes)).toBe(720);
  await options.close();
});

test('sent nothing but the probe requests, to this computer', () => {
  expectProbeTrafficOnly(traffic);
});
