import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page, type Request, type Worker } from '@playwright/test';
import { expectProbeTrafficOnly, launchWithExtension } from './browser';
import { card, openPopup, setTargets, waitForReport } from './extension';
import { saveScreenshot } from './screenshots';
import { startSwitchableIis } from '../servers/fake-servers';

// The whole guided fix in a Spanish browser: every step, the notes the checklist stores, and the report, before and after a
// restart. Notes are stored as codes, so they read in Spanish however they were written.
const profile = mkdtempSync(path.join(tmpdir(), 'cra-profile-es-'));
let context: BrowserContext;
let sw: Worker;
let extensionId: string;
const traffic: Request[] = [];
let server: Awaited<ReturnType<typeof startSwitchableIis>>;

async function launch() {
  ({ context, serviceWorker: sw, extensionId } = await launchWithExtension({ lang: 'es', userDataDir: profile, record: traffic }));
}

test.beforeAll(async () => {
  server = await startSwitchableIis();
  await launch();
  await setTargets(sw, [server.url]);
  await waitForReport(sw, [server.url]);
});

test.afterAll(async () => {
  await context?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

const step = (page: Page, id: string) => page.locator(`[data-step="${id}"]`);
const PATCH_NOTE = 'Usted indicó que instaló el parche.';
const MAPPING_NOTE = 'Confirmado por una comprobación nueva: la asignación .ida ya no responde.';

test('the whole checklist in Spanish, with its stored notes after a restart', async () => {
  let popup = await openPopup(context, extensionId);
  await expect(card(popup, server.url)).toHaveAttribute('data-verdict', 'exposed');
  await card(popup, server.url).getByTestId('open-checklist').click();
  await popup.getByRole('button', { name: 'No', exact: true }).click();
  await popup.getByRole('button', { name: 'Sí, lo necesito' }).click();
  await expect(popup.getByTestId('progress-text')).toHaveText('0 de 5 pasos');

  await step(popup, 'patch').getByRole('button', { name: 'He instalado el parche' }).click();
  await expect(step(popup, 'patch')).toHaveAttribute('data-status', 'done');
  await expect(step(popup, 'patch')).toContainText(PATCH_NOTE);

  // A check that fails says why, in Spanish.
  await step(popup, 'remove-mappings').getByRole('button', { name: 'Comprobar ahora' }).click();
  await expect(popup.getByTestId('step-message-remove-mappings')).toContainText('La asignación .ida sigue respondiendo');
  server.setMapped(false);
  await step(popup, 'remove-mappings').getByRole('button', { name: 'Comprobar ahora' }).click();
  await expect(step(popup, 'remove-mappings')).toHaveAttribute('data-status', 'done');
  await expect(step(popup, 'remove-mappings')).toContainText(MAPPING_NOTE);

  await step(popup, 'subscribe').getByRole('button', { name: 'Hecho' }).click();
  await step(popup, 'update-antivirus').getByRole('button', { name: 'Omitir' }).click();
  await expect(step(popup, 'update-antivirus')).toHaveAttribute('data-status', 'skipped');
  await step(popup, 'report').getByRole('button', { name: 'He enviado el informe' }).click();
  await expect(popup.getByTestId('progress-text')).toHaveText('5 de 5 pasos');
  await expect(popup.getByTestId('checklist-complete')).toContainText('Todos los pasos están hechos');
  await popup.close();

  // Restart the browser on the same profile: the stored notes still read in Spanish, in the steps and in the report.
  await context.close();
  await launch();
  popup = await openPopup(context, extensionId);
  await expect(card(popup, server.url)).toHaveAttribute('data-verdict', 'mitigated');
  await card(popup, server.url).getByTestId('open-checklist').click();
  await expect(popup.getByTestId('progress-text')).toHaveText('5 de 5 pasos');
  await expect(step(popup, 'patch')).toContainText(PATCH_NOTE);
  await expect(step(popup, 'remove-mappings')).toContainText(MAPPING_NOTE);
  const report = popup.getByTestId('report-text');
  await expect(report).toContainText(`(${PATCH_NOTE})`);
  await expect(report).toContainText(`(${MAPPING_NOTE})`);
  await expect(report).not.toContainText('Confirmed by a fresh check');
  await expect(report).not.toContainText('Reported patched by you');
  await saveScreenshot(popup, 'checklist-es-after-restart');
  await popup.close();
});

test('sent nothing but the probe requests, to this computer', () => {
  expectProbeTrafficOnly(traffic);
});
