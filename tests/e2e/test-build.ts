import { spawnSync } from 'node:child_process';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { extensionIdFromHash } from '../../scripts/lib/update-manifest';

export interface KeyedBuild {
  dir: string;
  extensionId: string;
}

/** A throwaway signing key; never committed. */
export function throwawayKey(file: string): { extensionId: string; publicKeyBase64: string } {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return { extensionId: extensionIdFromHash(createHash('sha256').update(der).digest('hex')), publicKeyBase64: der.toString('base64') };
}

/** Builds the extension with a manifest key, so its id is known before Chromium loads it (policy is keyed by id). */
export function buildWithKey(outDir: string, keyFile: string): KeyedBuild {
  const { extensionId, publicKeyBase64 } = throwawayKey(keyFile);
  const result = spawnSync('npx', ['wxt', 'build'], {
    env: { ...process.env, CRA_OUT_DIR: outDir, CRA_MANIFEST_KEY: publicKeyBase64 },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`Keyed build failed:\n${result.stdout}\n${result.stderr}`);
  return { dir: path.join(outDir, 'chrome-mv3'), extensionId };
}
