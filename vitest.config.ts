import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/**
 * Two levels, run apart:
 * - `unit`: pure logic, components and the background wiring; needs no build and runs in a clean clone.
 * - `built`: checks of the built extension (.output/), the Firefox linter and the scripts run as processes;
 *   the test command runs it after building, with timeouts that fit spawning processes on a busy machine.
 */
export default defineConfig({
  // WxtVitest does not apply the vite plugins from wxt.config.ts, so Preact's is added here.
  plugins: [WxtVitest(), preact()],
  resolve: {
    // OpenPGP.js exports its lightweight build for browsers only; the unit tests run that same file in Node.
    alias: { 'openpgp/lightweight': fileURLToPath(new URL('node_modules/openpgp/dist/lightweight/openpgp.mjs', import.meta.url)) },
  },
  test: {
    restoreMocks: true,
    // fake-browser has no i18n: install the English catalogue as the message source. fast-check's run count is set once.
    setupFiles: ['tests/setup/i18n.ts', 'tests/setup/fuzz.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'core/**/*.test.ts',
            'utils/**/*.test.ts',
            'components/**/*.test.tsx',
            'scripts/**/*.test.ts',
            'tests/unit/**/*.test.ts',
          ],
        },
      },
      {
        extends: true,
        test: {
          name: 'built',
          include: ['tests/built/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
