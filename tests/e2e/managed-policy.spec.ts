import { expect, test, type BrowserContext, type Worker, type Request } from '@playwright/test';
import { expectProbeTrafficOnly } from './browser';
import { card, openOptions, openPopup, waitForReport } from './extension';
import { launchUnderPolicy, type ManagedLaunch } from './managed-launch';
import { canWritePolicy } from './policy-files';
import { saveScreenshot } from './screenshots';
import type { KeyedBuild } from './test-build';
import { startPersonality, type FakeServer } from '../servers/fake-servers';

test.skip(!canWritePolicy(), 'Writing Chromium policy needs root (CI runs as root).');

let launched: ManagedLaunch | undefined;
let build: KeyedBuild;
let context: BrowserContext;
const traffic: Request[] = [];
let sw: Worker;
let server: FakeServer;

test.beforeAll(async () => {
  server = await startPersonality('iis5-mapped');
  launched = await launchUnderPolicy(
    'managed',
    () => ({
      OrganizationName: 'Example University',
      SecurityTeamEmail: 'security@example.edu',
      ExtraTargets: [server.url.replace('127.0.0.1', 'localhost')],
      ScanIntervalHours: 12,
      LockTargets: true,
      // Chromium drops a value that breaks the schema before the extension sees it; this one passes the schema and fails our check.
      HelpDeskEmail: 'not an address',
    }),
    traffic,
  );
  ({ build, context, serviceWorker: sw } = launched);
});

test.afterAll(async () => {
  await launched?.close();
  await server?.close();
});

test('the extension reads its id-keyed policy, and the options page shows the organization, the locks and the bad value', async () => {
  expect(new URL(sw.url()).host).toBe(build.extensionId);
  await expect
    .poll(() => sw.evaluate(async () => (await chrome.storage.managed.get()).OrganizationName), { timeout: 20_000 })
    .toBe('Example University');

  const options = await openOptions(context, build.extensionId);
  await expect(options.getByTestId('managed-by')).toContainText('Example University\u2019s IT department');
  await expect(options.locator('#targets-h').getByTestId('managed-mark')).toHaveText(/Set by your IT department/);
  await expect(options.getByLabel('Add an address on this computer')).toHaveCount(0);
  await expect(options.getByLabel(/Check automatically every/)).toBeDisabled();
  await expect(options.getByLabel(/Check automatically every/)).toHaveValue('12');
  const problem = options.locator('[data-policy-key="HelpDeskEmail"]');
  await expect(problem).toContainText('not an address');
  await expect(problem).toContainText('It must be an e-mail address');
  await saveScreenshot(options, 'options-managed');
  await options.close();
});

test('the popup checks IT\u2019s server, names the organization, and the report goes to its security team', async () => {
  const itTarget = server.url.replace('127.0.0.1', 'localhost');
  await waitForReport(sw, ['http://localhost/', 'http://127.0.0.1/', itTarget]);
  const popup = await openPopup(context, build.extensionId);
  await expect(card(popup, itTarget)).toHaveAttribute('data-verdict', 'exposed');
  await expect(popup.getByTestId('managed-note')).toContainText('Managed by Example University\u2019s IT department');
  await card(popup, itTarget).getByTestId('open-checklist').click();
  await popup.getByRole('button', { name: 'No', exact: true }).click();
  await popup.getByRole('button', { name: 'No, I don’t' }).click();
  await popup.locator('[data-step="report"] summary').click();
  await expect(popup.locator('[data-step="report"]').getByRole('link', { name: 'E-mail it' })).toHaveAttribute(
    'href',
    /^mailto:security@example\.edu\?/,
  );
  await saveScreenshot(popup, 'popup-managed');
  await popup.close();
});

test('a policy change applies while the browser runs', async () => {
  launched?.setPolicy({ OrganizationName: 'Renamed College', ScanIntervalHours: 3 });
  // Chromium watches the policy folder and reloads after a short settle delay.
  await expect
    .poll(() => sw.evaluate(async () => (await chrome.storage.managed.get()).OrganizationName), { timeout: 45_000 })
    .toBe('Renamed College');
  await expect
    .poll(() => sw.evaluate(async () => (await chrome.alarms.get('scheduled-scan'))?.periodInMinutes), { timeout: 10_000 })
    .toBe(180);
  const options = await openOptions(context, build.extensionId);
  await expect(options.getByTestId('managed-by')).toContainText('Renamed College');
  await expect(options.getByLabel('Add an address on this computer')).toBeVisible();
  await options.close();
});

test('sent nothing but the probe requests, to this computer', () => {
  expectProbeTrafficOnly(traffic);
});
