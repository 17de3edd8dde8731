import { browser } from 'wxt/browser';
import { readAction, type ActionResult, type ChecklistAction } from '../core/checklist/actions';
import type { ScanReport } from '../core/verdict/evidence';
import { isFeedCheckRequest, isScanRequest } from './messages';

// The background's side of utils/messages.ts; kept apart so the popup's first chunk never loads the polyfill.

export interface MessageHandlers {
  scan: (targets: string[] | undefined, fresh: boolean) => Promise<ScanReport>;
  checklist: (target: string, action: ChecklistAction) => Promise<ActionResult>;
  feedCheck: () => Promise<void>;
}

/** Reads a checklist request; a malformed one (another version, a bug) is ignored rather than guessed at. */
export function readChecklistRequest(message: unknown): { target: string; action: ChecklistAction } | undefined {
  if (typeof message !== 'object' || message === null) return undefined;
  const { type, target, action } = message as { type?: unknown; target?: unknown; action?: unknown };
  if (type !== 'checklist' || typeof target !== 'string') return undefined;
  const read = readAction(action);
  return read && { target, action: read };
}

/** Answers requests from our own pages; anything else is ignored. */
export function handleMessages(handlers: MessageHandlers): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    if (isScanRequest(message)) return handlers.scan(message.targets, message.fresh ?? false);
    if (isFeedCheckRequest(message)) return handlers.feedCheck();
    const change = readChecklistRequest(message);
    return change ? handlers.checklist(change.target, change.action) : undefined;
  });
}
