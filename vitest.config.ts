import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  // WxtVitest does not apply the vite plugins from wxt.config.ts, so Preact's is added here.
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['core/**/*.test.ts', 'utils/**/*.test.ts', 'components/**/*.test.tsx', 'tests/unit/**/*.test.ts'],
    restoreMocks: true,
    // fake-browser has no i18n: install the English catalogue as the message source.
    setupFiles: ['tests/setup/i18n.ts', 'tests/setup/fuzz.ts'],
  },
});
