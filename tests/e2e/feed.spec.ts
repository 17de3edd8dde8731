import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Request } from '@playwright/test';
import { card, openOptions, openPopup, readStorage, setTargets, waitForReport, writeStorage } from './extension';
import { launchUnderPolicy, type ManagedLaunch } from './managed-launch';
import { canWritePolicy } from './policy-files';
import { saveScreenshot } from './screenshots';
import { startCsafProvider } from '../servers/csaf-provider';
import { startPersonality, type FakeServer } from '../servers/fake-servers';
import { csafFileName } from '../../core/feed/filename';
import { advisoryDoc, createSigner, type GpgSigner } from '../fixtures/feed/gpg-provider';

test.skip(!canWritePolicy(), 'Writing Chromium policy needs root (CI runs as root).');

// IT's signed CSAF feed, end to end: GnuPG signs, a local provider serves, a real policy file names it and pins the key.
let launched: ManagedLaunch | undefined;
let signer: GpgSigner;
let root: string;
let provider: Awaited<ReturnType<typeof startCsafProvider>>;
let iis: FakeServer;
let metadataUrl: string;
const traffic: Request[] = [];
const ID = 'EXU-2026-001';
const FILE = 'exu-2026-001.json';
const v = (version: string, day: number) =>
  advisoryDoc(ID, version, `2026-11-${String(day).padStart(2, '0')}T00:00:00.000Z`, `Example University: patch campus IIS (${version})`);
let decoy: Awaited<ReturnType<typeof startCsafProvider>>;

/**
 * Publishes these documents as an admin would, with `npm run feed` (docs/admin.md §5b) into a fresh folder served by the
 * provider; then a tampered document gets its changed bytes, and lures to another host are added: a document in
 * index.txt and a copy of the pinned key in the metadata, both on the decoy server. The extension must never follow them
 * off the provider's host.
 */
function publish(docs: { doc: unknown; tamper?: (signed: string) => string }[]) {
  const out = mkdtempSync(path.join(tmpdir(), 'cra-feed-out-'));
  const files = docs.map((d, i) => {
    const file = path.join(out, `source-${i}.json`);
    writeFileSync(file, JSON.stringify(d.doc, null, 2));
    return file;
  });
  try {
    execFileSync('npm', ['run', '-s', 'feed', '--', '--key', signer.fingerprint, '--out', out, '--url', provider.origin, ...files], {
      env: { ...process.env, GNUPGHOME: signer.home },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: 60_000,
    });
    const csaf = path.join(root, '.well-known', 'csaf');
    rmSync(csaf, { recursive: true, force: true });
    cpSync(path.join(out, '.well-known', 'csaf'), csaf, { recursive: true });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
  const csaf = path.join(root, '.well-known', 'csaf');
  for (const d of docs.filter((d) => d.tamper)) {
    const id = (d.doc as { document: { tracking: { id: string } } }).document.tracking.id;
    const file = path.join(csaf, 'white', '2026', csafFileName(id));
    writeFileSync(file, d.tamper?.(readFileSync(file, 'utf8')) ?? '');
  }
  appendFileSync(path.join(csaf, 'white', 'index.txt'), `${decoy.origin}/.well-known/csaf/white/2026/${FILE}\n`);
  const metaFile = path.join(csaf, 'provider-metadata.json');
  const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as { public_openpgp_keys: unknown[]; distributions: unknown[] };
  meta.public_openpgp_keys.unshift({ fingerprint: signer.fingerprint, url: `${decoy.origin}/key.asc` });
  meta.distributions.unshift({ directory_url: `${decoy.origin}/.well-known/csaf/white/` });
  writeFileSync(metaFile, JSON.stringify(meta));
}

type Held = {
  documents: { trackingId: string; version: string }[];
  rejections: { file: string; code: string }[];
  lastSuccessAt?: number;
} | null;
const feedCache = async () => (await readStorage((launched as ManagedLaunch).serviceWorker, 'feedCache')) as Held;

/** "Check now" on the settings page, as a person would press it; waits for the check to finish. */
async function checkNow() {
  const { context, build } = launched as ManagedLaunch;
  const options = await openOptions(context, build.extensionId);
  const button = options.getByTestId('feed-check-now');
  await button.click();
  await expect(button).toHaveText('Check now', { timeout: 60_000 });
  return options;
}

test.beforeAll(async () => {
  signer = createSigner();
  root = mkdtempSync(path.join(tmpdir(), 'cra-provider-'));
  provider = await startCsafProvider(root);
  decoy = await startCsafProvider(root);
  metadataUrl = `${provider.origin}/.well-known/csaf/provider-metadata.json`;
  publish([{ doc: v('1', 20) }]);
  iis = await startPersonality('iis5-mapped');
  launched = await launchUnderPolicy(
    'feed',
    () => ({ AdvisoryFeedUrl: metadataUrl, AdvisoryFeedKeys: [signer.fingerprint], LoadSpreadMinutes: 0 }),
    traffic,
  );
});

test.afterAll(async () => {
  await launched?.close();
  await provider?.close();
  await decoy?.close();
  await iis?.close();
  signer?.dispose();
  if (root) rmSync(root, { recursive: true, force: true });
});

test('the feed publishes an advisory: after a check, the popup shows it on the matching IIS finding, marked as from IT’s feed', async () => {
  const { context, build, serviceWorker: sw } = launched as ManagedLaunch;
  // The check on install has verified it by now (or is about to).
  await expect
    .poll(async () => (await feedCache())?.documents.map((d) => d.version), { timeout: 60_000, message: 'the feed checked' })
    .toEqual(['1']);
  await setTargets(sw, [iis.url]);
  await waitForReport(sw, [iis.url]);
  const popup = await openPopup(context, build.extensionId);
  const finding = card(popup, iis.url);
  await expect(finding.getByRole('button', { name: new RegExp(`^${ID}: Example University`) })).toBeVisible({ timeout: 20_000 });
  await expect(finding.locator('[data-source="feed"]')).toHaveText('(from your IT department’s feed, version 1)');
  await finding.getByRole('button', { name: new RegExp(`^${ID}:`) }).click();
  await expect(popup.getByTestId('advisory-source')).toHaveText('Your IT department’s advisory feed');
  await expect(popup.getByTestId('advisory-verification')).toContainText(signer.fingerprint.slice(-4));
  await expect(popup.getByTestId('advisory-version')).toHaveText('1');
  await saveScreenshot(popup, 'feed-advisory');
  await popup.close();
});

test('a tampered update is refused: the old version stays, and the settings page names the file and why', async () => {
  const { context, build } = launched as ManagedLaunch;
  publish([{ doc: v('2', 24), tamper: (s) => s.replace('must be patched', 'need not be patched') }]);
  const options = await checkNow();
  const rejection = options.getByTestId('feed-rejections').locator('li');
  await expect(rejection).toHaveCount(1);
  await expect(rejection).toContainText(`/.well-known/csaf/white/2026/${FILE}`);
  await expect(rejection).toContainText('Its hash does not match');
  await expect(options.getByTestId('feed-held')).toHaveText(`${ID} (1)`);
  await saveScreenshot(options, 'options-feed-rejected');
  await options.close();
  expect((await feedCache())?.documents.map((d) => d.version)).toEqual(['1']);
  const popup = await openPopup(context, build.extensionId);
  await expect(card(popup, iis.url).locator('[data-source="feed"]')).toHaveText('(from your IT department’s feed, version 1)', {
    timeout: 20_000,
  });
  await popup.close();
});

test('a good update replaces the old version everywhere; a rollback to it afterwards is refused', async () => {
  const { context, build } = launched as ManagedLaunch;
  publish([{ doc: v('2', 24) }]);
  (await checkNow()).close();
  expect((await feedCache())?.documents.map((d) => d.version)).toEqual(['2']);
  const popup = await openPopup(context, build.extensionId);
  await expect(card(popup, iis.url).locator('[data-source="feed"]')).toHaveText('(from your IT department’s feed, version 2)', {
    timeout: 20_000,
  });
  await popup.close();

  // Version 1 again, properly signed: an attacker replaying an old advisory, or a restored backup.
  publish([{ doc: v('1', 20) }]);
  const options = await checkNow();
  await expect(options.getByTestId('feed-rejections').locator('li')).toContainText('Older than the version already held');
  await expect(options.getByTestId('feed-held')).toHaveText(`${ID} (2)`);
  await options.close();
});

test('the provider goes down: the held advisories stay, and after the stale period the list says when they were last updated', async () => {
  const { context, build, serviceWorker: sw } = launched as ManagedLaunch;
  provider.setUp(false);
  const options = await checkNow();
  await expect(options.getByTestId('feed-error')).toContainText('The provider metadata could not be read');
  await options.close();
  expect((await feedCache())?.documents.map((d) => d.version)).toEqual(['2']);

  // Eight days on: the last success moved back, as time passing would (the stale period is 7 days by default).
  const held = (await feedCache()) as NonNullable<Held>;
  const eightDaysAgo = Date.now() - 8 * 86_400_000;
  await writeStorage(sw, { feedCache: { ...held, lastSuccessAt: eightDaysAgo } });
  const popup = await openPopup(context, build.extensionId);
  await expect(card(popup, iis.url).locator('[data-source="feed"]')).toHaveText('(from your IT department’s feed, version 2)', {
    timeout: 20_000,
  });
  await popup.getByRole('button', { name: 'Advisories' }).click();
  await expect(popup.getByTestId('feed-stale')).toContainText('Your IT department’s advisories were last updated on');
  await expect(popup.locator(`[data-advisory="${ID}"]`)).toBeVisible();
  await saveScreenshot(popup, 'feed-stale');
  await popup.close();
  provider.setUp(true);
});

test('the provider saw only GETs without credentials, under its CSAF folder; no other host was contacted', () => {
  // The check runs in the verifier page's worker, which Playwright's record does not see: the servers' own logs do.
  expect(provider.requests.length).toBeGreaterThan(0);
  for (const r of provider.requests) {
    expect(r.method).toBe('GET');
    expect(r.credentials).toBe(false);
    expect(r.path).toMatch(/^\/\.well-known\/csaf\//);
  }
  expect(decoy.requests, 'the lures on another host were never followed').toEqual([]);
  for (const r of traffic.filter((r) => /^https?:/.test(r.url()) && !r.url().startsWith(provider.origin))) {
    expect(['/', '/NULL.ida'], r.url()).toContain(new URL(r.url()).pathname);
    expect(r.method()).toBe('GET');
  }
});

test('IT revokes the signing key in policy: what it signed leaves the popup at once, and the settings page says why (issue 18)', async () => {
  const { context, build } = launched as ManagedLaunch;
  const provided = provider.requests.length;
  // The provider still serves the key without its revocation, as a compromised provider could; policy says otherwise.
  (launched as ManagedLaunch).setPolicy({
    AdvisoryFeedUrl: metadataUrl,
    AdvisoryFeedKeys: [signer.fingerprint],
    AdvisoryFeedRevokedKeys: [signer.fingerprint],
    // A real spread: the documents must go before, and without, any download.
    LoadSpreadMinutes: 240,
  });
  await expect
    .poll(async () => (await feedCache())?.documents.length, { timeout: 30_000, message: 'the revoked key’s documents removed' })
    .toBe(0);
  expect((await feedCache())?.rejections[0]).toMatchObject({ code: 'key-withdrawn' });
  expect(provider.requests.length, 'nothing downloaded for it').toBe(provided);
  const popup = await openPopup(context, build.extensionId);
  await expect(card(popup, iis.url)).toBeVisible({ timeout: 20_000 });
  await expect(card(popup, iis.url).locator('[data-source="feed"]')).toHaveCount(0);
  await popup.close();
  const options = await openOptions(context, build.extensionId);
  await expect(options.getByTestId('feed-rejections').locator('li').first()).toContainText(
    'Removed: it was signed by a key your IT department revoked',
  );
  await options.close();
});
