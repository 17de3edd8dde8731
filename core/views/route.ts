/** Views of the popup (and of the same page opened in a tab), kept in the URL hash so a tab can open on any of them. */
export type Route =
  | { name: 'findings' }
  | { name: 'advisories' }
  | { name: 'advisory'; id: string }
  | { name: 'checklist'; target: string }
  | { name: 'faq' };

export function parseRoute(hash: string): Route {
  const [name = '', ...rest] = hash.replace(/^#\/?/, '').split('/');
  const arg = rest.join('/');
  let decoded = '';
  try {
    decoded = decodeURIComponent(arg);
  } catch {
    return { name: 'findings' };
  }
  if (name === 'advisories') return { name: 'advisories' };
  if (name === 'faq') return { name: 'faq' };
  if (name === 'advisory' && decoded) return { name: 'advisory', id: decoded };
  if (name === 'checklist' && decoded) return { name: 'checklist', target: decoded };
  return { name: 'findings' };
}

export function routeHash(route: Route): string {
  switch (route.name) {
    case 'findings':
      return '#/';
    case 'advisories':
      return '#/advisories';
    case 'faq':
      return '#/faq';
    case 'advisory':
      return `#/advisory/${encodeURIComponent(route.id)}`;
    case 'checklist':
      return `#/checklist/${encodeURIComponent(route.target)}`;
  }
}
