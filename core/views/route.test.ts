import { describe, expect, it } from 'vitest';
import { parseRoute, routeHash, type Route } from './route';

describe('routes', () => {
  it.each<Route>([
    { name: 'findings' },
    { name: 'advisories' },
    { name: 'faq' },
    { name: 'advisory', id: 'MS01-033' },
    { name: 'checklist', target: 'http://127.0.0.1:8080/' },
  ])('round-trips %j', (route) => {
    expect(parseRoute(routeHash(route))).toEqual(route);
  });

  it.each(['', '#', '#/nothing', '#/advisory/', '#/checklist/%E0%A4%A'])('falls back to the findings for %j', (hash) => {
    expect(parseRoute(hash)).toEqual({ name: 'findings' });
  });
});
