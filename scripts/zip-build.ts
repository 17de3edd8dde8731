// npm run zip:chrome | npm run zip:firefox
//
// Builds one browser's extension for the stores and zips it reproducibly into .output/release/: the same source gives
// the same bytes (scripts/lib/zip.ts). The Chrome zip serves the Chrome Web Store and Edge Add-ons; the Firefox zip
// serves addons.mozilla.org, whose reviewers rebuild it from the source bundle (BUILDING.md).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { packageVersion, releaseNames } from './lib/release';
import { directoryEntries, zipEntries } from './lib/zip';

const browser = process.argv[2];
if (browser !== 'chrome' && browser !== 'firefox') {
  console.error('npm run zip:chrome or npm run zip:firefox (scripts/zip-build.ts chrome|firefox)');
  process.exit(1);
}

// A store build carries no test or self-hosting settings (CRA_UPDATE_URL, CRA_MANIFEST_KEY, CRA_OUT_DIR, …).
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('CRA_')));
const args = browser === 'firefox' ? ['wxt', 'build', '-b', 'firefox', '--mv3'] : ['wxt', 'build'];
const built = spawnSync('npx', args, { stdio: 'inherit', env });
if (built.status !== 0) {
  console.error(`npm run zip:${browser}: the build failed.`);
  process.exit(1);
}

const names = releaseNames(packageVersion());
const out = path.join('.output', 'release', browser === 'firefox' ? names.firefoxZip : names.chromeZip);
mkdirSync(path.dirname(out), { recursive: true });
const zip = await zipEntries(directoryEntries(path.join('.output', `${browser}-mv3`)));
writeFileSync(out, zip);
console.log(`${out}\n  sha256 ${createHash('sha256').update(zip).digest('hex')}`);
