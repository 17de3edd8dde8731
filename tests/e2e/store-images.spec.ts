import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page, type Request, type Worker } from '@playwright/test';
import { expectProbeTrafficOnly, launchWithExtension } from './browser';
import { card, setTargets, waitForReport } from './extension';
import { LANGUAGES } from './languages';
import { SCREENSHOT_DIR } from './screenshots';
import { startPersonality, type FakeServer } from '../servers/fake-servers';

// The store listing's images, made from real states: for each language, three 1280×800 screenshots (the findings with
// their evidence, the guided fix, the settings page) and the 440×280 promo tile. `npm run release` ships them from
// screenshots/store/. A test fails if an image is not exactly the size the stores ask for.

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

for (const language of LANGUAGES) {
  test.describe(`store images in ${language.catalogue}`, () => {
    let context: BrowserContext;
    let sw: Worker;
    let extensionId: string;
    let server: FakeServer;
    const traffic: Request[] = [];
    const catalogue = JSON.parse(readFileSync(`public/_locales/${language.catalogue}/messages.json`, 'utf8')) as Record<
      string,
      { message: string }
    >;
    const m = (key: string) => catalogue[key]?.message ?? key;
    const dir = path.join(STORE_DIR, language.catalogue);

    test.beforeAll(async () => {
      server = await startPersonality('iis5-mapped');
      ({ context, serviceWorker: sw, extensionId } = await launchWithExtension({ lang: language.lang, record: traffic }));
      await setTargets(sw, [server.url]);
      await waitForReport(sw, [server.url]);
    });

    test.afterAll(async () => {
      await context?.close();
      await server?.close();
    });

    test('three 1280×800 screenshots: findings, guided fix, settings', async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`chrome-extension://${extensionId}/popup.html?page=full`);
      const c = card(page, server.url);
      await expect(c).toHaveAttribute('data-verdict', 'exposed');
      await c.locator('.evidence > summary').click();
      await shoot(page, path.join(dir, '1-findings.png'), 1280, 800);

      await c.getByTestId('open-checklist').click();
      await page.getByRole('button', { name: m('q_infection_no'), exact: true }).click();
      await page.getByRole('button', { name: m('q_need_iis_no'), exact: true }).click();
      await expect(page.locator('[data-step="turn-off-iis"]')).toContainText(m('step_turn_off_title'));
      await shoot(page, path.join(dir, '2-guided-fix.png'), 1280, 800);

      await page.goto(`chrome-extension://${extensionId}/options.html`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(m('opt_title'));
      await shoot(page, path.join(dir, '3-settings.png'), 1280, 800);
      await page.close();
    });

    test('the 440×280 promo tile, in the language', async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 440, height: 280 });
      const icon = `data:image/png;base64,${readFileSync('public/icon/128.png').toString('base64')}`;
      const verdicts = ['verdict_infected_label', 'verdict_exposed_label', 'verdict_mitigated_label', 'verdict_not_affected_label']
        .map(m)
        .join(' · ');
      // Text goes in as text (textContent), never as markup.
      await page.setContent(readFileSync('store/promo-tile.html', 'utf8').replace('{{icon}}', icon));
      await page.evaluate(
        ({ lang, dir, summary, verdicts }) => {
          document.documentElement.lang = lang;
          document.documentElement.dir = dir;
          const [summaryP, verdictsP] = document.querySelectorAll('p');
          if (summaryP) summaryP.textContent = summary;
          if (verdictsP) verdictsP.textContent = verdicts;
        },
        { lang: language.lang, dir: m('text_direction'), summary: m('ext_description'), verdicts },
      );
      // Nothing may run off the tile.
      expect(await page.evaluate(() => document.body.scrollHeight <= 280 && document.body.scrollWidth <= 440)).toBe(true);
      await shoot(page, path.join(dir, 'promo-tile-440x280.png'), 440, 280);
      await page.close();
    });

    test('sent nothing but the probe requests, to this computer', () => {
      expectProbeTrafficOnly(traffic);
    });
  });
}
