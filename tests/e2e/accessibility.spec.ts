import { expect, test, type BrowserContext, type Request, type Worker } from '@playwright/test';
import { expectNoViolations } from './axe';
import { expectProbeTrafficOnly, launchWithExtension } from './browser';
import { card, openOptions, openPopup, setTargets, waitForReport } from './extension';
import { saveScreenshot } from './screenshots';
import { refusedPort, startPersonality, type FakeServer } from '../servers/fake-servers';

for (const scheme of ['light', 'dark'] as const) {
  test.describe(`${scheme} colour scheme`, () => {
    let context: BrowserContext;
    let sw: Worker;
    let extensionId: string;
    let server: FakeServer;
    let quiet: string;
    const traffic: Request[] = [];

    test.beforeAll(async () => {
      server = await startPersonality('iis5-mapped');
      quiet = `http://127.0.0.1:${await refusedPort()}/`;
      ({ context, serviceWorker: sw, extensionId } = await launchWithExtension({ colorScheme: scheme, record: traffic }));
      await setTargets(sw, [server.url, quiet]);
      await waitForReport(sw, [server.url, quiet]);
    });

    test.afterAll(async () => {
      await context?.close();
      await server?.close();
    });

    test('popup views have no axe violations', async () => {
      const popup = await openPopup(context, extensionId);
      await expect(card(popup, server.url)).toHaveAttribute('data-verdict', 'exposed');
      await card(popup, server.url).locator('summary', { hasText: 'Evidence' }).click();
      await popup.locator('.quiet-list > summary').click();
      await expectNoViolations(popup, 'findings');
      await saveScreenshot(popup, `a11y-${scheme}-findings`);

      await popup.getByRole('button', { name: 'Advisories' }).click();
      await expect(popup.getByTestId('bundle-info')).toBeVisible();
      await expectNoViolations(popup, 'advisories');
      await popup.locator('[data-advisory="MS01-033"]').click();
      await expect(popup.locator('[data-advisory-detail]')).toBeVisible();
      await expectNoViolations(popup, 'advisory detail');

      await popup.getByRole('button', { name: 'Questions' }).click();
      await popup.locator('[data-faq="what"] summary').click();
      await expectNoViolations(popup, 'FAQ');

      await popup.getByRole('button', { name: 'This computer' }).click();
      await card(popup, server.url).getByTestId('open-checklist').click();
      await expect(popup.locator('[data-question="infection"]')).toBeVisible();
      await expectNoViolations(popup, 'checklist question');
      await popup.getByRole('button', { name: 'No', exact: true }).click();
      await popup.getByRole('button', { name: 'Yes, I need it' }).click();
      await expect(popup.getByTestId('progress-text')).toBeVisible();
      await expectNoViolations(popup, 'checklist steps');
      await saveScreenshot(popup, `a11y-${scheme}-checklist`);
      await popup.close();
    });

    test('sent nothing but the probe requests, to this computer', () => {
      expectProbeTrafficOnly(traffic);
    });

    test('the options page has no axe violations', async () => {
      const options = await openOptions(context, extensionId);
      await options.getByLabel('Add an address on this computer').fill('http://example.com/');
      await options.getByRole('button', { name: 'Add' }).click();
      await expect(options.getByTestId('target-message')).toContainText('not this computer');
      await expectNoViolations(options, 'options');
      await saveScreenshot(options, `a11y-${scheme}-options`);
      await options.close();
    });
  });
}
