import { describe, expect, it } from 'vitest';
import { readChecklists } from './stored';

const good = { target: 'http://localhost/', startedAt: 1, answers: { infection: false }, steps: { report: { status: 'done', at: 3 } } };

describe('readChecklists', () => {
  it('keeps good progress as it was', () => {
    expect(readChecklists({ 'http://localhost/': good })).toEqual({ checklists: { 'http://localhost/': good }, problems: [] });
  });

  it.each([null, undefined])('reads %s as no progress', (raw) => {
    expect(readChecklists(raw)).toEqual({ checklists: {}, problems: [] });
  });

  it.each(['x', 7, [1]])('explains unreadable storage %j', (raw) => {
    expect(readChecklists(raw).problems).toEqual(['Saved checklist progress was unreadable and is not shown.']);
  });

  it('drops broken entries and broken steps, keeping the rest', () => {
    const { checklists, problems } = readChecklists({
      'http://localhost/': {
        ...good,
        steps: { report: { status: 'done', at: 3 }, patch: { status: 'maybe', at: 1 }, disconnect: 'x' },
        answers: { infection: 'yes', 'need-iis': true, other: true },
      },
      'http://127.0.0.1/': { startedAt: 'yesterday' },
    });
    expect(checklists['http://localhost/']?.steps).toEqual({ report: { status: 'done', at: 3 } });
    expect(checklists['http://localhost/']?.answers).toEqual({ 'need-iis': true });
    expect(problems).toEqual(['Saved checklist progress for http://127.0.0.1/ was unreadable and is not shown.']);
  });
});
