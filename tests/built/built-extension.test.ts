import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GECKO_ID } from '../../core/policy/extension-ids';

// Reads what `wxt build` produced (npm test builds before it runs unit tests).
function manifest(dir: string): Record<string, unknown> {
  const file = path.resolve('.output', dir, 'manifest.json');
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" and "npm run build:firefox" first.`);
  return JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
}

function scripts(dir: string): string[] {
  const root = path.resolve('.output', dir);
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.js')) out.push(full);
    }
  };
  walk(root);
  return out;
}

describe.each(['chrome-mv3', 'firefox-mv3'])('%s build', (dir) => {
  it('loads the popup’s first paint from one file: one module with no static import, and its stylesheet inline (issue 19)', () => {
    const root = path.resolve('.output', dir);
    const html = readFileSync(path.join(root, 'popup.html'), 'utf8');
    const scriptsIn = [...html.matchAll(/<script[^>]*src="\/([^"]+)"/g)].map((m) => m[1] ?? '');
    expect(scriptsIn).toHaveLength(1);
    expect(html).not.toMatch(/rel="(?:stylesheet|modulepreload)"/);
    expect(html).toMatch(/<style>[^<]*\.card\{/);
    const code = readFileSync(path.join(root, scriptsIn[0] ?? ''), 'utf8');
    expect(code).not.toMatch(/(?:^|[;}\s])import(?:[^'"()]*from)?\s*["'][^"']+\.js["']/);
    // The settings page still links the stylesheet: only the popup's first paint needs it inline.
    expect(readFileSync(path.join(root, 'options.html'), 'utf8')).toMatch(/rel="stylesheet"/);
  });

  it('is MV3 and asks only for storage, alarms, notifications (and offscreen in Chrome) and loopback hosts', () => {
    const m = manifest(dir);
    expect(m.manifest_version).toBe(3);
    // offscreen: the advisory feed's verifier page (docs/permissions.md). Firefox's background is a page and needs none.
    expect(m.permissions).toEqual(['storage', 'alarms', 'notifications', ...(dir === 'chrome-mv3' ? ['offscreen'] : [])]);
    expect(m.host_permissions).toEqual([
      'http://localhost/*',
      'https://localhost/*',
      'http://127.0.0.1/*',
      'https://127.0.0.1/*',
      'http://[::1]/*',
      'https://[::1]/*',
    ]);
    // Optional, asked for one loopback origin at a time from the options page.
    expect(m.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(m).not.toHaveProperty('content_scripts');
    // Chromium before 119 forwarded Authorization across origins on a redirect (fleet reports carry IT's).
    if (dir === 'chrome-mv3') expect(Number(m.minimum_chrome_version)).toBeGreaterThanOrEqual(119);
  });

  it('has a strict content security policy on its pages', () => {
    const csp = (m: Record<string, unknown>) => (m.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp(manifest(dir))).toBe("script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'");
  });

  it('contains none of the requests that must never be sent, and no HTML from strings in our code', () => {
    const background = scripts(dir).filter((f) => f.endsWith('background.js'));
    expect(background).toHaveLength(1);
    for (const file of background) {
      const code = readFileSync(file, 'utf8');
      for (const forbidden of ['root.exe', 'cmd.exe', 'default.ida', '.idq', '%u9090', 'NNNNNNNN']) {
        expect(code, `${file} contains ${forbidden}`).not.toContain(forbidden);
      }
    }
  });

  it('keeps OpenPGP.js in the feed verifier\u2019s worker: never in the background or in a chunk the popup or settings load', () => {
    const all = scripts(dir);
    const withOpenPgp = all.filter((f) => readFileSync(f, 'utf8').includes('OpenPGP.js'));
    expect(withOpenPgp.map((f) => path.basename(f))).toEqual([expect.stringMatching(/^feed-worker-.*\.js$/)]);
  });
});

describe('Firefox build', () => {
  it('carries a fixed gecko id and declares that it collects no data', () => {
    const m = manifest('firefox-mv3');
    expect(m.browser_specific_settings).toEqual({
      gecko: { id: GECKO_ID, strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
    });
  });
});
