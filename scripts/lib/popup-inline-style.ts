import type { Plugin } from 'vite';

/**
 * The popup's stylesheet inside its HTML (issue 19). A linked stylesheet is one more file the browser requests before
 * the page's module may run (a stylesheet blocks scripts), and each request for an extension file costs the page's
 * main thread about a millisecond on this machine (traced). The extension's CSP restricts scripts, not styles, so an
 * inline <style> is allowed; the settings page keeps the linked file.
 */
export function popupInlineStyle(): Plugin {
  return {
    name: 'cra-popup-inline-style',
    apply: 'build',
    enforce: 'post',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!/\/entrypoints\/popup\/index\.html$/.test(ctx.filename) || !ctx.bundle) return html;
        const bundle = ctx.bundle;
        return html.replace(/<link rel="stylesheet"(?: crossorigin)? href="\/([^"]+\.css)">/g, (tag, file: string) => {
          const asset = bundle[file];
          if (asset?.type !== 'asset' || typeof asset.source !== 'string') return tag;
          // `</` cannot end the element early: CSS has no reason to contain it, and this keeps it so.
          return `<style>${asset.source.replaceAll('</', '<\\/')}</style>`;
        });
      },
    },
  };
}
