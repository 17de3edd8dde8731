import type { Product } from './banner';

/**
 * What a recognised product means for Code Red:
 * - `code-red-target`: IIS 4.0 or 5.0, which Code Red attacks unless patched or unmapped;
 * - `not-affected`: identified, and Code Red cannot infect it;
 * - `undecided`: recognised, but it does not tell us which server is really behind it.
 */
export type BannerAssessment = 'code-red-target' | 'not-affected' | 'undecided';

export interface BannerRule {
  id: string;
  /** Matched against the product name, case-insensitively. */
  name: RegExp;
  /** Matched against the product version; absent means any (or no) version. */
  version?: RegExp;
  assessment: BannerAssessment;
  /** Plain name for people, e.g. "Microsoft IIS 5.0 (Windows 2000)". */
  label: string;
  /** Where the fact comes from, and when the rule was written. */
  source: string;
}

const IIS = /^Microsoft-IIS$/i;

/**
 * First match wins, so specific IIS versions come before the IIS catch-all.
 * Banner formats as of 2026-11; sources in ../shared/reference/codered-facts.md §2.
 */
export const BANNER_RULES: readonly BannerRule[] = [
  {
    id: 'iis-4.0',
    name: IIS,
    version: /^4\.0$/,
    assessment: 'code-red-target',
    label: 'Microsoft IIS 4.0 (Windows NT 4.0)',
    source: 'MS01-033 FAQ: IIS 4.0 installs idq.dll; MS01-044 (2026-11-26)',
  },
  {
    id: 'iis-5.0',
    name: IIS,
    version: /^5\.0$/,
    assessment: 'code-red-target',
    label: 'Microsoft IIS 5.0 (Windows 2000)',
    source: 'MS01-033: vulnerable by default until MS01-033, MS01-044 or SP3 (2026-11-26)',
  },
  {
    id: 'iis-5.1',
    name: IIS,
    version: /^5\.1$/,
    assessment: 'not-affected',
    label: 'Microsoft IIS 5.1 (Windows XP)',
    source: 'MS01-033 FAQ: fixed from Windows XP RC1 (2026-11-26)',
  },
  {
    id: 'iis-6.0',
    name: IIS,
    version: /^6\.0$/,
    assessment: 'not-affected',
    label: 'Microsoft IIS 6.0 (Windows Server 2003)',
    source: 'CVE-2001-0500: only IIS 6.0 betas affected (2026-11-26)',
  },
  {
    id: 'iis-7-or-later',
    name: IIS,
    version: /^(7\.0|7\.5|8\.0|8\.5|10\.0)$/,
    assessment: 'not-affected',
    label: 'Microsoft IIS 7 or later',
    source: 'No MS01-033 applicability; nikto db_outdated id 600376 (2026-11-26)',
  },
  {
    id: 'iis-unrecognised-version',
    name: IIS,
    assessment: 'undecided',
    label: 'Microsoft IIS, version not recognised',
    source: 'nmap-service-probes line 7034 (2026-11-26)',
  },
  {
    id: 'microsoft-httpapi',
    name: /^Microsoft-HTTPAPI$/i,
    assessment: 'undecided',
    label: 'Windows HTTP service (http.sys), not IIS itself',
    source: 'nmap-service-probes line 5306; IIS 7.5 answers errors with this banner (nikto#166) (2026-11-26)',
  },
  {
    id: 'apache',
    name: /^Apache$/i,
    assessment: 'not-affected',
    label: 'Apache httpd',
    source: 'nmap-service-probes line 7015 (2026-11-26)',
  },
  {
    id: 'apache-coyote',
    name: /^Apache-Coyote$/i,
    assessment: 'not-affected',
    label: 'Apache Tomcat',
    source: 'Tomcat connector banner (2026-11-26)',
  },
  { id: 'nginx', name: /^nginx$/i, assessment: 'not-affected', label: 'nginx', source: 'nmap-service-probes line 7028 (2026-11-26)' },
  {
    id: 'openresty',
    name: /^openresty$/i,
    assessment: 'not-affected',
    label: 'OpenResty (nginx)',
    source: 'OpenResty banner (2026-11-26)',
  },
  {
    id: 'lighttpd',
    name: /^lighttpd$/i,
    assessment: 'not-affected',
    label: 'lighttpd',
    source: 'nmap-service-probes line 5749 (2026-11-26)',
  },
  { id: 'caddy', name: /^Caddy$/i, assessment: 'not-affected', label: 'Caddy', source: 'Caddy banner (2026-11-26)' },
  { id: 'litespeed', name: /^LiteSpeed$/i, assessment: 'not-affected', label: 'LiteSpeed', source: 'LiteSpeed banner (2026-11-26)' },
  { id: 'jetty', name: /^Jetty$/i, assessment: 'not-affected', label: 'Eclipse Jetty', source: 'Jetty banner (2026-11-26)' },
  { id: 'kestrel', name: /^Kestrel$/i, assessment: 'not-affected', label: 'ASP.NET Core Kestrel', source: 'Kestrel banner (2026-11-26)' },
  {
    id: 'python-http',
    name: /^(BaseHTTP|SimpleHTTP|Werkzeug|gunicorn|uvicorn|TornadoServer)$/i,
    assessment: 'not-affected',
    label: 'a Python web server',
    source: 'Python server banners (2026-11-26)',
  },
];

export interface BannerMatch {
  rule: BannerRule;
  product: Product;
}

/** Rules matched by the products of one banner, in product order. */
export function matchBannerRules(products: readonly Product[], rules: readonly BannerRule[] = BANNER_RULES): BannerMatch[] {
  const matches: BannerMatch[] = [];
  for (const product of products) {
    const rule = rules.find((r) => r.name.test(product.name) && (r.version === undefined || r.version.test(product.version ?? '')));
    if (rule) matches.push({ rule, product });
  }
  return matches;
}
