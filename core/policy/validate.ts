import { capList } from '../text/cap-list';
import { cutText } from '../text/cut-text';
import { t, type MessageKey } from '../text/i18n';
import { isLoopbackHostname } from '../probe/targets';
import { POLICY_KINDS, type Policy, type PolicyKey, type PolicyValueKind } from './keys';
import { normalFingerprint } from './fingerprint';

/** One policy value that was not applied, explained for the options page. */
export interface PolicyProblem {
  key: string;
  /** The value as set, shortened for display. */
  value: string;
  reason: string;
}

export interface ManagedConfig {
  /** Any policy value present at all: the browser is managed. */
  managed: boolean;
  policy: Policy;
  problems: PolicyProblem[];
}

export const UNMANAGED: ManagedConfig = { managed: false, policy: {}, problems: [] };

/** Characters no plain address needs, and that would break a `mailto:` link or a header. */
const NOT_IN_ADDRESS = /[\s@<>()",;:]/;

/**
 * A plain address: `local@domain.tld`, with a dot inside the domain. Checked
 * by splitting, not by one pattern: `^[^…]+@[^…]+\.[^…]+$` backtracks
 * quadratically on a domain of dots.
 */
export function isEmailAddress(text: string): boolean {
  const at = text.indexOf('@');
  if (at <= 0 || at !== text.lastIndexOf('@')) return false;
  const local = text.slice(0, at);
  const domain = text.slice(at + 1);
  const dot = domain.indexOf('.', 1);
  return !NOT_IN_ADDRESS.test(local) && !NOT_IN_ADDRESS.test(domain) && dot > 0 && dot < domain.length - 1;
}

/** A value as set, for display: at most 80 characters, and never an exception (a nested value can be too deep to print). */
export function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? typeof value);
  } catch {
    text = typeName(value);
  }
  return text.length > 80 ? `${cutText(text, 80)}… (${text.length} characters)` : text;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return t('type_list');
  if (value === null) return t('type_null');
  switch (typeof value) {
    case 'string':
      return t('type_text');
    case 'number':
      return t('type_number');
    case 'boolean':
      return t('type_boolean');
    case 'object':
      return t('type_object');
    default:
      return typeof value;
  }
}

function httpUrl(value: string): string | undefined {
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password) return url.href;
  } catch {
    // not a URL
  }
  return undefined;
}

/**
 * Where fleet reports go: https, or plain http only to a collector on this
 * computer (the report carries findings and a token, which must not cross a
 * network in the clear). No credentials in the URL: the token has its own key.
 */
export function collectorUrl(value: string): string | undefined {
  const href = httpUrl(value);
  if (!href) return undefined;
  const url = new URL(href);
  return url.protocol === 'https:' || isLoopbackHostname(url.hostname) ? href : undefined;
}

/**
 * A host name of letters, digits and hyphens in dot-separated labels, an IPv4
 * address, or a bracketed IPv6 address: one exact host. URL() lets `*` through
 * (`http://*.example.com/`), and a wildcard would ask the browser for access to
 * many hosts, where docs/permissions.md promises exactly the ones listed.
 */
const EXACT_HOST = /^(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?)*|\[[\d.:a-f]+\])$/;

/** A server address IT may list: one exact http(s) host, written as its origin. */
export function parsePolicyTarget(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username || url.password || url.search || url.hash || url.pathname !== '/') return undefined;
    if (url.hostname.length > 253 || !EXACT_HOST.test(url.hostname)) return undefined;
    return `${url.origin}/`;
  } catch {
    return undefined;
  }
}

type Checked = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * An HTTP header value as fetch sends it in every browser (RFC 9110 §5.5, without obs-text): visible ASCII, with spaces
 * or tabs only between. A newline or a NUL would make fetch throw, and Firefox's error quotes the value.
 */
const HEADER_VALUE = /^[\x21-\x7e](?:[\x20-\x7e\t]*[\x21-\x7e])?$/;

/** What a problem shows of a value: a secret is never shown back, not even in part. */
function shownFor(key: PolicyKey, value: unknown): string {
  const kind: PolicyValueKind = POLICY_KINDS[key];
  return kind.type === 'string' && kind.format === 'header-secret' ? t('pol_secret_hidden') : shown(value);
}

function check(kind: PolicyValueKind, value: unknown): Checked {
  switch (kind.type) {
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, reason: t('pol_boolean', typeName(value)) };
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value)) return { ok: false, reason: t('pol_integer', typeName(value)) };
      if (value < kind.minimum || value > kind.maximum) return { ok: false, reason: t('pol_range', kind.minimum, kind.maximum) };
      return { ok: true, value };
    case 'string':
    case 'advisories-json': {
      if (typeof value !== 'string') return { ok: false, reason: t('pol_text', typeName(value)) };
      const text = value.trim();
      if (text.length > kind.maxLength) return { ok: false, reason: t('pol_too_long', text.length, kind.maxLength) };
      if (text === '') return { ok: false, reason: t('pol_empty') };
      if (kind.type === 'string' && kind.format === 'url') {
        const href = httpUrl(text);
        return href ? { ok: true, value: href } : { ok: false, reason: t('pol_url') };
      }
      if (kind.type === 'string' && kind.format === 'collector') {
        const href = collectorUrl(text);
        return href ? { ok: true, value: href } : { ok: false, reason: t('pol_collector') };
      }
      if (kind.type === 'string' && kind.format === 'header-secret') {
        return HEADER_VALUE.test(text) ? { ok: true, value: text } : { ok: false, reason: t('pol_header_value') };
      }
      if (kind.type === 'string' && kind.format === 'email') {
        return isEmailAddress(text) ? { ok: true, value: text } : { ok: false, reason: t('pol_email') };
      }
      return { ok: true, value: text };
    }
    case 'choice':
      return typeof value === 'string' && kind.options.includes(value)
        ? { ok: true, value }
        : { ok: false, reason: t('pol_choice', kind.options.join(', ')) };
    case 'url-list':
    case 'fingerprint-list':
      if (!Array.isArray(value)) return { ok: false, reason: t('pol_list', typeName(value)) };
      if (value.length > kind.maxItems) return { ok: false, reason: t('pol_list_too_long', value.length, kind.maxItems) };
      return { ok: true, value };
  }
}

/**
 * How each list kind reads its items: ExtraTargets as exact http(s) hosts, AdvisoryFeedKeys as OpenPGP fingerprints
 * (any case, spaces allowed, kept as upper-case hex). A bad item is explained on its own; the good ones apply, once each.
 */
const LIST_ITEMS: Record<'url-list' | 'fingerprint-list', { read: (item: string) => string | undefined; reason: MessageKey }> = {
  'url-list': { read: parsePolicyTarget, reason: 'pol_target' },
  'fingerprint-list': { read: normalFingerprint, reason: 'pol_fingerprint' },
};

function listItems(key: PolicyKey, list: unknown[], kind: keyof typeof LIST_ITEMS, problems: PolicyProblem[]): string[] {
  const { read, reason } = LIST_ITEMS[kind];
  const items: string[] = [];
  list.forEach((item, i) => {
    const value = typeof item === 'string' ? read(item) : undefined;
    if (!value) problems.push({ key: `${key}[${i}]`, value: shown(item), reason: t(reason) });
    else if (!items.includes(value)) items.push(value);
  });
  return items;
}

/**
 * Validates what the browser reports as managed storage. Chromium drops
 * values that break the schema and Firefox checks nothing, so every value is
 * checked here; a bad value is left out and explained, and the rest applies.
 */
export function validatePolicy(raw: unknown): ManagedConfig {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return UNMANAGED;
  const entries = Object.entries(raw as Record<string, unknown>);
  if (entries.length === 0) return UNMANAGED;
  const policy: Partial<Record<PolicyKey, unknown>> = {};
  const problems: PolicyProblem[] = [];
  for (const [key, value] of entries) {
    // Own keys only: `constructor`, `toString` and `__proto__` are "in" every object.
    if (!isPolicyKey(key)) {
      problems.push({ key: cutText(key, 80), value: shown(value), reason: t('pol_unknown_key') });
      continue;
    }
    try {
      const result = check(POLICY_KINDS[key], value);
      if (!result.ok) {
        problems.push({ key, value: shownFor(key, value), reason: result.reason });
        continue;
      }
      const kind = POLICY_KINDS[key];
      policy[key] =
        kind.type === 'url-list' || kind.type === 'fingerprint-list'
          ? listItems(key, result.value as unknown[], kind.type, problems)
          : result.value;
    } catch (e) {
      // One value that breaks the reader is that value's problem, never the whole policy's.
      problems.push({ key, value: shownFor(key, value), reason: t('pol_unreadable', e instanceof Error ? e.name : typeName(e)) });
    }
  }
  // ExtraAdvisories stays a string here: extra-advisories.ts reads it where advisories are shown.
  return { managed: true, policy: policy as Policy, problems: capProblems(problems) };
}

function isPolicyKey(key: string): key is PolicyKey {
  return Object.hasOwn(POLICY_KINDS, key);
}

/** More problems than anyone reads: the first ones, then how many more there are. */
export const MAX_PROBLEMS_SHOWN = 20;

export function capProblems(problems: PolicyProblem[]): PolicyProblem[] {
  return capList(problems, MAX_PROBLEMS_SHOWN, (rest) => ({ key: '…', value: '', reason: t('pol_more_problems', rest) }));
}
