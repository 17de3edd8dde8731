import { describe, expect, it } from 'vitest';
import { feedCheckAfterChange } from './schedule';

describe('when the feed is downloaded after a policy change', () => {
  it('after a random part of LoadSpreadMinutes (30 by default), then every AdvisoryFeedCheckHours', () => {
    expect(feedCheckAfterChange({}, 0.5)).toEqual({ kind: 'later', delayMinutes: 15, periodMinutes: 1440 });
    expect(feedCheckAfterChange({ LoadSpreadMinutes: 120, AdvisoryFeedCheckHours: 6 }, 0.25)).toEqual({
      kind: 'later',
      delayMinutes: 30,
      periodMinutes: 360,
    });
  });

  it('at once when IT set no spread, or the wait would be shorter than the earliest alarm', () => {
    expect(feedCheckAfterChange({ LoadSpreadMinutes: 0 }, 0.9)).toEqual({ kind: 'now', periodMinutes: 1440 });
    expect(feedCheckAfterChange({ LoadSpreadMinutes: 30 }, 0.01)).toEqual({ kind: 'now', periodMinutes: 1440 });
  });
});
