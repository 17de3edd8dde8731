import { POLICY_KINDS, type Policy, type PolicyKey, type PolicyValueKind } from './keys';

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

const EMAIL = /^[^\s@<>()",;:]+@[^\s@<>()",;:]+\.[^\s@<>()",;:]+$/;

export function shown(value: unknown): string {
  let text: string;
  try {
    text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  } catch {
    text = String(value);
  }
  return text.length > 80 ? `${text.slice(0, 80)}… (${text.length} characters)` : text;
}

function typeName(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  return { string: 'text', number: 'a number', boolean: 'true or false', object: 'an object' }[typeof value as string] ?? typeof value;
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

/** A server address IT may list: any http(s) host, written as its origin. */
export function parsePolicyTarget(value: string): string | undefined {
  try {
    const url = new URL(value.trim());
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.username || url.password || url.search || url.hash || url.pathname !== '/') return undefined;
    return `${url.origin}/`;
  } catch {
    return undefined;
  }
}

type Checked = { ok: true; value: unknown } | { ok: false; reason: string };

function check(kind: PolicyValueKind, value: unknown): Checked {
  switch (kind.type) {
    case 'boolean':
      return typeof value === 'boolean' ? { ok: true, value } : { ok: false, reason: `It must be true or false, not ${typeName(value)}.` };
    case 'integer':
      if (typeof value !== 'number' || !Number.isInteger(value))
        return { ok: false, reason: `It must be a whole number, not ${typeName(value)}.` };
      if (value < kind.minimum || value > kind.maximum) return { ok: false, reason: `It must be from ${kind.minimum} to ${kind.maximum}.` };
      return { ok: true, value };
    case 'string':
    case 'advisories-json': {
      if (typeof value !== 'string') return { ok: false, reason: `It must be text, not ${typeName(value)}.` };
      const text = value.trim();
      if (text.length > kind.maxLength)
        return { ok: false, reason: `It is ${text.length} characters long; the most allowed is ${kind.maxLength}.` };
      if (text === '') return { ok: false, reason: 'It is empty.' };
      if (kind.type === 'string' && kind.format === 'url') {
        const href = httpUrl(text);
        return href ? { ok: true, value: href } : { ok: false, reason: 'It must be an http:// or https:// address.' };
      }
      if (kind.type === 'string' && kind.format === 'email') {
        return EMAIL.test(text)
          ? { ok: true, value: text }
          : { ok: false, reason: 'It must be an e-mail address such as security@example.edu.' };
      }
      return { ok: true, value: text };
    }
    case 'url-list':
      if (!Array.isArray(value)) return { ok: false, reason: `It must be a list of addresses, not ${typeName(value)}.` };
      if (value.length > kind.maxItems)
        return { ok: false, reason: `It lists ${value.length} addresses; the most allowed is ${kind.maxItems}.` };
      return { ok: true, value };
  }
}

function extraTargets(list: unknown[], problems: PolicyProblem[]): string[] {
  const targets: string[] = [];
  list.forEach((item, i) => {
    const target = typeof item === 'string' ? parsePolicyTarget(item) : undefined;
    if (!target) {
      problems.push({
        key: `ExtraTargets[${i}]`,
        value: shown(item),
        reason: 'It must be an http:// or https:// server address without a path, such as http://intranet.example.edu/.',
      });
    } else if (!targets.includes(target)) targets.push(target);
  });
  return targets;
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
  const policy: Record<string, unknown> = {};
  const problems: PolicyProblem[] = [];
  for (const [key, value] of entries) {
    if (!(key in POLICY_KINDS)) {
      problems.push({
        key,
        value: shown(value),
        reason: 'This is not a Code Red Advisor policy key; check its spelling in docs/admin.md.',
      });
      continue;
    }
    const result = check(POLICY_KINDS[key as PolicyKey], value);
    if (!result.ok) {
      problems.push({ key, value: shown(value), reason: result.reason });
      continue;
    }
    policy[key] = key === 'ExtraTargets' ? extraTargets(result.value as unknown[], problems) : result.value;
  }
  // ExtraAdvisories stays a string here: extra-advisories.ts reads it where advisories are shown.
  return { managed: true, policy: policy as Policy, problems };
}
