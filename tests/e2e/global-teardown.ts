import { existsSync, readFileSync, rmSync } from 'node:fs';
import { GECKO_ID } from '../../core/policy/extension-ids';
import { removeTestPolicies } from './policy-files';

const FIREFOX_POLICIES = '/etc/firefox/policies/policies.json';

/** True only for the file firefox.spec.ts writes: our extension's settings and nothing of anyone else's. */
function isOurFirefoxPolicy(): boolean {
  try {
    const json = JSON.parse(readFileSync(FIREFOX_POLICIES, 'utf8')) as {
      policies?: Record<string, { Extensions?: Record<string, unknown> }>;
    };
    const keys = Object.keys(json.policies ?? {});
    return keys.length === 1 && keys[0] === '3rdparty' && Object.keys(json.policies?.['3rdparty']?.Extensions ?? {}).join() === GECKO_ID;
  } catch {
    return false;
  }
}

// Policy files are machine-wide: whatever a failed or killed spec left behind goes here.
export default function globalTeardown(): void {
  removeTestPolicies();
  if (existsSync(FIREFOX_POLICIES) && isOurFirefoxPolicy()) rmSync(FIREFOX_POLICIES, { force: true });
}
