/**
 * How each fake server answers. Banners and bodies follow codered-facts.md:
 * idq.dll's error page is what Nessus 10695 matches; the defacement is the
 * one McAfee AVERT quoted in July 2001.
 */
export interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type Personality =
  'iis5-mapped' | 'iis5-unmapped' | 'iis4' | 'iis6' | 'defaced' | 'apache' | 'no-banner' | 'urlscan' | 'httpapi' | 'html-banner';

/** The verdict each personality must get, in the unit tests and in the browser alike. */
export const EXPECTED_VERDICT = {
  'iis5-mapped': 'exposed',
  'iis5-unmapped': 'mitigated',
  iis4: 'exposed',
  iis6: 'not-affected',
  defaced: 'infected',
  apache: 'not-affected',
  'no-banner': 'unknown',
  urlscan: 'mitigated',
  httpapi: 'unknown',
  'html-banner': 'unknown',
} as const satisfies Record<Personality, string>;

export const IDQ_PAGE = '<HTML>The IDQ file NULL.ida could not be found.</HTML>';
export const NOT_FOUND_PAGE = '<html><head><title>The page cannot be found</title></head><body>The page cannot be found</body></html>';
export const DEFACEMENT =
  '<html><head><meta http-equiv="Content-Type" content="text/html; charset=English"><title>HELLO!</title></head><bady><hr size=5><font color="red"><p align="center">Welcome to http://www.worm.com !<br><br>Hacked By Chinese!</font></hr></bady></html>';
const HOME = '<html><head><title>Under Construction</title></head><body>This site is under construction.</body></html>';

const page = (server: string | undefined, status: number, body: string): Answer => ({
  status,
  headers: { 'content-type': 'text/html', ...(server ? { server } : {}) },
  body,
});

type Route = (path: string) => Answer;

const iis =
  (banner: string, mapped: boolean): Route =>
  (path) =>
    path === '/NULL.ida' && mapped
      ? page(banner, 200, IDQ_PAGE)
      : path === '/'
        ? page(banner, 200, HOME)
        : page(banner, 404, NOT_FOUND_PAGE);

export const PERSONALITIES: Record<Personality, Route> = {
  'iis5-mapped': iis('Microsoft-IIS/5.0', true),
  'iis5-unmapped': iis('Microsoft-IIS/5.0', false),
  iis4: iis('Microsoft-IIS/4.0', true),
  iis6: iis('Microsoft-IIS/6.0', false),
  defaced: (path) => (path === '/' ? page('Microsoft-IIS/5.0', 200, DEFACEMENT) : page('Microsoft-IIS/5.0', 200, IDQ_PAGE)),
  apache: (path) =>
    path === '/' ? page('Apache/2.4.62 (Debian)', 200, '<html>It works!</html>') : page('Apache/2.4.62 (Debian)', 404, 'Not Found'),
  'no-banner': (path) => (path === '/' ? page(undefined, 200, HOME) : page(undefined, 404, 'Not Found')),
  urlscan: (path) =>
    path === '/' ? page('Microsoft-IIS/5.0', 200, HOME) : page('Microsoft-IIS/5.0', 404, '<html>Rejected-By-UrlScan</html>'),
  httpapi: (path) => page('Microsoft-HTTPAPI/2.0', path === '/' ? 400 : 404, 'Bad Request'),
  'html-banner': (path) => page('<script>alert(1)</script><img src=x onerror=alert(2)>', path === '/' ? 200 : 404, HOME),
};
