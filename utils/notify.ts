import { browser } from 'wxt/browser';
import type { TargetResult } from '../core/evidence';
import { VERDICT_LABELS } from '../core/verdict-labels';

/** One quiet notification per finding that just became infected or exposed. */
export async function showAlerts(findings: readonly TargetResult[]): Promise<void> {
  for (const finding of findings) {
    const text = VERDICT_LABELS[finding.verdict];
    await browser.notifications.create(`cra-${finding.target}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: `Code Red Advisor: ${text.label}`,
      message: `${finding.target}: ${text.headline}. Open Code Red Advisor to see what to do.`,
    });
  }
}
