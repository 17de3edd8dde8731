// What the popup adds after its first paint: IT's policy, the settings, the
// advisory catalog, checklist progress and the views behind the findings.
// Loaded by the shell (App.tsx) straight after it paints; it holds no tree of
// its own, only what the shell's one tree reads.
import { browser } from 'wxt/browser';
import { matchAdvisories } from '../../core/advisories/match';
import { progressFor, readChecklists } from '../../core/checklist/stored';
import type { ChecklistProgress } from '../../core/checklist/types';
import { findingView, wasBlocked } from '../../core/finding/finding';
import { effectiveSettings } from '../../core/policy/apply';
import { GENERIC_ORGANIZATION, type OrganizationProfile } from '../../core/policy/organization';
import { organizationFrom } from '../../core/policy/organization-from';
import { checkSettings } from '../../core/policy/settings';
import type { ManagedConfig } from '../../core/policy/validate';
import type { Advisory } from '../../core/advisories/types';
import { t } from '../../core/text/i18n';
import type { ScanReport, TargetResult } from '../../core/verdict/evidence';
import type { FindingCardData } from '../../components/FindingsView';
import { hostPattern } from '../../utils/host-access';
import { readManagedConfig, watchManagedConfig } from '../../utils/policy';
import { advisoriesInForce } from '../../core/policy/advisories-in-force';
import { feedAdvisories } from '../../core/feed/advisories';
import { cacheFor, isStale, readFeedCache, type FeedCache } from '../../core/feed/cache';
import { policyValue } from '../../core/policy/keys';
import { feedCacheItem } from '../../utils/storage';

export { HostAccessBanner } from '../../components/HostAccessBanner';
export { Page } from './pages';
export { readManagedConfig, watchManagedConfig };

/** IT's advisory feed as stored, and its changes: read after the first paint, since it can be large. */
export const readFeed = () => feedCacheItem.getValue();
export const watchFeed = (onChange: (raw: unknown) => void) => feedCacheItem.watch(onChange);

/**
 * The feed's advisories for one stored value and feed URL, read once: the shell renders every 30 s and on each change,
 * and reading up to a hundred CSAF documents each time would be work for nothing.
 */
let feedMemo: { raw: unknown; url: string | undefined; cache: FeedCache | undefined; advisories: Advisory[] } | undefined;
function feedFor(raw: unknown, url: string | undefined): { cache: FeedCache | undefined; advisories: Advisory[] } {
  if (feedMemo && feedMemo.raw === raw && feedMemo.url === url) return feedMemo;
  const cache = readFeedCache(raw);
  feedMemo = { raw, url, cache, advisories: feedAdvisories(cache, url) };
  return feedMemo;
}

/** Older than this, opening the popup also starts a fresh check (the stored result shows meanwhile). */
const STALE_AFTER_MS = 10 * 60_000;

export interface PopupModel {
  org: OrganizationProfile;
  catalog: Advisory[];
  checklists: Record<string, ChecklistProgress>;
  cardData: (r: TargetResult) => FindingCardData;
  /** Stored values that could not be used, in plain words. */
  problems: string[];
  /** Targets the browser has not let the probe reach. */
  blocked: string[];
  /** Whether IT listed any of them (the banner then names IT). */
  blockedFromIt: boolean;
  managedNote?: string;
  /** Set when IT's policy reports results to its SIEM: says so, and where. */
  reportingNote?: string;
  /** The stored result is old, or misses a target added since: check again now. */
  needsCheck: boolean;
  /** IT's feed has not been checked successfully within its stale period. */
  feedStale?: { lastSuccessAt?: number };
}

/** Everything the shell shows beyond the first paint, from the stored values and IT's policy. */
export function popupModel(input: {
  report: ScanReport | null;
  rawSettings: unknown;
  rawChecklists: unknown;
  config: ManagedConfig;
  /** The stored feed cache; undefined until read. */
  rawFeed?: unknown;
  now: number;
}): PopupModel {
  const { report, config } = input;
  const { checklists, problems: checklistProblems } = readChecklists(input.rawChecklists);
  const settings = checkSettings(input.rawSettings);
  const feedUrl = config.policy.AdvisoryFeedUrl;
  const { cache: feed, advisories: fromFeed } = feedFor(input.rawFeed, feedUrl);
  const { org, catalog } = advisoriesInForce(organizationFrom(config.policy), config.policy, fromFeed);
  const current = cacheFor(feed, feedUrl);
  const feedStale =
    feedUrl && input.rawFeed !== undefined && isStale(current, input.now, policyValue(config.policy, 'AdvisoryFeedStaleDays'))
      ? { ...(current?.lastSuccessAt !== undefined ? { lastSuccessAt: current.lastSuccessAt } : {}) }
      : undefined;
  const blocked = (report?.results ?? []).filter(wasBlocked).map((r) => r.target);
  const wanted = effectiveSettings(settings.settings, config.policy).settings.targets;
  const covered = new Set(report?.results.map((r) => r.target));
  const cardData = (r: TargetResult): FindingCardData => ({
    view: findingView(r, progressFor(checklists, r.target)),
    advisories: matchAdvisories(r, catalog),
  });
  return {
    org,
    catalog,
    checklists,
    cardData,
    problems: [...settings.problems, ...checklistProblems],
    blocked,
    blockedFromIt: blocked.some((target) => config.policy.ExtraTargets?.includes(target)),
    ...(config.managed ? { managedNote: org.name === GENERIC_ORGANIZATION.name ? t('managed_by_it') : t('managed_by_org', org.name) } : {}),
    ...(config.policy.ReportEndpoint ? { reportingNote: t('reporting_note', new URL(config.policy.ReportEndpoint).host) } : {}),
    ...(feedStale ? { feedStale } : {}),
    needsCheck: report === null || input.now - report.finishedAt > STALE_AFTER_MS || wanted.some((target) => !covered.has(target)),
  };
}

/** Asks the browser to let the probe reach these targets; the answer, in words, when it did not. */
export function requestAccess(targets: string[]): Promise<string | undefined> {
  // Straight from the click: the browser only shows its permission prompt for a user gesture.
  return browser.permissions.request({ origins: [...new Set(targets.map(hostPattern))] }).then(
    (granted) => (granted ? undefined : t('access_denied')),
    (e: unknown) => t('access_failed', e instanceof Error ? e.message : String(e)),
  );
}
