import type { MappingState, RequestEvidence } from './evidence';
import { IDQ_ERROR_PAGE, URLSCAN_REJECTION } from './signatures';

/** Reads the mapping check. Only idq.dll's own error page counts as "present". */
export function assessMapping(ida: RequestEvidence | undefined): MappingState {
  if (!ida) return 'not-checked';
  const body = ida.bodySnippet ?? '';
  if (ida.status !== undefined && IDQ_ERROR_PAGE.test(body)) return 'present';
  if (URLSCAN_REJECTION.test(body)) return 'urlscan';
  // A plain 404 means IIS looked for a file, not a script mapping. Anything else
  // (401, 403, 500, a redirect, a time-out) does not decide.
  if (ida.status === 404 && !ida.error) return 'absent';
  return 'undecided';
}
