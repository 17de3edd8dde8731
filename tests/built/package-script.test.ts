import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/package.ts', ...args], { encoding: 'utf8', env: { ...process.env, CRA_SIGNING_KEY: '' } });

describe('npm run package', () => {
  it('stops with a clear message when no key is given', () => {
    const result = run('--base-url', 'https://ext.example.edu/cra');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('a signing key is needed: --key <file.pem> or CRA_SIGNING_KEY');
    expect(result.stderr).toContain('openssl genrsa -out code-red-advisor.pem 2048');
  });

  it('stops when the key file is missing or is not a key', () => {
    expect(run('--key', '/nonexistent.pem', '--base-url', 'https://x.example/').stderr).toContain(
      'the key file /nonexistent.pem does not exist',
    );
    const bogus = path.join(tmpdir(), 'cra-not-a-key.pem');
    writeFileSync(bogus, 'hello');
    expect(run('--key', bogus, '--base-url', 'https://x.example/').stderr).toContain('is not a private key in PEM form');
  });
});
