import type { ActionResult, ChecklistAction } from '../core/checklist/actions';
import type { ScanReport } from '../core/verdict/evidence';
import { sendNativeMessage } from './native-api';

/**
 * The popup's calls into the background. A typed request/answer pair
 * rather than ad-hoc objects, so both sides change together.
 */
export interface ScanRequest {
  type: 'scan';
  /** Only these targets; all configured targets when absent. */
  targets?: string[];
  /** Wait for a scan already running and probe again, so the answer is newer than the request (checklist verification). */
  fresh?: boolean;
}

/** Asks the background for a scan. Native messaging, so the popup's first chunk needs no polyfill. */
export function requestScan(targets?: string[], fresh = false): Promise<ScanReport> {
  const message: ScanRequest = { type: 'scan', ...(targets ? { targets } : {}), ...(fresh ? { fresh } : {}) };
  return sendNativeMessage(message) as Promise<ScanReport>;
}

export function isScanRequest(message: unknown): message is ScanRequest {
  if (typeof message !== 'object' || message === null) return false;
  const { type, targets, fresh } = message as Partial<ScanRequest>;
  return (
    type === 'scan' &&
    (fresh === undefined || typeof fresh === 'boolean') &&
    (targets === undefined || (Array.isArray(targets) && targets.every((t) => typeof t === 'string')))
  );
}

/** A person's change to one target's checklist. The background is its only writer (utils/checklists.ts). */
export interface ChecklistRequest {
  type: 'checklist';
  target: string;
  action: ChecklistAction;
}

/** Asks the background to apply a checklist action; a `confirm` first checks the target again. */
export function requestChecklistChange(target: string, action: ChecklistAction): Promise<ActionResult> {
  const message: ChecklistRequest = { type: 'checklist', target, action };
  return sendNativeMessage(message) as Promise<ActionResult>;
}

/** The settings page's "Check now" for IT's advisory feed; the answer comes as the stored feed cache changing. */
export interface FeedCheckRequest {
  type: 'feed-check-now';
}

export function isFeedCheckRequest(message: unknown): message is FeedCheckRequest {
  return typeof message === 'object' && message !== null && (message as Partial<FeedCheckRequest>).type === 'feed-check-now';
}

export function requestFeedCheck(): Promise<void> {
  const message: FeedCheckRequest = { type: 'feed-check-now' };
  return sendNativeMessage(message) as Promise<void>;
}
