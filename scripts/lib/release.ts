import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { ZipEntry } from './zip';

/** The version being released: package.json's. */
export function packageVersion(root = '.'): string {
  return (JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { version: string }).version;
}

/** The source bundle of this tree as `npm run release` makes it, with BUILDING.md naming this machine's Node and npm. */
export function sourceBundleEntries(root = '.'): ZipEntry[] {
  const npm = spawnSync('npm', ['--version'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  return sourceEntries(root, buildingInstructions(packageVersion(root), process.versions.node, npm));
}

/** What `npm run release` writes to .output/release/, named for the version. */
export function releaseNames(version: string) {
  const base = `code-red-advisor-${version}`;
  return {
    chromeZip: `${base}-chrome.zip`,
    firefoxZip: `${base}-firefox.zip`,
    sources: `${base}-sources.zip`,
    crx: `${base}.crx`,
    updates: 'updates.xml',
    sums: 'SHA256SUMS',
  };
}

/**
 * Whether CHANGELOG.md has an entry for this version: a line "## 1.2.3" (or "## [1.2.3]"), followed by anything, such
 * as a date. Read line by line, with no pattern on the whole text.
 */
export function changelogHasVersion(changelog: string, version: string): boolean {
  return changelog.split('\n').some((line) => {
    if (!line.startsWith('## ')) return false;
    const first = line.slice(3).trim().split(/\s/)[0] ?? '';
    return first === version || first === `[${version}]`;
  });
}

/** `sha256sum -c` reads this: one line per file, "<hex>  <name>", sorted by name. */
export function sha256Sums(files: readonly { name: string; data: Buffer }[]): string {
  return [...files]
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .map((f) => `${createHash('sha256').update(f.data).digest('hex')}  ${f.name}\n`)
    .join('');
}

/** The commands in BUILDING.md that rebuild the Firefox zip; the reproducibility test runs exactly these. */
export const REBUILD_COMMANDS = ['npm ci --prefer-offline --no-audit --no-fund', 'npm run zip:firefox'] as const;

/** BUILDING.md at the top of the source bundle: how a store reviewer rebuilds the Firefox zip from it, byte for byte. */
export function buildingInstructions(version: string, node: string, npm: string): string {
  const names = releaseNames(version);
  return `# Building Code Red Advisor ${version} from source

This bundle is the source of \`${names.firefoxZip}\`, exactly as committed. The zip's JavaScript is minified by
the build (Vite, Rollup and terser), and all of it is built from this source.

## What you need

- Linux or macOS with a POSIX shell (the release is built and checked on Debian 12).
- Node.js ${node} and npm ${npm}. Other Node 24 releases should build the same files, but only this one is checked; if
  the zip's hash differs, unzip both and compare the files, since a different zlib compresses differently. With an older Node on the machine, \`source scripts/use-node.sh && use_supported_node\` installs
  Node ${node} from the npm registry into \`.ci/node\` and puts it first on PATH.
- The npm registry (for \`npm ci\`; every version is pinned in \`package-lock.json\`).

## Commands

\`\`\`sh
${REBUILD_COMMANDS.join('\n')}
\`\`\`

The second command builds the Firefox extension (\`wxt build -b firefox --mv3\`, into \`.output/firefox-mv3/\`) and
zips it with fixed dates and order (\`scripts/lib/zip.ts\`) into \`.output/release/${names.firefoxZip}\`.

## Checking the result

\`\`\`sh
sha256sum .output/release/${names.firefoxZip}
\`\`\`

The hash is the one given for \`${names.firefoxZip}\` in the \`SHA256SUMS\` file published with the release. The project's
test suite checks this: \`tests/built/reproducible-source.test.ts\` unpacks a source bundle into an empty folder, runs
the commands above there, and compares the zip with the one built from the working tree.
`;
}

/**
 * The files a source bundle holds: what git tracks or would track (not ignored), as it is in the working tree, and
 * BUILDING.md. `npm run release` runs only on a clean tree, where that is exactly the commit.
 */
export function sourceEntries(root: string, building: string): ZipEntry[] {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`);
  const files = listed.stdout.split('\0').filter((f) => f !== '');
  const entries: ZipEntry[] = [];
  for (const name of files) {
    try {
      entries.push({ name, data: readFileSync(`${root}/${name}`) });
    } catch {
      // Deleted in the working tree and not yet committed: not part of the source.
    }
  }
  return [...entries, { name: 'BUILDING.md', data: Buffer.from(building) }];
}
