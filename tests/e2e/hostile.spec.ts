import { expect, test, type BrowserContext, type Request, type Worker } from '@playwright/test';
import { expectProbeTrafficOnly, launchWithExtension } from './browser';
import { card, openOptions, openPopup, setTargets, waitForReport } from './extension';
import { launchUnderPolicy, type ManagedLaunch } from './managed-launch';
import { canWritePolicy } from './policy-files';
import { saveScreenshot } from './screenshots';
import type { KeyedBuild } from './test-build';
import { startHttpServer, startPersonality, type FakeServer } from '../servers/fake-servers';
import { hostilePolicy } from '../fixtures/hostile-policy';

/** The answer that froze the background for minutes: 64 KB of "HTMLIDQ" with no "NULL.ida", under an IIS 5.0 banner. */
function startAdversarialIda(): Promise<FakeServer> {
  const body = 'HTMLIDQ'.repeat(Math.ceil((64 * 1024) / 7)).slice(0, 64 * 1024);
  return startHttpServer('adversarial-ida', (req, res) => {
    res.writeHead(200, { server: 'Microsoft-IIS/5.0', 'content-type': 'text/html' });
    res.end(req.url === '/NULL.ida' ? body : '<html>home</html>');
  });
}

test.describe('a hostile server next to an exposed one', () => {
  let context: BrowserContext;
  let sw: Worker;
  let extensionId: string;
  const traffic: Request[] = [];
  const servers: FakeServer[] = [];

  test.beforeAll(async () => {
    servers.push(await startAdversarialIda(), await startPersonality('iis5-mapped'));
    ({ context, serviceWorker: sw, extensionId } = await launchWithExtension({ record: traffic }));
  });

  test.afterAll(async () => {
    await context?.close();
    await Promise.all(servers.map((s) => s.close()));
  });

  test('both verdicts arrive in the usual time, and the popup stays responsive', async () => {
    const [adversarial, exposed] = servers as [FakeServer, FakeServer];
    await setTargets(sw, [adversarial.url, exposed.url]);
    // The same deadline as any scan: the old pattern took about 40 minutes on this answer.
    await waitForReport(sw, [adversarial.url, exposed.url], 20_000);
    const popup = await openPopup(context, extensionId);
    await expect(card(popup, exposed.url)).toHaveAttribute('data-verdict', 'exposed');
    // IIS 5.0 whose .ida answer is not idq.dll's page: the mapping is undecided, so "possibly vulnerable", never "safe".
    await expect(card(popup, adversarial.url)).toHaveAttribute('data-verdict', 'possibly-vulnerable');
    await popup.getByRole('button', { name: 'Advisories' }).click();
    await expect(popup.getByTestId('bundle-info')).toBeVisible();
    await popup.getByRole('button', { name: 'This computer' }).click();
    await card(popup, exposed.url)
      .getByRole('button', { name: /check again/i })
      .click();
    await expect(card(popup, exposed.url)).toHaveAttribute('data-verdict', 'exposed');
    for (const s of servers) for (const r of s.seen) expect(['/', '/NULL.ida']).toContain(r.url);
    await popup.close();
  });

  test('sent nothing but the probe requests, to this computer', () => {
    expectProbeTrafficOnly(traffic);
  });
});

test.describe('a hostile policy in Chromium', () => {
  test.skip(!canWritePolicy(), 'Writing Chromium policy needs root (CI runs as root).');
  let launched: ManagedLaunch | undefined;
  let build: KeyedBuild;
  let context: BrowserContext;
  let sw: Worker;
  let server: FakeServer;
  const traffic: Request[] = [];

  test.beforeAll(async () => {
    server = await startPersonality('iis5-mapped');
    launched = await launchUnderPolicy('hostile', () => hostilePolicy(server.url), traffic);
    ({ build, context, serviceWorker: sw } = launched);
  });

  test.afterAll(async () => {
    await launched?.close();
    await server?.close();
  });

  test('the good keys apply, and each bad value is explained on the settings page', async () => {
    await expect
      .poll(() => sw.evaluate(async () => (await chrome.storage.managed.get()).OrganizationName), { timeout: 20_000 })
      .toBe('Example University');
    const options = await openOptions(context, build.extensionId);
    await expect(options.getByTestId('managed-by')).toContainText('Example University');
    await expect(options.getByLabel(/Check automatically every/)).toHaveValue('12');
    await expect(options.getByLabel(/Check automatically every/)).toBeDisabled();
    await expect(options.locator('[data-policy-key="ExtraTargets[1]"]')).toContainText('http://*/');
    await expect(options.locator('[data-policy-key="ExtraTargets[2]"]')).toContainText('https://*.example.com/');
    await expect(options.locator('[data-policy-key="ExtraAdvisories[0]"]')).toContainText('nested more than 32 levels');
    // Chromium drops keys its schema does not name (constructor, toString) before the extension sees them.
    await expect(options.locator('[data-policy-key="constructor"]')).toHaveCount(0);
    await saveScreenshot(options, 'options-hostile-policy');

    const popup = await openPopup(context, build.extensionId);
    await expect(card(popup, server.url)).toHaveAttribute('data-verdict', 'exposed', { timeout: 20_000 });
    await popup.getByRole('button', { name: 'Advisories' }).click();
    await expect(popup.getByTestId('bundle-info')).toBeVisible();
    await options.close();
    await popup.close();
  });

  test('sent nothing but the probe requests, to this computer', () => {
    expectProbeTrafficOnly(traffic);
  });
});
