import type { BrowserContext, Page, Worker } from '@playwright/test';

/**
 * Page objects and storage helpers, so specs read as user steps. Storage is
 * written from the service worker, exactly as the options page would.
 */
export async function setTargets(sw: Worker, targets: string[], scanIntervalHours = 6): Promise<void> {
  await sw.evaluate(
    async (settings) => {
      await chrome.storage.local.set({ settings });
    },
    { targets, scanIntervalHours },
  );
}

export async function readStorage(sw: Worker, key: string): Promise<unknown> {
  return sw.evaluate(async (k) => (await chrome.storage.local.get(k))[k], key);
}

export async function writeStorage(sw: Worker, values: Record<string, unknown>): Promise<void> {
  await sw.evaluate(async (v) => chrome.storage.local.set(v), values);
}

export async function openPopup(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  return page;
}

export async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 800, height: 700 });
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page;
}

export function card(page: Page, target: string) {
  return page.locator(`[data-target="${target}"]`);
}

/**
 * Waits until the background has a finished report that covers exactly these
 * targets, or fails after `timeoutMs` saying what it saw last.
 */
export async function waitForReport(sw: Worker, targets: string[], timeoutMs = 30_000): Promise<void> {
  const outcome = await sw.evaluate(
    async ({ want, timeoutMs }) => {
      const deadline = Date.now() + timeoutMs;
      let got: string[] = [];
      let running = false;
      while (Date.now() < deadline) {
        const { lastScan, scanState } = await chrome.storage.local.get(['lastScan', 'scanState']);
        got = (lastScan as { results?: { target: string }[] } | undefined)?.results?.map((r) => r.target) ?? [];
        running = (scanState as { running?: boolean } | undefined)?.running ?? false;
        if (!running && got.length === want.length && want.every((t) => got.includes(t))) return { ok: true as const };
        await new Promise((r) => setTimeout(r, 50));
      }
      return { ok: false as const, got, running };
    },
    { want: targets, timeoutMs },
  );
  if (!outcome.ok) {
    throw new Error(
      `Waited ${timeoutMs / 1000} s for a finished report covering ${targets.join(', ')}; ` +
        `last saw ${outcome.got.join(', ') || 'no results'}${outcome.running ? ', with a scan still running' : ''}.`,
    );
  }
}
