import { policyValue, type Policy } from '../policy/keys';
import { randomWait } from '../policy/spread';

/**
 * When the feed is downloaded after a policy change or an installation: `now`, or an alarm after a random wait within
 * LoadSpreadMinutes that then repeats every AdvisoryFeedCheckHours (so the daily checks stay spread too). Chrome fires
 * an alarm 30 s ahead at the earliest; a wait shorter than that is no spread worth an alarm.
 */
export type FeedSchedule = { kind: 'now'; periodMinutes: number } | { kind: 'later'; delayMinutes: number; periodMinutes: number };

export const FEED_ALARM_MIN_MINUTES = 0.5;

export function feedCheckAfterChange(policy: Policy, random: number): FeedSchedule {
  const periodMinutes = policyValue(policy, 'AdvisoryFeedCheckHours') * 60;
  const delayMinutes = randomWait(policyValue(policy, 'LoadSpreadMinutes'), random);
  return delayMinutes < FEED_ALARM_MIN_MINUTES ? { kind: 'now', periodMinutes } : { kind: 'later', delayMinutes, periodMinutes };
}
