/**
 * Where each banner rule's fact comes from, and when the rule was written
 * (../shared/reference/codered-facts.md §2). Kept apart from the rules so the
 * background bundle carries the patterns, not their bibliography.
 */
export const BANNER_RULE_SOURCES: Record<string, string> = {
  'iis-4.0': 'MS01-033 FAQ: IIS 4.0 installs idq.dll; MS01-044 (2026-11-26)',
  'iis-5.0': 'MS01-033: vulnerable by default until MS01-033, MS01-044 or SP3 (2026-11-26)',
  'iis-5.1': 'MS01-033 FAQ: fixed from Windows XP RC1 (2026-11-26)',
  'iis-6.0': 'CVE-2001-0500: only IIS 6.0 betas affected (2026-11-26)',
  apache: 'nmap-service-probes line 7015 (2026-11-26)',
  'apache-coyote': 'Tomcat connector banner (2026-11-26)',
  nginx: 'nmap-service-probes line 7028 (2026-11-26)',
  openresty: 'OpenResty banner (2026-11-26)',
  lighttpd: 'nmap-service-probes line 5749 (2026-11-26)',
  caddy: 'Caddy banner (2026-11-26)',
  litespeed: 'LiteSpeed banner (2026-11-26)',
  jetty: 'Jetty banner (2026-11-26)',
  kestrel: 'Kestrel banner (2026-11-26)',
  'iis-7-or-later': 'No MS01-033 applicability; nikto db_outdated id 600376 (2026-11-26)',
  'iis-unrecognised-version': 'nmap-service-probes line 7034 (2026-11-26)',
  'microsoft-httpapi': 'nmap-service-probes line 5306; IIS 7.5 answers errors with this banner (nikto#166) (2026-11-26)',
  'python-http': 'Python server banners (2026-11-26)',
};
