import type { ErrorKind } from '../verdict/evidence';
import { t, type MessageKey } from '../text/i18n';

const ERROR_REASON: Record<ErrorKind, MessageKey> = {
  refused: 'error_refused',
  timeout: 'error_timeout',
  tls: 'error_tls',
  network: 'error_network',
  aborted: 'error_aborted',
  blocked: 'error_blocked',
};

/** Why nothing answered, in plain words: used by the verdict rules and shown in the evidence. */
export function errorReason(kind: ErrorKind): string {
  return t(ERROR_REASON[kind]);
}
