import { describe, expect, it } from 'vitest';
import { csafFileName, fileNameOf } from './filename';

describe('CSAF file names', () => {
  it('follow the tracking id as CSAF 2.0 §5.1 says', () => {
    expect(csafFileName('EXU-2026:001')).toBe('exu-2026_001.json');
    expect(csafFileName('BU-2001.09')).toBe('bu-2001_09.json');
    expect(csafFileName('a  b//c')).toBe('a_b_c.json');
  });

  it('reads the last segment of a URL', () => {
    expect(fileNameOf('https://x.example/.well-known/csaf/white/2026/exu-2026_001.json')).toBe('exu-2026_001.json');
    expect(fileNameOf('https://x.example/a/%E0%A4%A.json')).toBe('%E0%A4%A.json');
  });
});
