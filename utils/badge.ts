import { browser } from 'wxt/browser';
import { badgeFor } from '../core/badge';
import type { ScanReport } from '../core/evidence';

export async function showBadge(report: ScanReport | null): Promise<void> {
  const badge = badgeFor(report);
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
    browser.action.setTitle({ title: badge.title }),
  ]);
}
