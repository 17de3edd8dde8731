import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { GECKO_ID } from './core/extension-ids';

// Loopback only. A match pattern without a port matches every port, so these
// cover http://127.0.0.1:8080/ as well. Other 127.0.0.0/8 addresses are
// requested one origin at a time from the options page (see docs/permissions.md).
const LOOPBACK_HOSTS = [
  'http://localhost/*',
  'https://localhost/*',
  'http://127.0.0.1/*',
  'https://127.0.0.1/*',
  'http://[::1]/*',
  'https://[::1]/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports everywhere: a reader can follow every name to its file.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  // The sources zip is for store reviewers: code and docs, not test output.
  zip: {
    excludeSources: ['screenshots/**', 'demo-screenshots/**', 'test-results/**', 'playwright-report/**', 'bench/results.json'],
  },
  manifest: ({ browser }) => ({
    name: 'Code Red Advisor',
    description: 'Checks whether the web server on this computer is one the Code Red worms attack, and walks you through the fix.',
    permissions: ['storage', 'alarms'],
    host_permissions: LOOPBACK_HOSTS,
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
      : {}),
  }),
});
