import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page, type Request, type Worker } from '@playwright/test';
import { expectNoViolations } from './axe';
import { expectProbeTrafficOnly, launchWithExtension } from './browser';
import { card, openOptions, openPopup, setTargets, waitForReport } from './extension';
import { LANGUAGES, type Language } from './languages';
import { saveScreenshot } from './screenshots';
import { promoTile, storeScreenshots } from './store-images';
import { startPersonality, type FakeServer } from '../servers/fake-servers';

// Every language the extension ships, and the pseudo-locale (accented, 40% longer): the popup, the guided fix and the
// settings page in a browser set to that language, each with no axe violation and nothing clipped or sticking out, and
// a screenshot of each for a reader of that language to look at (screenshots/lang-*.png). Arabic lays out right to left
// with addresses left to right. In each shipped language it also makes the store listing's images (./store-images.ts).

/** The shipped languages, and the pseudo-locale: a build whose English catalogue is accented and 40% longer. */
const LANGUAGES_AND_PSEUDO: (Language & { pseudo?: boolean })[] = [...LANGUAGES, { lang: 'en', catalogue: 'en', dir: 'ltr', pseudo: true }];

const PSEUDO_OUT = path.resolve('.output/pseudo');

/** The message as the browser shows it: from the shipped catalogue, or from the pseudo build's. */
function messages(language: Language & { pseudo?: boolean }): (key: string) => string {
  const file = language.pseudo
    ? path.join(PSEUDO_OUT, 'chrome-mv3/_locales/en/messages.json')
    : `public/_locales/${language.catalogue}/messages.json`;
  const catalogue = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  return (key) => {
    const text = catalogue[key]?.message;
    if (text === undefined) throw new Error(`no message ${key} in ${file}`);
    return text;
  };
}

/**
 * Nothing clipped: the page does not scroll sideways, no visible element sticks out of the window on either side, and
 * no element that hides its overflow has more content than room.
 */
async function expectNothingClipped(page: Page, view: string) {
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) {
      found.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    }
    const name = (el: Element) =>
      `<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}"> "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    const hides = (overflow: string) => overflow === 'hidden' || overflow === 'clip';
    for (const el of document.querySelectorAll('body *')) {
      const style = getComputedStyle(el);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const box = el.getBoundingClientRect();
      // Inside a closed <details>, or screen-reader-only text: no box to clip.
      if (box.width <= 1 || box.height <= 1) continue;
      if (box.right > width + 1 || box.left < -1) {
        found.push(`${name(el)} sticks out (${Math.round(box.left)}…${Math.round(box.right)} of ${width})`);
      }
      if (
        (hides(style.overflowX) && el.scrollWidth > el.clientWidth + 1) ||
        (hides(style.overflowY) && el.scrollHeight > el.clientHeight + 1)
      ) {
        found.push(`${name(el)} clips its content`);
      }
    }
    return found;
  });
  expect(problems, `clipped or overflowing in ${view}`).toEqual([]);
}

for (const language of LANGUAGES_AND_PSEUDO) {
  const label = language.pseudo ? 'pseudo' : language.catalogue;
  test.describe(`in ${label}`, () => {
    let context: BrowserContext;
    let sw: Worker;
    let extensionId: string;
    let server: FakeServer;
    let m: (key: string) => string;
    const traffic: Request[] = [];

    test.beforeAll(async () => {
      test.setTimeout(180_000);
      if (language.pseudo) {
        const build = spawnSync('npx', ['wxt', 'build'], {
          env: { ...process.env, CRA_PSEUDO: '1', CRA_OUT_DIR: PSEUDO_OUT },
          encoding: 'utf8',
          timeout: 150_000,
        });
        if (build.status !== 0) throw new Error(`The pseudo-locale build failed:\n${build.stdout}\n${build.stderr}`);
      }
      m = messages(language);
      server = await startPersonality('iis5-mapped');
      ({
        context,
        serviceWorker: sw,
        extensionId,
      } = await launchWithExtension({
        lang: language.lang,
        record: traffic,
        ...(language.pseudo ? { extensionDir: path.join(PSEUDO_OUT, 'chrome-mv3') } : {}),
      }));
      await setTargets(sw, [server.url]);
      await waitForReport(sw, [server.url]);
    });

    test.afterAll(async () => {
      await context?.close();
      await server?.close();
    });

    test('the popup speaks the language, in its direction, with nothing clipped', async () => {
      const popup = await openPopup(context, extensionId);
      const c = card(popup, server.url);
      await expect(c).toHaveAttribute('data-verdict', 'exposed');
      await expect(c.locator('.chip')).toContainText(m('verdict_exposed_label'));
      await expect(popup.getByRole('button', { name: m('findings_check_all_again') })).toBeVisible();
      expect(await popup.evaluate(() => document.documentElement.dir)).toBe(language.dir);
      const primary = language.lang.toLowerCase().split('-')[0] ?? '';
      expect((await popup.evaluate(() => document.documentElement.lang)).toLowerCase().startsWith(primary)).toBe(true);
      // The address reads left to right whatever the page's direction.
      const address = c.locator('.address');
      await expect(address).toHaveText(server.url);
      expect(await address.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
      if (language.dir === 'rtl') {
        // The verdict's colour bar is on the start side, which in Arabic is the right.
        expect(await c.evaluate((el) => getComputedStyle(el).borderRightWidth)).toBe('6px');
        expect(await c.evaluate((el) => getComputedStyle(el).borderLeftWidth)).toBe('1px');
      }
      await c.locator('.evidence > summary').click();
      await expectNoViolations(popup, `${label} popup`);
      await expectNothingClipped(popup, `${label} popup`);
      await saveScreenshot(popup, `lang-${label}-popup`);
      await popup.close();
    });

    test('the guided fix speaks the language, with nothing clipped', async () => {
      const popup = await openPopup(context, extensionId);
      await card(popup, server.url).getByTestId('open-checklist').click();
      await expect(popup.locator('[data-question="infection"]')).toContainText(m('q_infection_text'));
      await popup.getByRole('button', { name: m('q_infection_no'), exact: true }).click();
      await popup.getByRole('button', { name: m('q_need_iis_no'), exact: true }).click();
      await expect(popup.locator('[data-step="turn-off-iis"]')).toContainText(m('step_turn_off_title'));
      await expectNoViolations(popup, `${label} checklist`);
      await expectNothingClipped(popup, `${label} checklist`);
      await saveScreenshot(popup, `lang-${label}-checklist`);
      await popup.close();
    });

    test('the settings page speaks the language, with nothing clipped', async () => {
      const options = await openOptions(context, extensionId);
      await expect(options.getByRole('heading', { level: 1 })).toHaveText(m('opt_title'));
      await expect(options.locator('.target-list code').first()).toHaveText(server.url);
      expect(await options.evaluate(() => document.documentElement.dir)).toBe(language.dir);
      await expectNoViolations(options, `${label} settings`);
      await expectNothingClipped(options, `${label} settings`);
      await saveScreenshot(options, `lang-${label}-settings`);
      // The privacy policy opens from the settings page, in a tab of its own.
      const [policy] = await Promise.all([
        context.waitForEvent('page', { timeout: 10_000 }),
        options.getByRole('button', { name: m('opt_privacy') }).click(),
      ]);
      await expect(policy).toHaveURL(/\/privacy\.html$/);
      await expect(policy.getByRole('heading', { level: 1 })).toHaveText('Privacy policy');
      await policy.close();
      await options.close();
    });

    if (label === 'en') {
      test('the clipping check sees text that does not fit, or sticks out', async () => {
        const page = await openOptions(context, extensionId);
        await page.evaluate(() => {
          const box = document.createElement('p');
          box.style.cssText = 'width: 60px; overflow: hidden; white-space: nowrap';
          box.textContent = 'A sentence far too long for sixty pixels';
          document.body.append(box);
        });
        await expect(expectNothingClipped(page, 'a page with a clipped line')).rejects.toThrow(/clips its content/);
        await page.close();
      });
    }

    if (!language.pseudo) {
      test('the store images: three 1280×800 screenshots and the 440×280 promo tile', async () => {
        await storeScreenshots(context, extensionId, server.url, language, m);
        await promoTile(context, language, m);
      });
    }

    test('sent nothing but the probe requests, to this computer', () => {
      expectProbeTrafficOnly(traffic);
    });
  });
}
