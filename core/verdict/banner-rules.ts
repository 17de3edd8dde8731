import type { Product } from './banner';
import { t, type MessageKey } from '../text/i18n';

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
  /**
   * The product family and version the rule names, as data: which rules mean IIS (the checklist's "is IIS off?", the
   * verdict's "banner contradicts the .ida answer") and which IIS version an advisory is matched on.
   */
  product?: { family: 'iis'; version?: string };
  /** Plain name for people: a product name as is, or words to translate. */
  label: string | { key: MessageKey };
}

const IIS = /^Microsoft-IIS$/i;

/**
 * First match wins, so specific IIS versions come before the IIS catch-all.
 * Banner formats as of 2026-11; each rule's source is in banner-rule-sources.ts.
 */
export const BANNER_RULES: readonly BannerRule[] = [
  {
    id: 'iis-4.0',
    name: IIS,
    product: { family: 'iis', version: '4.0' },
    version: /^4\.0$/,
    assessment: 'code-red-target',
    label: 'Microsoft IIS 4.0 (Windows NT 4.0)',
  },
  {
    id: 'iis-5.0',
    name: IIS,
    product: { family: 'iis', version: '5.0' },
    version: /^5\.0$/,
    assessment: 'code-red-target',
    label: 'Microsoft IIS 5.0 (Windows 2000)',
  },
  {
    id: 'iis-5.1',
    name: IIS,
    product: { family: 'iis', version: '5.1' },
    version: /^5\.1$/,
    assessment: 'not-affected',
    label: 'Microsoft IIS 5.1 (Windows XP)',
  },
  {
    id: 'iis-6.0',
    name: IIS,
    product: { family: 'iis', version: '6.0' },
    version: /^6\.0$/,
    assessment: 'not-affected',
    label: 'Microsoft IIS 6.0 (Windows Server 2003)',
  },
  {
    id: 'iis-7-or-later',
    name: IIS,
    product: { family: 'iis' },
    version: /^(7\.0|7\.5|8\.0|8\.5|10\.0)$/,
    assessment: 'not-affected',
    label: { key: 'rule_iis_7_or_later' },
  },
  {
    id: 'iis-unrecognised-version',
    name: IIS,
    product: { family: 'iis' },
    assessment: 'undecided',
    label: { key: 'rule_iis_unrecognised' },
  },
  {
    id: 'microsoft-httpapi',
    name: /^Microsoft-HTTPAPI$/i,
    assessment: 'undecided',
    label: { key: 'rule_httpapi' },
  },
  {
    id: 'apache',
    name: /^Apache$/i,
    assessment: 'not-affected',
    label: 'Apache httpd',
  },
  {
    id: 'apache-coyote',
    name: /^Apache-Coyote$/i,
    assessment: 'not-affected',
    label: 'Apache Tomcat',
  },
  { id: 'nginx', name: /^nginx$/i, assessment: 'not-affected', label: 'nginx' },
  {
    id: 'openresty',
    name: /^openresty$/i,
    assessment: 'not-affected',
    label: 'OpenResty (nginx)',
  },
  {
    id: 'lighttpd',
    name: /^lighttpd$/i,
    assessment: 'not-affected',
    label: 'lighttpd',
  },
  { id: 'caddy', name: /^Caddy$/i, assessment: 'not-affected', label: 'Caddy' },
  { id: 'litespeed', name: /^LiteSpeed$/i, assessment: 'not-affected', label: 'LiteSpeed' },
  { id: 'jetty', name: /^Jetty$/i, assessment: 'not-affected', label: 'Eclipse Jetty' },
  { id: 'kestrel', name: /^Kestrel$/i, assessment: 'not-affected', label: 'ASP.NET Core Kestrel' },
  {
    id: 'python-http',
    name: /^(BaseHTTP|SimpleHTTP|Werkzeug|gunicorn|uvicorn|TornadoServer)$/i,
    assessment: 'not-affected',
    label: { key: 'rule_python' },
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

/** A rule's name in the browser's language. */
export function ruleLabel(rule: BannerRule): string {
  return typeof rule.label === 'string' ? rule.label : t(rule.label.key);
}
