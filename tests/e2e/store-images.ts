import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { card } from './extension';
import type { Language } from './languages';
import { SCREENSHOT_DIR } from './screenshots';

// The store listing's images, made from real states by tests/e2e/languages.spec.ts in each language: three 1280×800
// screenshots (the findings with their evidence, the guided fix, the settings page) and the 440×280 promo tile.
// `npm run release` ships them from screenshots/store/. Each fails if an image is not exactly the size the stores ask for.

const STORE_DIR = path.join(SCREENSHOT_DIR, 'store');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const png = readFileSync(file);
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function shoot(page: Page, file: string, width: number, height: number) {
  await page.screenshot({ path: file });
  expect(pngSize(file)).toEqual({ width, height });
}

/** The three 1280×800 screenshots, for an exposed server at `target` already checked. */
export async function storeScreenshots(
  context: BrowserContext,
  extensionId: string,
  target: string,
  language: Language,
  m: (key: string) => string,
): Promise<void> {
  const dir = path.join(STORE_DIR, language.catalogue);
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${extensionId}/popup.html?page=full`);
  const c = card(page, target);
  await expect(c).toHaveAttribute('data-verdict', 'exposed');
  await c.locator('.evidence > summary').click();
  await shoot(page, path.join(dir, '1-findings.png'), 1280, 800);

  await c.getByTestId('open-checklist').click();
  // The languages spec's guided-fix test may have answered the two questions already in this profile (no, no).
  const question = page.locator('[data-question="infection"]');
  await expect(question.or(page.locator('[data-step="turn-off-iis"]'))).toBeVisible();
  if (await question.isVisible()) {
    await page.getByRole('button', { name: m('q_infection_no'), exact: true }).click();
    await page.getByRole('button', { name: m('q_need_iis_no'), exact: true }).click();
  }
  await expect(page.locator('[data-step="turn-off-iis"]')).toContainText(m('step_turn_off_title'));
  await shoot(page, path.join(dir, '2-guided-fix.png'), 1280, 800);

  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(m('opt_title'));
  await shoot(page, path.join(dir, '3-settings.png'), 1280, 800);
  await page.close();
}

/** The 440×280 promo tile (store/promo-tile.html) with the extension's icon, and its summary and verdicts in the language. */
export async function promoTile(context: BrowserContext, language: Language, m: (key: string) => string): Promise<void> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 440, height: 280 });
  const icon = `data:image/png;base64,${readFileSync('public/icon/128.png').toString('base64')}`;
  const verdicts = ['verdict_infected_label', 'verdict_exposed_label', 'verdict_mitigated_label', 'verdict_not_affected_label']
    .map(m)
    .join(' · ');
  await page.setContent(readFileSync('store/promo-tile.html', 'utf8').replace('{{icon}}', icon));
  // Text goes in as text (textContent), never as markup.
  await page.evaluate(
    ({ lang, dir, summary, verdicts }) => {
      document.documentElement.lang = lang;
      document.documentElement.dir = dir;
      const [summaryP, verdictsP] = document.querySelectorAll('p');
      if (summaryP) summaryP.textContent = summary;
      if (verdictsP) verdictsP.textContent = verdicts;
    },
    { lang: language.lang, dir: language.dir, summary: m('ext_description'), verdicts },
  );
  // Nothing may run off the tile.
  expect(await page.evaluate(() => document.body.scrollHeight <= 280 && document.body.scrollWidth <= 440)).toBe(true);
  await shoot(page, path.join(STORE_DIR, language.catalogue, 'promo-tile-440x280.png'), 440, 280);
  await page.close();
}
