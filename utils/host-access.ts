import { browser } from 'wxt/browser';

/** The match pattern that grants access to a target's host, on any port. */
export function hostPattern(target: string): string {
  const url = new URL(target);
  return `${url.protocol}//${url.hostname}/*`;
}

/** True when the manifest or the user granted the extension this host. */
export function hasHostAccess(target: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [hostPattern(target)] });
}
