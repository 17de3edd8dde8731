// npm run package -- --key <private key .pem> --base-url <https://where/the/files/are/served>
//
// Builds what an IT department deploys: a signed CRX3 and updates.xml for
// self-hosting (force-install with ExtensionInstallForcelist), plus the store
// zips for Chrome and Firefox. The key fixes the extension id: keep it secret
// and sign every release with the same one.
import { spawnSync } from 'node:child_process';
import { createHash, createPrivateKey, createPublicKey } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { extensionIdFromHash, updateManifestXml } from './lib/update-manifest';
import { failer, option } from './lib/cli';

const require = createRequire(import.meta.url);
const crx3 = require('crx3') as (files: string[], options: { keyPath: string; crxPath: string }) => Promise<void>;

// Annotated, so TypeScript knows each call ends the script (control flow narrows after it).
const fail: (message: string) => never = failer('package');

/** The base URL without trailing slashes; a loop, since `/\/+$/` is quadratic on a long run of slashes. */
function trimSlashes(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  return url.slice(0, end);
}

const keyPath = option('key') ?? process.env.CRA_SIGNING_KEY;
const baseUrl = trimSlashes(option('base-url') ?? process.env.CRA_BASE_URL);
const outDir = path.resolve(option('out') ?? '.output/package');

if (!keyPath) {
  fail(`a signing key is needed: --key <file.pem> or CRA_SIGNING_KEY.
  Make one once with:  openssl genrsa -out code-red-advisor.pem 2048
  Keep it secret and sign every release with it: it fixes the extension id users' browsers trust.`);
}
if (!existsSync(keyPath)) fail(`the key file ${keyPath} does not exist.`);
let keyPem: string;
try {
  keyPem = readFileSync(keyPath, 'utf8');
  createPrivateKey(keyPem);
} catch (e) {
  fail(`${keyPath} is not a private key in PEM form (${e instanceof Error ? e.message : String(e)}).`);
}
if (!baseUrl || !/^https?:\/\/[^/]/.test(baseUrl)) {
  fail('--base-url <http(s) URL> is needed: the address where you will serve the .crx and updates.xml.');
}

const der = createPublicKey(keyPem).export({ type: 'spki', format: 'der' });
const extensionId = extensionIdFromHash(createHash('sha256').update(der).digest('hex'));
const buildDir = path.join(outDir, 'chrome-mv3');

function run(command: string, args: string[], env: Record<string, string> = {}): void {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed.`);
}

mkdirSync(outDir, { recursive: true });
// update_url lets force-installed copies pick up later releases from the same server.
run('npx', ['wxt', 'build'], { CRA_OUT_DIR: outDir, CRA_UPDATE_URL: `${baseUrl}/updates.xml` });
const version = (JSON.parse(readFileSync(path.join(buildDir, 'manifest.json'), 'utf8')) as { version: string }).version;
const crxName = `code-red-advisor-${version}.crx`;
await crx3([path.join(buildDir, 'manifest.json')], { keyPath, crxPath: path.join(outDir, crxName) });
writeFileSync(path.join(outDir, 'updates.xml'), updateManifestXml([{ extensionId, version, crxUrl: `${baseUrl}/${crxName}` }]));

// Store builds carry no update_url and no key. (--skip-zips: for tests that only need the CRX.)
if (!process.argv.includes('--skip-zips')) {
  run('npm', ['run', 'zip']);
}

console.log(`
Packaged Code Red Advisor ${version}
  extension id: ${extensionId}
  ${path.join(outDir, crxName)}
  ${path.join(outDir, 'updates.xml')}   (serve both at ${baseUrl}/)
  store zips in .output/release/ (npm run release also makes the source bundle and checksums)
Force-install with the policy ExtensionInstallForcelist = ["${extensionId};${baseUrl}/updates.xml"] (docs/admin.md).`);
