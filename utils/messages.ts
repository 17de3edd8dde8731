import { browser } from 'wxt/browser';
import type { ScanReport } from '../core/evidence';

/**
 * The popup's one call into the background. A typed request/answer pair
 * rather than ad-hoc objects, so both sides change together.
 */
export interface ScanRequest {
  type: 'scan';
  /** Only these targets; all configured targets when absent. */
  targets?: string[];
  /** Wait for a scan already running and probe again, so the answer is newer than the request (checklist verification). */
  fresh?: boolean;
}

export function requestScan(targets?: string[], fresh = false): Promise<ScanReport> {
  const message: ScanRequest = { type: 'scan', ...(targets ? { targets } : {}), ...(fresh ? { fresh } : {}) };
  return browser.runtime.sendMessage(message) as Promise<ScanReport>;
}

function isScanRequest(message: unknown): message is ScanRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, targets, fresh } = message as Partial<ScanRequest>;
  return (
    type === 'scan' &&
    (fresh === undefined || typeof fresh === 'boolean') &&
    (targets === undefined || (Array.isArray(targets) && targets.every((t) => typeof t === 'string')))
  );
}

/** Answers scan requests from our own pages; anything else is ignored. */
export function handleScanRequests(onScan: (targets: string[] | undefined, fresh: boolean) => Promise<ScanReport>): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id || !isScanRequest(message)) return undefined;
    return onScan(message.targets, message.fresh ?? false);
  });
}
