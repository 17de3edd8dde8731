/**
 * Body signatures. Each is a fact from codered-facts.md §3 with its source.
 */

/** Code Red's defacement, as quoted from McAfee AVERT (2001-07-19). */
export const DEFACEMENT_PATTERNS: readonly RegExp[] = [/Hacked\s+By\s+Chinese!/i, /Welcome\s+to\s+http:\/\/www\.worm\.com/i];

/** idq.dll's error page for a missing .ida file: Nessus 10695 matches `^.*HTML.*IDQ.*NULL\.ida.*$`. */
export const IDQ_ERROR_PAGE = /HTML[\s\S]*IDQ[\s\S]*NULL\.ida/i;

/** UrlScan's rejection page: Nikto test 000498 matches `Rejected-By-UrlScan`. */
export const URLSCAN_REJECTION = /Rejected-By-UrlScan/i;

export function isDefaced(body: string | undefined): boolean {
  return body !== undefined && DEFACEMENT_PATTERNS.some((p) => p.test(body));
}
