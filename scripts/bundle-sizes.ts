// Bundle sizes of a built extension: what each page must load before its code runs, raw and gzip.
// Read by the budget tests (tests/built/budgets.test.ts) and printed by the bench (scripts/bench.ts).
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Size {
  raw: number;
  gzip: number;
}

/** The budgets, in bytes of gzip, that a test enforces. */
export const BUDGETS = {
  popupFirstPaint: 16 * 1024,
  popupTotal: 40 * 1024,
  background: 15 * 1024,
} as const;

/** A JS file and every chunk it imports statically: what the browser must load before the code runs. */
export function withStaticImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  const imports = [...code.matchAll(/(?:^|[;}\s])import(?:[^'"()]*from)?\s*["']([^"']+\.js)["']/g)].map((m) =>
    path.resolve(path.dirname(file), m[1] ?? ''),
  );
  return [file, ...imports.flatMap((f) => withStaticImports(f, seen))];
}

export function sizes(files: string[]): Size {
  const bytes = files.map((f) => readFileSync(f));
  return { raw: bytes.reduce((n, b) => n + b.length, 0), gzip: bytes.reduce((n, b) => n + gzipSync(b, { level: 9 }).length, 0) };
}

/** The entry script a page of the built extension loads. */
function entry(dir: string, name: string): string {
  const html = readFileSync(path.join(dir, `${name}.html`), 'utf8');
  const src = /<script[^>]+src="([^"]+)"/.exec(html)?.[1] ?? '';
  return path.join(dir, src.replace(/^\//, ''));
}

/** Chunks a file loads later: Vite lists each dynamic import's files in `__vite__mapDeps` (paths from the extension's root). */
function dynamicImports(dir: string, files: string[]): string[] {
  const found = new Set<string>();
  for (const file of files) {
    const code = readFileSync(file, 'utf8');
    for (const list of code.matchAll(/m\.f=\[([^\]]*)\]/g)) {
      for (const item of (list[1] ?? '').matchAll(/"([^"]+\.js)"/g)) found.add(path.join(dir, item[1] ?? ''));
    }
    for (const item of code.matchAll(/import\("(\.\/[^"]+\.js)"\)/g)) found.add(path.resolve(path.dirname(file), item[1] ?? ''));
  }
  return [...found];
}

export function bundleSizes(root: string) {
  // Absolute paths throughout: static imports resolve to absolute paths, and one file must have one name.
  const dir = path.resolve(root);
  const chunks = readdirSync(path.join(dir, 'chunks')).map((f) => path.join(dir, 'chunks', f));
  const popupFirst = withStaticImports(entry(dir, 'popup'));
  const optionsFiles = withStaticImports(entry(dir, 'options'));
  // What the popup imports after its first paint: every chunk that neither first load nor the options page needs.
  const lazy = chunks.filter((f) => !popupFirst.includes(f) && !optionsFiles.includes(f));
  // Everything the popup ever loads: its first chunk, and what its dynamic imports bring with their own static imports.
  const seen = new Set<string>(popupFirst);
  const later = dynamicImports(dir, popupFirst).flatMap((f) => withStaticImports(f, seen));
  return {
    popupFirstLoad: sizes(popupFirst),
    popupLazy: sizes(lazy),
    popupLater: sizes(later),
    popupTotal: sizes([...popupFirst, ...later]),
    options: sizes(optionsFiles),
    background: sizes([path.join(dir, 'background.js')]),
  };
}
