import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * core/ in one direction. Each folder may import only from the folders before it in this list, so a newcomer can read
 * the core from the bottom up, and no two modules anywhere in core/ import each other, directly or round a loop.
 * docs/INTERNALS.md, "Folders", says what each one decides.
 */
export const CORE_ORDER = [
  'text', //       words, times, safe links: no other folder
  'verdict', //    what an answer means: evidence, banner rules, classify
  'probe', //      the two allowed requests and the scans that send them
  'advisories', // the CSAF reader, the bundled catalog, matching
  'policy', //     IT's keys, validation, the settings, the organization and advisories in force
  'checklist', //  the guided fix: tree, steps, progress, verification
  'storage', //    lastScan's reader and the stored migrations
  'finding', //    the finding view every surface renders
  'feed', //       IT's signed advisory feed
  'report', //     the report to the security team
  'fleet', //      events for IT's SIEM and their queue
  'views', //      what only the pages need: routes, the FAQ
] as const;

function coreFiles(dir = 'core'): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return coreFiles(p);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
  });
}

/** Every core module and the core modules it imports (type-only imports count: they tie the folders together too). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of coreFiles()) {
    const source = readFileSync(file, 'utf8');
    const targets = [...source.matchAll(/\bfrom\s+'(\.[^']+)'|\bimport\s*\(\s*'(\.[^']+)'\s*\)/g)]
      .map((m) => path.normalize(path.join(path.dirname(file), m[1] ?? m[2] ?? '')))
      .filter((t) => t.startsWith(`core${path.sep}`))
      .map((t) => (t.endsWith('.json') ? t : `${t}.ts`));
    graph.set(file, targets);
  }
  return graph;
}

const folderOf = (file: string) => file.split(path.sep)[1] ?? '';

describe('core in one direction', () => {
  const graph = importGraph();

  it('every core folder has its place in the order', () => {
    const folders = readdirSync('core', { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    expect(folders.filter((f) => !(CORE_ORDER as readonly string[]).includes(f))).toEqual([]);
  });

  it('no folder imports from a folder after it', () => {
    const rank = (file: string) => (CORE_ORDER as readonly string[]).indexOf(folderOf(file));
    const against = [...graph].flatMap(([file, targets]) =>
      targets.filter((t) => !t.endsWith('.json') && rank(t) > rank(file)).map((t) => `${file} -> ${t}`),
    );
    expect(against).toEqual([]);
  });

  it('no module is part of an import cycle', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const stack: string[] = [];
    const visit = (file: string) => {
      state.set(file, 'open');
      stack.push(file);
      for (const next of graph.get(file) ?? []) {
        if (!graph.has(next)) continue;
        if (state.get(next) === 'open') cycles.push([...stack.slice(stack.indexOf(next)), next].join(' -> '));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(file, 'done');
    };
    for (const file of graph.keys()) if (!state.has(file)) visit(file);
    expect(cycles).toEqual([]);
  });

  it('the checker sees the imports it is meant to judge', () => {
    // A regression guard for the reader itself: a known import must be found, so an empty graph cannot pass.
    expect(graph.get(path.join('core', 'finding', 'finding.ts'))).toContain(path.join('core', 'finding', 'current.ts'));
  });
});
