// npm run release [-- --key <private key .pem> --base-url <https://where/the/crx/is/served>]
//
// From a clean tree: checks, runs every test, builds, and writes to .output/release/ the Chrome/Edge store zip, the
// Firefox zip, the source bundle AMO asks for (with BUILDING.md, which rebuilds the Firefox zip byte for byte), the
// store images the e2e suite made, the self-hosted CRX and updates.xml when a key is given, and SHA256SUMS.
// The version is package.json's; CHANGELOG.md must have an entry for it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { changelogHasVersion, packageVersion, releaseNames, sha256Sums, sourceBundleEntries } from './lib/release';
import { directoryEntries, zipEntries } from './lib/zip';
import { failer, option } from './lib/cli';

const OUT = path.join('.output', 'release');

// Annotated, so TypeScript knows each call ends the script (control flow narrows after it).
const fail: (message: string) => never = failer('release');

function run(label: string, command: string, args: string[]): void {
  console.log(`\n=== release: ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.status !== 0) fail(`${label} failed, so nothing was released.`);
}

const key = option('key');
const baseUrl = option('base-url');
if ((key === undefined) !== (baseUrl === undefined)) {
  fail('--key and --base-url go together: the CRX is signed with the key and updates.xml points at the base URL.');
}

// 1. A release is a commit: nothing uncommitted may end up in it (or be missing from the source bundle).
const status = spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' });
if (status.status !== 0) fail('this is not a git checkout; a release is built from a commit.');
if (status.stdout.trim() !== '') {
  fail(`the tree has uncommitted changes; commit or stash them first:\n${status.stdout.trimEnd()}`);
}

// 2. The version, and what changed in it.
const version = packageVersion();
if (!existsSync('CHANGELOG.md') || !changelogHasVersion(readFileSync('CHANGELOG.md', 'utf8'), version)) {
  fail(`CHANGELOG.md has no entry for ${version} (package.json's version). Add a heading "## ${version}" with what changed.`);
}

// 3. Checks and every test (the reproducible-source test among them; the e2e suite makes the store images).
run('checks (typecheck, lint, format)', 'npm', ['run', '--silent', 'check']);
run('every test', 'npm', ['test']);

// 4. The store zips.
rmSync(OUT, { recursive: true, force: true });
run('Chrome and Edge zip', 'npx', ['tsx', 'scripts/zip-build.ts', 'chrome']);
run('Firefox zip', 'npx', ['tsx', 'scripts/zip-build.ts', 'firefox']);

// 5. The source bundle, with the Node and npm this release was built with.
const names = releaseNames(version);
writeFileSync(path.join(OUT, names.sources), await zipEntries(sourceBundleEntries()));

// 6. Self-hosting: the signed CRX and updates.xml (scripts/package.ts), only with a key.
if (key !== undefined && baseUrl !== undefined) {
  const crxOut = path.join('.output', 'release-crx');
  run('signed CRX and updates.xml', 'npx', [
    'tsx',
    'scripts/package.ts',
    '--key',
    key,
    '--base-url',
    baseUrl,
    '--out',
    crxOut,
    '--skip-zips',
  ]);
  cpSync(path.join(crxOut, names.crx), path.join(OUT, names.crx));
  cpSync(path.join(crxOut, names.updates), path.join(OUT, names.updates));
}

// 7. The store images, as the e2e suite made them from real states (tests/e2e/store-images.ts).
const images = path.join('screenshots', 'store');
if (!existsSync(images) || readdirSync(images).length === 0) fail(`no store images in ${images}: the e2e suite did not make them.`);
cpSync(images, path.join(OUT, 'store'), { recursive: true });

// 8. SHA-256 of everything above.
writeFileSync(path.join(OUT, names.sums), sha256Sums(directoryEntries(OUT)));

console.log(`\nReleased Code Red Advisor ${version} in ${OUT}/:`);
for (const entry of readdirSync(OUT)) console.log(`  ${entry}`);
console.log(`Check it with: (cd ${OUT} && sha256sum -c ${names.sums})`);
