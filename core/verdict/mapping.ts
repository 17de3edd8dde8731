import type { MappingState, RequestEvidence } from './evidence';
import { signaturesOf } from './signatures';

/** Reads the mapping check. Only idq.dll's own error page counts as "present". */
export function assessMapping(ida: RequestEvidence | undefined): MappingState {
  if (!ida) return 'not-checked';
  const signatures = signaturesOf(ida);
  if (ida.status !== undefined && signatures.includes('idq-error-page')) return 'present';
  if (signatures.includes('urlscan-rejection')) return 'urlscan';
  // A plain 404 means IIS looked for a file, not a script mapping. Anything else
  // (401, 403, 500, a redirect, a time-out) does not decide.
  if (ida.status === 404 && !ida.error) return 'absent';
  return 'undecided';
}
