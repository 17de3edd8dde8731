import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { newAlerts } from '../core/finding/alerts';
import { scanTargets } from '../core/probe/scan';
import { readScanReport } from '../core/storage/stored-report';
import { showBadge } from '../utils/badge';
import { installBrowserMessages } from '../utils/browser-messages';
import { createChecklistWriter, loadChecklists } from '../utils/checklists';
import { loadEffectiveSettings } from '../utils/effective-settings';
import { hasHostAccess } from '../utils/host-access';
import { handleMessages } from '../utils/handle-messages';
import { showAlerts } from '../utils/notify';
import { readManagedConfig, watchManagedConfig } from '../utils/policy';
import { FLEET_FLUSH_ALARM, FLEET_HEARTBEAT_ALARM, createFleetReporter } from '../utils/fleet';
import { fleetConfig } from '../core/fleet/config';
import { advisoryRefsInForce } from '../core/policy/refs-in-force';
import { organizationFrom } from '../core/policy/organization-from';
import { createScanner } from '../utils/scanner';
import { SCAN_ALARM, syncSchedule } from '../utils/schedule';
import { feedCacheItem, scanStateItem, settingsItem } from '../utils/storage';
import { checklistsItem, lastScanItem } from '../utils/scan-storage';
import { FEED_ALARM, createFeedChecker } from '../utils/feed';
import { feedRefs, readFeedCache } from '../core/feed/cache';

export default defineBackground(() => {
  installBrowserMessages();
  // Fleet reporting: nothing is sent unless IT's policy sets an endpoint (core/fleet/config.ts).
  const fleet = createFleetReporter({
    config: async () => fleetConfig((await readManagedConfig()).policy),
    catalog: async () => {
      const { policy } = await readManagedConfig();
      const feed = feedRefs(readFeedCache(await feedCacheItem.getValue()), policy.AdvisoryFeedUrl);
      return advisoryRefsInForce(organizationFrom(policy), policy, feed);
    },
  });
  // IT's signed advisory feed: checked in the verifier page, never fetched unless policy names one (utils/feed.ts).
  const feed = createFeedChecker(async () => (await readManagedConfig()).policy);
  // The only writer of checklist state: a person's actions and each scan's reconcile take turns.
  const checklists = createChecklistWriter(Date.now, (before, after, finding) => void fleet.afterChecklist(before, after, finding));
  const scanner = createScanner({
    targets: async () => (await loadEffectiveSettings()).effective.settings.targets,
    scan: (targets) => scanTargets(targets, { allowed: hasHostAccess }),
    onReport: async (report, previous) => {
      const { before, after } = await checklists.reconcile(report);
      await showBadge(report, after);
      void fleet.afterScan(report, after);
      if ((await loadEffectiveSettings()).effective.settings.notifications) {
        await showAlerts(newAlerts(previous, report, { before, after }));
      }
    },
  });
  const reschedule = async () => syncSchedule((await loadEffectiveSettings()).effective.settings.scanIntervalHours);
  const refreshBadge = async () => showBadge(readScanReport(await lastScanItem.getValue()), await loadChecklists());

  // Listeners are registered synchronously so a woken service worker sees the event that woke it.
  browser.runtime.onInstalled.addListener(() => {
    void reschedule();
    void scanner.run('install');
    // An installation is a push too (force-install reaches the whole fleet at once): the download is spread.
    void feed.afterPolicyChange({ always: true });
  });
  browser.runtime.onStartup.addListener(() => {
    void reschedule();
    void scanner.run('startup');
    void feed.check();
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SCAN_ALARM) void scanner.run('schedule');
    if (alarm.name === FLEET_FLUSH_ALARM) void fleet.flush();
    if (alarm.name === FEED_ALARM) void feed.check();
    if (alarm.name === FLEET_HEARTBEAT_ALARM) {
      void (async () => fleet.heartbeat(readScanReport(await lastScanItem.getValue()), await loadChecklists()))();
    }
  });
  settingsItem.watch(() => {
    void reschedule();
    void scanner.runFresh('settings');
  });
  watchManagedConfig(() => {
    void reschedule();
    // Reporting switched on, changed or off: deliver, or clear the queue.
    void fleet.flush();
    // A feed named, changed or removed: drop what a revoked key gave at once, download within LoadSpreadMinutes.
    void feed.afterPolicyChange();
    void scanner.runFresh('policy');
  });
  // Access to a server IT listed, or to its collector, was just allowed: check it and send what waits, now.
  browser.permissions.onAdded.addListener(() => {
    void scanner.runFresh('settings');
    void fleet.flush({ retryNow: true });
  });
  // An attestation or a step changes the badge too.
  checklistsItem.watch(() => void refreshBadge());
  handleMessages({
    scan: (targets, fresh) => (fresh ? scanner.runFresh('user', targets) : scanner.run('user', targets)),
    checklist: async (target, action) => {
      // A step to confirm needs evidence newer than the click; anything else applies to the finding the person sees.
      const report = action.kind === 'confirm' ? await scanner.runFresh('user', [target]) : readScanReport(await lastScanItem.getValue());
      const finding = report?.results.find((r) => r.target === target);
      return finding ? checklists.apply(action, finding) : { ok: false, reason: { code: 'reason_finding_missing' } };
    },
    feedCheck: () => feed.check(),
  });

  // A service worker that died mid-scan leaves "running" behind; the badge is lost on restart.
  void scanStateItem.setValue({ running: false });
  void refreshBadge();
  // Woken: deliver what an earlier worker left queued.
  void fleet.flush();
});
