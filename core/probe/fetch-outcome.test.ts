import { describe, expect, it } from 'vitest';
import type { RequestEvidence } from '../verdict/evidence';
import { classifyFetchError } from './classify-fetch-error';
import { errorReason } from './error-reasons';
import { assessMapping } from '../verdict/mapping';

const withCode = (code: string) => Object.assign(new TypeError('fetch failed'), { cause: { code } });
const at = (url: string, timedOut = false, aborted = false) => ({ url, timedOut, aborted });

describe('classifyFetchError: why a request got no answer', () => {
  it.each([
    ['a refused connection (Node)', withCode('ECONNREFUSED'), at('http://10.0.0.5/'), 'refused'],
    ['a certificate problem (Node)', withCode('DEPTH_ZERO_SELF_SIGNED_CERT'), at('https://10.0.0.5/'), 'tls'],
    ['any other network code', withCode('EHOSTUNREACH'), at('http://10.0.0.5/'), 'network'],
    ['our own time-out, whatever the error', withCode('ECONNREFUSED'), at('http://127.0.0.1/', true), 'timeout'],
    ['a cancelled scan', new Error('aborted'), at('http://127.0.0.1/', false, true), 'aborted'],
    ['a browser\u2019s bare "Failed to fetch" elsewhere', new TypeError('Failed to fetch'), at('http://10.0.0.5/'), 'network'],
  ])('%s', (_name, error, context, kind) => {
    expect(classifyFetchError(error, context).kind).toBe(kind);
  });

  it('on this computer\u2019s own address a bare browser error means refused, and says it was inferred', () => {
    expect(classifyFetchError(new TypeError('Failed to fetch'), at('http://127.0.0.1:8080/'))).toEqual({
      kind: 'refused',
      detail: 'Failed to fetch',
      inferred: true,
    });
    expect(classifyFetchError(new TypeError('Failed to fetch'), at('https://localhost/')).kind).toBe('tls');
  });

  it('keeps the code in the detail, and copes with something that is not an Error', () => {
    expect(classifyFetchError(withCode('ECONNRESET'), at('http://10.0.0.5/')).detail).toBe('fetch failed (ECONNRESET)');
    expect(classifyFetchError('weird', at('http://10.0.0.5/')).detail).toBe('weird');
  });

  it('every kind has words for a person', () => {
    for (const kind of ['refused', 'timeout', 'tls', 'network', 'aborted', 'blocked'] as const)
      expect(errorReason(kind)).not.toMatch(/^error_/);
  });
});

describe('assessMapping: the .ida answer', () => {
  const ida = (over: Partial<RequestEvidence>): RequestEvidence => ({
    path: '/NULL.ida',
    url: 'http://127.0.0.1/NULL.ida',
    startedAt: 0,
    durationMs: 1,
    ...over,
  });
  it.each([
    ['not sent', undefined, 'not-checked'],
    ['idq.dll\u2019s own error page', ida({ status: 200, signatures: ['idq-error-page'] }), 'present'],
    ['UrlScan\u2019s rejection', ida({ status: 404, signatures: ['urlscan-rejection'] }), 'urlscan'],
    ['a plain 404', ida({ status: 404 }), 'absent'],
    ['a 500 with no signature', ida({ status: 500 }), 'undecided'],
    ['no answer', ida({ error: 'timeout' }), 'undecided'],
  ])('%s', (_name, evidence, state) => expect(assessMapping(evidence)).toBe(state));
});
