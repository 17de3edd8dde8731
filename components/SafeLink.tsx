import type { ComponentChildren } from 'preact';
import { safeHref } from '../core/text/safe-url';

export interface SafeLinkProps {
  href: string;
  children: ComponentChildren;
}

/** A link that renders only for http(s) and mailto targets; anything else becomes plain text. */
export function SafeLink({ href, children }: SafeLinkProps) {
  const safe = safeHref(href);
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
