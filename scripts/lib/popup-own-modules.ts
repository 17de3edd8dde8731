import type { Plugin } from 'vite';

/**
 * The popup's first load as one file (issue 19). Rollup puts every module that two pages share into a shared chunk, so the
 * popup first loaded three files (its own, Preact and the shared code with the settings page, and a small one), each a
 * request the browser makes and waits on before the module runs: measured, about 10 ms of its first verdict on this
 * machine. This plugin gives the popup's module graph its own copies of what it shares with the settings page (the id
 * tagged with `?cra-popup`), so Rollup keeps them in the popup's entry chunk; what the popup loads later (enrichment)
 * imports them from there. The settings page keeps its own copies: the pages never share a module instance anyway.
 */
const TAG = '?cra-popup';
const tagged = (id: string) => id.endsWith(TAG);
const untag = (id: string) => (tagged(id) ? id.slice(0, -TAG.length) : id);
/** WXT's plugin loader, which it adds to every page: tiny, but shared, so a chunk of its own unless copied too. */
const WXT_VIRTUAL = /^\0virtual:wxt-(?:html-)?plugins$/;
const isPopupEntry = (importer: string) => /\/entrypoints\/popup\/index\.html/.test(importer);

export function popupOwnModules(): Plugin {
  return {
    name: 'cra-popup-own-modules',
    enforce: 'pre',
    apply: 'build',
    async resolveId(source, importer, options) {
      if (!importer || !(tagged(importer) || isPopupEntry(importer))) return null;
      const resolved = await this.resolve(source, untag(importer), { ...options, skipSelf: true });
      // Ids with a query or other virtual modules (CSS, CommonJS wrappers) are left as they are: their plugins read the id.
      if (!resolved || resolved.external || !(WXT_VIRTUAL.test(resolved.id) || /^[^\0?]+$/.test(resolved.id))) return resolved;
      return { ...resolved, id: `${resolved.id}${TAG}` };
    },
    async load(id) {
      if (!tagged(id)) return null;
      const original = untag(id);
      // A virtual module (WXT's plugin loader) has no file: its own plugin's code, loaded once more under this id.
      if (original.startsWith('\0')) return (await this.load({ id: original })).code ?? null;
      const { readFile } = await import('node:fs/promises');
      return readFile(original, 'utf8');
    },
  };
}
