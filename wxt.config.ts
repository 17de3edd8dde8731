import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { GECKO_ID } from './core/policy/extension-ids';
import { managedSchema } from './scripts/lib/managed-schema';
import { popupInlineStyle } from './scripts/lib/popup-inline-style';
import { popupOwnModules } from './scripts/lib/popup-own-modules';
import { privacyPage } from './scripts/lib/privacy-page';
import { pseudoCatalogue } from './scripts/lib/pseudo-locale';

// Loopback only. A match pattern without a port matches every port, so these
// cover http://127.0.0.1:8080/ as well. Other hosts are requested one origin
// at a time (see docs/permissions.md), or built in for a managed deployment.
const LOOPBACK_HOSTS = [
  'http://localhost/*',
  'https://localhost/*',
  'http://127.0.0.1/*',
  'https://127.0.0.1/*',
  'http://[::1]/*',
  'https://[::1]/*',
];

/**
 * Build variants for managed deployments, all off by default (docs/admin.md):
 * - CRA_HOST_PERMISSIONS: comma-separated match patterns granted at install, for servers IT lists by policy;
 * - CRA_UPDATE_URL: the self-hosted updates.xml, for force-installed CRX builds;
 * - CRA_MANIFEST_KEY: a public key (base64 DER) that fixes the extension id of an unpacked test build.
 *   The Chrome Web Store rejects `key`, so store builds never carry it;
 * - CRA_VERSION: overrides package.json's version, so tests can publish an update;
 * - CRA_OUT_DIR: where the build goes, so these variants never overwrite the normal build.
 */
const extraHosts = (process.env.CRA_HOST_PERMISSIONS ?? '')
  .split(',')
  .map((h) => h.trim())
  .filter(Boolean);
const updateUrl = process.env.CRA_UPDATE_URL;
const manifestKey = process.env.CRA_MANIFEST_KEY;
const versionOverride = process.env.CRA_VERSION;

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  outDir: process.env.CRA_OUT_DIR ?? '.output',
  // CRA_SOURCEMAP=1: source maps, so npm run bench can say which modules weigh what.
  // terser rather than esbuild's minifier: about 1 KB gzip less in the background, which has a 15 KB budget
  // (tests/built/budgets.test.ts). Three passes, ES2020 output (every supported browser runs it: Chrome 120+, Firefox 142+),
  // no unsafe transforms.
  vite: () => ({
    // The popup's first load as one file and its stylesheet inline: fewer requests before the first verdict (issue 19).
    plugins: [popupOwnModules(), popupInlineStyle(), preact()],
    // The feed verifier's worker loads OpenPGP.js's curve code on demand, which needs module workers.
    worker: { format: 'es' },
    build: {
      // Every supported browser has modulepreload (Chrome 120+, Firefox 142+): no polyfill module in each page's first load.
      modulePreload: { polyfill: false },
      sourcemap: process.env.CRA_SOURCEMAP === '1',
      minify: 'terser',
      terserOptions: { ecma: 2020, compress: { passes: 3, ecma: 2020 }, format: { ecma: 2020 } },
    },
  }),
  hooks: {
    // Generated from core/policy/keys.ts, so the schema can never drift from the validator.
    'build:publicAssets': (wxt, files) => {
      // CRA_PSEUDO=1: the pseudo-locale (accented, 40% longer) in place of English, for screenshots that show clipped text.
      if (process.env.CRA_PSEUDO === '1') {
        const english = files.findIndex((f) => f.relativeDest.replaceAll('\\', '/') === '_locales/en/messages.json');
        // Never splice(-1): that would drop the last asset instead of replacing English.
        if (english < 0) throw new Error('CRA_PSEUDO=1: public/_locales/en/messages.json is not among the public files.');
        const catalogue = JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')) as Record<string, { message: string }>;
        files.splice(english, 1, { relativeDest: '_locales/en/messages.json', contents: JSON.stringify(pseudoCatalogue(catalogue)) });
      }
      // The privacy policy, opened from the settings page (docs/privacy.md as HTML).
      files.push({ relativeDest: 'privacy.html', contents: privacyPage(readFileSync('docs/privacy.md', 'utf8')) });
      if (wxt.config.browser !== 'firefox')
        files.push({ relativeDest: 'managed_schema.json', contents: `${JSON.stringify(managedSchema(), null, 2)}\n` });
      // CRA_BENCH=1 (npm run bench only): the baselines the popup's paint time is compared with. An empty extension page;
      // and the floor, the least an MV3 page can do to show a stored verdict: one module script (the CSP forbids inline
      // script) that reads the stored scan with the browser's own promise API and appends one element.
      if (process.env.CRA_BENCH === '1') {
        files.push({ relativeDest: 'bench-empty.html', contents: '<!doctype html><title>empty</title><p id="ready">ready</p>\n' });
        files.push({
          relativeDest: 'bench-floor.html',
          contents: '<!doctype html><meta charset="utf-8"><title>floor</title><script type="module" src="bench-floor.js"></script>\n',
        });
        files.push({
          relativeDest: 'bench-floor.js',
          contents:
            "performance.mark('cra:main');\n" +
            "chrome.storage.local.get('lastScan').then(({ lastScan }) => {\n" +
            "  performance.mark('cra:stored');\n" +
            "  const p = document.createElement('p');\n" +
            "  p.dataset.verdict = p.textContent = String(lastScan?.results?.[0]?.verdict ?? 'none');\n" +
            '  document.body.append(p);\n' +
            '});\n',
        });
      }
    },
  },
  manifest: ({ browser }) => ({
    // Text lives in public/_locales (English, Spanish, French, German, Portuguese (Brazil), Arabic); the browser picks.
    name: '__MSG_ext_name__',
    description: '__MSG_ext_description__',
    default_locale: 'en',
    // offscreen (Chrome only): the advisory feed's signatures are checked in an offscreen page (docs/permissions.md).
    permissions: ['storage', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['offscreen'])],
    host_permissions: [...LOOPBACK_HOSTS, ...extraHosts],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    action: { default_title: 'Code Red Advisor' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {
          storage: { managed_schema: 'managed_schema.json' },
          // Chromium before 119 forwarded the Authorization header across origins on a redirect; fleet reports carry IT's.
          // 120: the ES2020 output and the MV3 APIs this uses (docs/admin.md, "Browsers").
          minimum_chrome_version: '120',
        }),
    ...(updateUrl ? { update_url: updateUrl } : {}),
    ...(manifestKey ? { key: manifestKey } : {}),
    ...(versionOverride ? { version: versionOverride } : {}),
  }),
});
