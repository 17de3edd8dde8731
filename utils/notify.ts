import { browser } from 'wxt/browser';
import type { FindingHead } from '../core/finding/current';
import { t } from '../core/text/i18n';
import { verdictLabel } from '../core/verdict/verdict-labels';

/** One quiet notification per finding that just became infected or exposed. */
export async function showAlerts(findings: readonly Pick<FindingHead, 'target' | 'verdict'>[]): Promise<void> {
  for (const finding of findings) {
    const text = verdictLabel(finding.verdict);
    await browser.notifications.create(`cra-${finding.target}`, {
      type: 'basic',
      iconUrl: browser.runtime.getURL('/icon/128.png'),
      title: t('notify_title', text.label),
      message: t('notify_message', finding.target, text.headline),
    });
  }
}
