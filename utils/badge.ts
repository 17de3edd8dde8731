import { browser } from 'wxt/browser';
import { badgeFor } from '../core/finding/badge';
import { findingHeads } from '../core/finding/current';
import type { ChecklistProgress } from '../core/checklist/types';
import type { ScanReport } from '../core/verdict/evidence';

export async function showBadge(report: ScanReport | null, checklists: Record<string, ChecklistProgress> = {}): Promise<void> {
  const badge = badgeFor(report ? findingHeads(report, checklists) : null);
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
    browser.action.setTitle({ title: badge.title }),
  ]);
}
