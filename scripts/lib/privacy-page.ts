import { marked } from 'marked';

/**
 * docs/privacy.md as a page the extension ships (privacy.html), so the settings page can open the policy offline and
 * the store listing and the extension show the same text. Rendered at build time from our own Markdown; the page has
 * no script.
 */
export function privacyPage(markdown: string): string {
  const body = marked.parse(markdown, { async: false, gfm: true });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Code Red Advisor: privacy policy</title>
<style>
body { font: 15px/1.5 system-ui, sans-serif; max-width: 56rem; margin: 2rem auto; padding: 0 1rem; color: #1f2328; }
table { border-collapse: collapse; font-size: 14px; }
th, td { border: 1px solid #d0d7de; padding: 4px 8px; vertical-align: top; text-align: start; }
code { font-family: ui-monospace, monospace; font-size: 13px; }
@media (prefers-color-scheme: dark) { body { background: #0d1117; color: #e6edf3; } th, td { border-color: #30363d; } a { color: #58a6ff; } }
</style>
</head>
<body>
<main>
${body}</main>
</body>
</html>
`;
}
