import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** Debian Chromium's machine-wide policy folder. Writing here needs root, and affects every profile on the machine. */
export const POLICY_DIR = '/etc/chromium/policies/managed';
const PREFIX = 'code-red-advisor-test-';

export const canWritePolicy = () => process.getuid?.() === 0;

export function writePolicy(name: string, policy: unknown): string {
  mkdirSync(POLICY_DIR, { recursive: true });
  const file = path.join(POLICY_DIR, `${PREFIX}${name}.json`);
  writeFileSync(file, JSON.stringify(policy, null, 2));
  return file;
}

/** Removes every policy file a test wrote; called after each spec and again at the end of the run. */
export function removeTestPolicies(): void {
  if (!existsSync(POLICY_DIR)) return;
  for (const f of readdirSync(POLICY_DIR)) if (f.startsWith(PREFIX)) rmSync(path.join(POLICY_DIR, f), { force: true });
}
