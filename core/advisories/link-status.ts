import type { LinkStatus } from './types';

/**
 * Pages cited by the advisories that are no longer online (codered-facts.md,
 * checked 2026-11-26). They are shown as historic text, never as live links.
 * No archive copy has been verified for any of them, so none is "archived".
 */
const GONE = new Set([
  'http://www.cert.org/advisories/CA-2001-13.html',
  'http://www.cert.org/incident_notes/IN-2001-09.html',
  'http://www.cert.org/tech_tips/root_compromise.html',
  'http://www.microsoft.com/technet/itsolutions/security/tools/redfix.asp',
  'http://www.symantec.com/avcenter/venc/data/codered.removal.tool.html',
  'http://vil.nai.com/vil/',
]);

export function linkStatus(url: string): LinkStatus {
  if (GONE.has(url)) return 'historic';
  if (url.startsWith('https://web.archive.org/')) return 'archived';
  return 'live';
}
