import { describe, expect, it } from 'vitest';
import { ForbiddenRequestError, PROBE_PATHS, assertAllowedRequest, probeUrl } from './probe-policy';

// The requests codered-facts.md §3 says must never be sent, plus near misses.
const FORBIDDEN = [
  `http://127.0.0.1/default.ida?${'N'.repeat(224)}%u9090%u6858%ucbd3%u7801%u9090`,
  `http://127.0.0.1/default.ida?${'X'.repeat(224)}%u9090%u6858%ucbd3%u7801=a`,
  `http://127.0.0.1/x.idq?${'A'.repeat(232)}`,
  'http://127.0.0.1/scripts/root.exe?/c+dir+c:\\+/OG',
  'http://127.0.0.1/scripts/root.exe',
  'http://127.0.0.1/MSADC/root.exe?/c+dir',
  'http://127.0.0.1/c/winnt/system32/cmd.exe?/c+dir+/OG',
  'http://127.0.0.1/scripts/..%c0%af../winnt/system32/cmd.exe?/c+dir',
  'http://127.0.0.1/null.idq',
  'http://127.0.0.1/default.ida',
  'http://127.0.0.1/NULL.ida?',
  'http://127.0.0.1/NULL.ida#x',
  'http://127.0.0.1/?',
  'http://127.0.0.1/NULL.IDA',
  'http://127.0.0.1//NULL.ida',
  'http://127.0.0.1/./NULL.ida',
  'http://user:pw@127.0.0.1/',
  'file:///etc/passwd',
  'ftp://127.0.0.1/',
  'javascript:alert(1)',
  'not a url',
];

describe('assertAllowedRequest', () => {
  it.each(FORBIDDEN)('refuses %s', (url) => {
    expect(() => assertAllowedRequest(url, 'GET')).toThrow(ForbiddenRequestError);
  });

  it.each(['HEAD', 'POST', 'PUT', 'OPTIONS', 'get'])('refuses method %s', (method) => {
    expect(() => assertAllowedRequest('http://127.0.0.1/', method)).toThrow(ForbiddenRequestError);
  });

  it.each(['http://127.0.0.1/', 'http://127.0.0.1/NULL.ida', 'http://localhost:8080/', 'https://[::1]:8443/NULL.ida'])(
    'allows %s',
    (url) => {
      expect(() => assertAllowedRequest(url, 'GET')).not.toThrow();
    },
  );

  it('builds only allowed URLs, whatever the target carries', () => {
    for (const target of ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080/scripts/root.exe?/c+dir', 'http://localhost/#frag']) {
      for (const path of PROBE_PATHS) {
        expect(() => assertAllowedRequest(probeUrl(target, path), 'GET')).not.toThrow();
      }
    }
  });
});
