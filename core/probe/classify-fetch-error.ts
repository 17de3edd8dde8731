import type { ErrorKind } from '../verdict/evidence';
import { isLoopbackHostname } from './targets';

export interface FetchFailure {
  kind: ErrorKind;
  detail: string;
  /** The browser gave no reason and the kind was inferred from the address; the evidence view says so in the UI's language. */
  inferred?: true;
}

const TLS_CODES = /CERT|TLS|SSL|EPROTO|SELF_SIGNED|UNABLE_TO_VERIFY/i;

/**
 * Names why a fetch produced no answer. Node's fetch (used in unit tests)
 * carries a `cause.code`; browsers give only "Failed to fetch", so for a
 * loopback address we infer "refused": nothing else sits between this browser
 * and its own computer.
 */
export function classifyFetchError(error: unknown, context: { url: string; timedOut: boolean; aborted: boolean }): FetchFailure {
  const detail = describe(error);
  if (context.timedOut) return { kind: 'timeout', detail };
  if (context.aborted) return { kind: 'aborted', detail };
  const code = causeCode(error);
  if (code === 'ECONNREFUSED') return { kind: 'refused', detail };
  if (code !== undefined && TLS_CODES.test(code)) return { kind: 'tls', detail };
  if (code !== undefined) return { kind: 'network', detail };
  const url = new URL(context.url);
  if (isLoopbackHostname(url.hostname)) return { kind: url.protocol === 'https:' ? 'tls' : 'refused', detail, inferred: true };
  return { kind: 'network', detail };
}

function causeCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null || !('cause' in error)) return undefined;
  const cause = (error as { cause: unknown }).cause;
  if (typeof cause !== 'object' || cause === null || !('code' in cause)) return undefined;
  const code = (cause as { code: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = causeCode(error);
    return code ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}
