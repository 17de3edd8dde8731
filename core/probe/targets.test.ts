import { describe, expect, it } from 'vitest';
import { extraPermissionFor, isLoopbackHostname, parseTarget } from './targets';

describe('parseTarget', () => {
  it.each([
    ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080/'],
    ['http://127.0.0.1:8080', 'http://127.0.0.1:8080/'],
    ['  127.0.0.1:8080  ', 'http://127.0.0.1:8080/'],
    ['localhost', 'http://localhost/'],
    ['HTTP://LOCALHOST:80/', 'http://localhost/'],
    ['https://localhost:443/', 'https://localhost/'],
    ['http://[::1]:3000/', 'http://[::1]:3000/'],
    ['http://127.1:81/', 'http://127.0.0.1:81/'],
    ['http://127.255.255.254/', 'http://127.255.255.254/'],
    ['https://127.0.0.2:8443', 'https://127.0.0.2:8443/'],
  ])('accepts %j as %s', (input, target) => {
    expect(parseTarget(input)).toEqual({ ok: true, target });
  });

  it.each([
    ['', /Enter an address/],
    ['   ', /Enter an address/],
    ['http://', /not a web address/],
    ['http://127.0.0.1:99999/', /not a web address/],
    ['ftp://127.0.0.1/', /Only http/],
    ['javascript:alert(1)//', /Only http/],
    ['file:///etc/passwd', /Only http/],
    ['http://user:pw@127.0.0.1/', /user name or password/],
    ['http://127.0.0.1/scripts/root.exe', /without a path/],
    ['http://127.0.0.1/default.ida?NNNN', /without a path/],
    ['http://127.0.0.1/?', /without a path/],
    ['http://127.0.0.1/#x', /without a path/],
    ['http://example.com/', /example\.com is not this computer/],
    ['http://10.0.0.1/', /not this computer/],
    ['http://192.168.1.1/', /not this computer/],
    ['http://0.0.0.0/', /not this computer/],
    ['http://localhost.evil.com/', /not this computer/],
    ['http://127.0.0.1.nip.io/', /not this computer/],
    ['http://[::ffff:127.0.0.1]/', /not this computer/],
    [`http://127.0.0.1/${'a'.repeat(300)}`, /characters long/],
  ])('refuses %j, naming the problem', (input, message) => {
    const parsed = parseTarget(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
  });
});

describe('isLoopbackHostname', () => {
  it.each([
    ['localhost', true],
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['[::1]', true],
    ['128.0.0.1', false],
    ['localhost.', false],
    ['example.com', false],
  ])('%s → %s', (host, expected) => {
    expect(isLoopbackHostname(host)).toBe(expected);
  });
});

describe('extraPermissionFor', () => {
  it('needs nothing for hosts the manifest covers, on any port', () => {
    expect(extraPermissionFor('http://127.0.0.1:8080/')).toBeUndefined();
    expect(extraPermissionFor('https://localhost/')).toBeUndefined();
    expect(extraPermissionFor('http://[::1]:81/')).toBeUndefined();
  });

  it('asks for exactly one other loopback origin', () => {
    expect(extraPermissionFor('http://127.0.0.2:8080/')).toBe('http://127.0.0.2/*');
  });
});
