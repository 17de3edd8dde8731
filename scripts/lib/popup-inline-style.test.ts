import type { IndexHtmlTransformContext } from 'vite';
import { describe, expect, it } from 'vitest';
import { popupInlineStyle } from './popup-inline-style';

const html =
  '<head><script type="module" crossorigin src="/chunks/popup-x.js"></script>\n<link rel="stylesheet" crossorigin href="/assets/app-x.css"></head>';
function transform(filename: string, source: unknown) {
  const hook = popupInlineStyle().transformIndexHtml as { handler: (html: string, ctx: IndexHtmlTransformContext) => string };
  const bundle = { 'assets/app-x.css': { type: 'asset', source } } as unknown as IndexHtmlTransformContext['bundle'];
  return hook.handler(html, { filename, bundle, path: '/', server: undefined } as unknown as IndexHtmlTransformContext);
}

describe('the popup’s stylesheet, inline', () => {
  it('replaces the popup’s link with the stylesheet itself, and leaves the script alone', () => {
    const out = transform('/repo/entrypoints/popup/index.html', '.a{color:red}');
    expect(out).toContain('<style>.a{color:red}</style>');
    expect(out).not.toContain('rel="stylesheet"');
    expect(out).toContain('src="/chunks/popup-x.js"');
  });

  it('cannot be ended early by a "</" in the stylesheet', () => {
    expect(transform('/repo/entrypoints/popup/index.html', '.a::after{content:"</style><script>"}')).toContain(
      '<style>.a::after{content:"<\\/style><script>"}</style>',
    );
  });

  it('leaves other pages, and a stylesheet it cannot find, linked', () => {
    expect(transform('/repo/entrypoints/options/index.html', '.a{}')).toBe(html);
    expect(transform('/repo/entrypoints/popup/index.html', undefined)).toBe(html);
  });
});
