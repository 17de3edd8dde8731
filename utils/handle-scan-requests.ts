import { browser } from 'wxt/browser';
import type { ScanReport } from '../core/verdict/evidence';
import { isScanRequest } from './messages';

// The background's side of utils/messages.ts; kept apart so the popup's first chunk never loads the polyfill.
/** Answers scan requests from our own pages; anything else is ignored. */
export function handleScanRequests(onScan: (targets: string[] | undefined, fresh: boolean) => Promise<ScanReport>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isScanRequest(message)) return undefined;
    return onScan(message.targets, message.fresh ?? false);
  });
}
