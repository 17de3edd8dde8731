import { expect, test, type BrowserContext, type Request, type Worker } from '@playwright/test';
import { expectProbeTrafficOnly, launchWithExtension } from './browser';
import { card, openPopup, setTargets, waitForReport } from './extension';
import { saveScreenshot } from './screenshots';
import { startPersonality, type FakeServer } from '../servers/fake-servers';

let context: BrowserContext;
let sw: Worker;
let extensionId: string;
const traffic: Request[] = [];
let server: FakeServer;

test.beforeAll(async () => {
  server = await startPersonality('iis5-mapped');
  ({ context, serviceWorker: sw, extensionId } = await launchWithExtension({ lang: 'es', record: traffic }));
  await setTargets(sw, [server.url]);
  await waitForReport(sw, [server.url]);
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
});

test('in a Spanish browser the popup, the badge and the dates are in Spanish', async () => {
  const popup = await openPopup(context, extensionId);
  const c = card(popup, server.url);
  await expect(c).toHaveAttribute('data-verdict', 'exposed');
  await expect(c).toContainText('Expuesto');
  expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^es/);
  await expect(c).toContainText('Code Red puede atacar este servidor si no tiene el parche');
  await expect(popup.getByRole('button', { name: 'Comprobar todo de nuevo' })).toBeVisible();
  await c.getByText('Pruebas').click();
  // Dates follow the language: Spanish month names.
  await expect(c.locator('.meta')).toContainText(/Comprobado el \d{1,2} (ene|feb|mar|abr|may|jun|jul|ago|sept?|oct|nov|dic)/);
  expect(await sw.evaluate(() => chrome.action.getTitle({}))).toBe('Code Red Advisor: 1 expuesto');
  await saveScreenshot(popup, 'popup-es-exposed');

  // The guided fix speaks Spanish too.
  await c.getByTestId('open-checklist').click();
  await expect(popup.locator('[data-question="infection"]')).toContainText('¿Hay señales de infección');
  await popup.getByRole('button', { name: 'No', exact: true }).click();
  await popup.getByRole('button', { name: 'No, no lo necesito' }).click();
  await expect(popup.getByTestId('progress-text')).toHaveText('0 de 3 pasos');
  await expect(popup.locator('[data-step="turn-off-iis"]')).toContainText('Apague IIS');
  await saveScreenshot(popup, 'checklist-es');
  await popup.close();
});

test('sent nothing but the probe requests, to this computer', () => {
  expectProbeTrafficOnly(traffic);
});
