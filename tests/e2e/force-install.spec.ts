import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext, type Worker } from '@playwright/test';
import { QUIET_FLAGS, chromiumPath } from './browser';
import { canWritePolicy, removeTestPolicies, writePolicy } from './policy-files';
import { saveScreenshot } from './screenshots';
import { throwawayKey } from './test-build';
import { serveFolder } from '../servers/static-server';

test.skip(!canWritePolicy(), 'Writing Chromium policy needs root (CI runs as root).');

const work = mkdtempSync(path.join(tmpdir(), 'cra-force-'));
const keyFile = path.join(work, 'key.pem');
const outDir = path.join(work, 'package');
let context: BrowserContext | undefined;
let host: Awaited<ReturnType<typeof serveFolder>>;

/** The admin's path: `npm run package` with their key and the address they serve it from. */
function packageRelease(version?: string): void {
  const result = spawnSync(
    'npx',
    ['tsx', 'scripts/package.ts', '--key', keyFile, '--base-url', host.baseUrl, '--out', outDir, '--skip-zips'],
    {
      env: { ...process.env, ...(version ? { CRA_VERSION: version } : {}) },
      encoding: 'utf8',
    },
  );
  if (result.status !== 0) throw new Error(`npm run package failed:\n${result.stdout}\n${result.stderr}`);
}

async function extensionWorker(ctx: BrowserContext, version: string): Promise<Worker> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    for (const w of ctx.serviceWorkers()) {
      const v = await w.evaluate(() => chrome.runtime.getManifest().version).catch(() => undefined);
      if (v === version) return w;
    }
    await ctx.waitForEvent('serviceworker', { timeout: 2_000 }).catch(() => undefined);
  }
  throw new Error(`No service worker of version ${version} within 30 s`);
}

test.beforeAll(async () => {
  host = await serveFolder(outDir);
});

test.afterAll(async () => {
  await context?.close();
  await host?.close();
  removeTestPolicies();
  rmSync(work, { recursive: true, force: true });
});

test('Chromium force-installs the CRX from updates.xml, the user cannot remove it, and a newer release is picked up', async () => {
  test.setTimeout(120_000);
  const { extensionId } = throwawayKey(keyFile);
  packageRelease();
  writePolicy('force-install', {
    ExtensionInstallForcelist: [`${extensionId};${host.baseUrl}/updates.xml`],
    // Tests only: without it Chromium hides force-installed extensions from DevTools, and Playwright with them.
    DeveloperToolsAvailability: 1,
    '3rdparty': { extensions: { [extensionId]: { OrganizationName: 'Example University' } } },
  });

  context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    // Both Playwright defaults stop policy installs; there is no --load-extension here.
    ignoreDefaultArgs: ['--disable-extensions', '--disable-background-networking'],
    args: QUIET_FLAGS.filter((f) => f !== '--disable-background-networking'),
  });
  const sw = await extensionWorker(context, '0.1.0');
  expect(new URL(sw.url()).host).toBe(extensionId);
  expect(host.fetched.some((u) => u.startsWith('/updates.xml'))).toBe(true);
  expect(
    await sw.evaluate(async () => {
      const self = await chrome.management.getSelf();
      return { installType: self.installType, mayDisable: self.mayDisable };
    }),
  ).toEqual({ installType: 'admin', mayDisable: false });
  await expect
    .poll(() => sw.evaluate(async () => (await chrome.storage.managed.get()).OrganizationName), { timeout: 20_000 })
    .toBe('Example University');

  const popup = await context.newPage();
  await popup.setViewportSize({ width: 380, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('managed-note')).toContainText('Example University');
  await saveScreenshot(popup, 'popup-force-installed');
  await popup.close();

  // Publish 0.1.1 on the same server; the installed copy finds it through its update_url.
  packageRelease('0.1.1');
  const status = await sw.evaluate(async () => (await chrome.runtime.requestUpdateCheck()).status);
  expect(status).toBe('update_available');
  await sw.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  const updated = await extensionWorker(context, '0.1.1');
  expect(new URL(updated.url()).host).toBe(extensionId);
});
