/**
 * The only requests the probe may ever send. Both are short, argument-free GETs:
 * `/` reads the `Server` banner and the page, and `/NULL.ida` is the harmless
 * mapping check of Nessus plugin 10695 (a file that does not exist, no query).
 * Anything that carries an argument to .ida/.idq, or touches root.exe or
 * cmd.exe, can crash or run commands on the target (codered-facts.md §3), so it
 * is refused here even if a bug upstream builds it.
 */
import { PROBE_PATHS, type ProbePath } from '../verdict/evidence';

// The two paths are named where evidence records them (verdict/evidence.ts, below the probe); this module is what
// stops anything else from being sent.
export { PROBE_PATHS, type ProbePath };

export const PROBE_METHOD = 'GET';

export class ForbiddenRequestError extends Error {
  override name = 'ForbiddenRequestError';
}

/** The URL for one probe request, built from a target origin, never from free text. */
export function probeUrl(target: string, path: ProbePath): string {
  const url = new URL(target);
  return `${url.origin}${path}`;
}

/**
 * Throws unless `url` and `method` form one of the allowed requests. The probe
 * calls this immediately before every fetch.
 */
export function assertAllowedRequest(url: string, method: string): void {
  if (method !== PROBE_METHOD) {
    throw new ForbiddenRequestError(`Only GET is allowed, not ${method}.`);
  }
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new ForbiddenRequestError(`Not a URL: ${url}`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new ForbiddenRequestError(`Only http and https are allowed, not ${parsed.protocol}`);
  }
  if (parsed.username || parsed.password) {
    throw new ForbiddenRequestError('Credentials in the URL are not allowed.');
  }
  // `new URL` drops an empty "?" or "#", so compare against the raw text as well.
  if (parsed.search || parsed.hash || /[?#]/.test(url)) {
    throw new ForbiddenRequestError('A query string or fragment is not allowed.');
  }
  if (!(PROBE_PATHS as readonly string[]).includes(parsed.pathname)) {
    throw new ForbiddenRequestError(`The path ${parsed.pathname} is not one of the allowed probe paths.`);
  }
  if (url !== `${parsed.origin}${parsed.pathname}`) {
    throw new ForbiddenRequestError(`The URL is not in its plain form: ${url}`);
  }
}
