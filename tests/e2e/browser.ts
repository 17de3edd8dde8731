import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect, type BrowserContext, type Request, type Worker } from '@playwright/test';

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

/** Debian's Chromium, or CHROMIUM_PATH. Branded Chrome 137+ ignores --load-extension, so it is no use here. */
export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string => !!p);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(`Chromium not found (looked at ${candidates.join(', ')}). Install Debian's "chromium" package or set CHROMIUM_PATH.`);
  }
  return found;
}

/** Flags that keep Chromium off the network: this machine has none, and tests must see only their own traffic. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--no-default-browser-check',
];

export async function launchWithExtension(
  options: {
    headless?: boolean;
    colorScheme?: 'light' | 'dark';
    userDataDir?: string;
    extensionDir?: string;
    lang?: string;
    record?: Request[];
  } = {},
): Promise<{
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  /** Every request the browser made, the service worker's included. */
  traffic: Request[];
}> {
  // An empty userDataDir is a fresh throwaway profile; a folder keeps storage across a restart.
  const context = await chromium.launchPersistentContext(options.userDataDir ?? '', {
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    colorScheme: options.colorScheme ?? 'light',
    viewport: { width: 380, height: 600 },
    ...(options.lang ? { locale: options.lang } : {}),
    args: [
      `--disable-extensions-except=${options.extensionDir ?? EXTENSION_DIR}`,
      `--load-extension=${options.extensionDir ?? EXTENSION_DIR}`,
      ...QUIET_FLAGS,
      // The browser's UI language picks the extension's _locales.
      ...(options.lang ? [`--lang=${options.lang}`] : []),
    ],
  });
  // A spec passes its own list to keep one record across relaunches.
  const traffic: Request[] = options.record ?? [];
  context.on('request', (r) => traffic.push(r));
  const serviceWorker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(serviceWorker.url()).host;
  return { context, serviceWorker, extensionId, traffic };
}

/**
 * The traffic rule of the whole product: the browser sent nothing but the two
 * probe requests, and only to this computer's own addresses. Every spec that
 * launches the extension calls this when it ends.
 */
export function expectProbeTrafficOnly(traffic: readonly Request[]): void {
  const web = traffic.filter((r) => /^https?:/.test(r.url()));
  // The service worker's fetches are in the record too, so an empty one means nothing was recorded.
  expect(web.length).toBeGreaterThan(0);
  for (const r of web) {
    const url = new URL(r.url());
    expect(['127.0.0.1', 'localhost', '[::1]'], r.url()).toContain(url.hostname);
    expect(['/', '/NULL.ida'], r.url()).toContain(url.pathname);
    expect(url.search, r.url()).toBe('');
    expect(r.method(), r.url()).toBe('GET');
  }
}
