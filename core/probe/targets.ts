import { t } from '../text/i18n';

/**
 * Which servers the user may ask us to check, and how their addresses are
 * written down. Loopback only: this product checks the person's own computer.
 * Hosts beyond loopback are for IT to configure (the deployment issue).
 */
export const DEFAULT_TARGETS: readonly string[] = ['http://localhost/', 'http://127.0.0.1/'];

/** Hosts the manifest's `host_permissions` already cover (any port). */
const GRANTED_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Longer than any loopback address with a port; stops pasted essays early. */
const MAX_INPUT_LENGTH = 200;

export type TargetParse = { ok: true; target: string } | { ok: false; error: string };

export function isLoopbackHostname(hostname: string): boolean {
  if (hostname === 'localhost' || hostname === '[::1]') return true;
  // URL() has already normalised 127.1 and 0x7f.1 to dotted decimal.
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(hostname);
}

/** Validates what a person typed and returns the target in its one canonical form, `http://host:port/`. */
export function parseTarget(input: string): TargetParse {
  const text = input.trim();
  if (text === '') return { ok: false, error: t('tgt_empty') };
  if (text.length > MAX_INPUT_LENGTH) return { ok: false, error: t('tgt_too_long', text.length) };
  // "localhost:8080" has no scheme; "javascript:x" and "ftp://x" do (a port starts with a digit).
  const scheme = /^([a-z][a-z0-9+.-]*):(?!\d)/i.exec(text)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') {
    return { ok: false, error: t('tgt_scheme', `${scheme}:`) };
  }
  const withScheme = scheme ? text : `http://${text}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, error: t('tgt_not_url', text) };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { ok: false, error: t('tgt_scheme', `${url.protocol}//`) };
  }
  if (url.username || url.password) {
    return { ok: false, error: t('tgt_credentials') };
  }
  if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(withScheme)) {
    return {
      ok: false,
      error: t('tgt_path'),
    };
  }
  if (!isLoopbackHostname(url.hostname)) {
    return {
      ok: false,
      error: t('tgt_not_loopback', url.hostname),
    };
  }
  return { ok: true, target: `${url.origin}/` };
}

/** The host permission a target needs beyond the manifest's, or undefined when it is already granted. */
export function extraPermissionFor(target: string): string | undefined {
  const url = new URL(target);
  return GRANTED_HOSTS.has(url.hostname) ? undefined : `${url.protocol}//${url.hostname}/*`;
}
