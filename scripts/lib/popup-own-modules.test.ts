import { describe, expect, it } from 'vitest';
import { popupOwnModules } from './popup-own-modules';

type Resolved = { id: string; external?: boolean } | null;
const plugin = popupOwnModules();
const resolveId = plugin.resolveId as unknown as (
  this: { resolve: (source: string, importer: string) => Promise<Resolved> },
  source: string,
  importer: string | undefined,
  options: object,
) => Promise<Resolved>;
const ctx = (answer: Resolved, asked: string[] = []) => ({
  resolve: async (source: string, importer: string) => {
    asked.push(importer);
    return answer;
  },
});

describe('the popup’s own copies of shared modules', () => {
  it('tags what the popup page imports, and what those modules import, resolving from the real file', async () => {
    const asked: string[] = [];
    const fromPage = await resolveId.call(
      ctx({ id: '/r/entrypoints/popup/main.tsx' }, asked),
      './main.tsx',
      '/r/entrypoints/popup/index.html',
      {},
    );
    expect(fromPage?.id).toBe('/r/entrypoints/popup/main.tsx?cra-popup');
    const nested = await resolveId.call(
      ctx({ id: '/r/node_modules/preact/dist/preact.mjs' }, asked),
      'preact',
      '/r/components/App.tsx?cra-popup',
      {},
    );
    expect(nested?.id).toBe('/r/node_modules/preact/dist/preact.mjs?cra-popup');
    expect(asked).toEqual(['/r/entrypoints/popup/index.html', '/r/components/App.tsx']);
  });

  it('leaves the settings page, queried ids (CSS, CommonJS wrappers) and externals alone', async () => {
    expect(await resolveId.call(ctx({ id: '/r/x.ts' }), './x', '/r/entrypoints/options/main.tsx', {})).toBeNull();
    expect(await resolveId.call(ctx({ id: '/r/assets/styles.css?inline' }), 's', '/r/a.ts?cra-popup', {})).toEqual({
      id: '/r/assets/styles.css?inline',
    });
    expect(await resolveId.call(ctx({ id: '\0commonjsHelpers.js' }), 'h', '/r/a.ts?cra-popup', {})).toEqual({ id: '\0commonjsHelpers.js' });
    expect(await resolveId.call(ctx({ id: 'x', external: true }), 'x', '/r/a.ts?cra-popup', {})).toEqual({ id: 'x', external: true });
  });

  it('copies WXT’s plugin loader too, the one virtual module every page imports', async () => {
    expect((await resolveId.call(ctx({ id: '\0virtual:wxt-html-plugins' }), 'v', '/r/entrypoints/popup/index.html', {}))?.id).toBe(
      '\0virtual:wxt-html-plugins?cra-popup',
    );
  });
});
