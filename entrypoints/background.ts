import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { readScanReport } from '../core/stored-report';
import { showBadge } from '../utils/badge';
import { loadChecklists, reconcileChecklists } from '../utils/checklists';
import { handleScanRequests } from '../utils/messages';
import { createScanner } from '../utils/scanner';
import { SCAN_ALARM, syncSchedule } from '../utils/schedule';
import { checklistsItem, lastScanItem, loadSettings, scanStateItem, settingsItem } from '../utils/storage';

export default defineBackground(() => {
  const scanner = createScanner({ onReport: async (report) => showBadge(report, await reconcileChecklists(report)) });
  const reschedule = async () => syncSchedule((await loadSettings()).settings.scanIntervalHours);

  // Listeners are registered synchronously so a woken service worker sees the event that woke it.
  browser.runtime.onInstalled.addListener(() => {
    void reschedule();
    void scanner.run('install');
  });
  browser.runtime.onStartup.addListener(() => {
    void reschedule();
    void scanner.run('startup');
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SCAN_ALARM) void scanner.run('schedule');
  });
  settingsItem.watch(() => {
    void reschedule();
    void scanner.runFresh('settings');
  });
  handleScanRequests((targets, fresh) => (fresh ? scanner.runFresh('user', targets) : scanner.run('user', targets)));

  // A service worker that died mid-scan leaves "running" behind; the badge is lost on restart.
  void scanStateItem.setValue({ running: false });
  const refreshBadge = async () => showBadge(readScanReport(await lastScanItem.getValue()), await loadChecklists());
  void refreshBadge();
  // An attestation made in the popup can change the badge too.
  checklistsItem.watch(() => void refreshBadge());
});
