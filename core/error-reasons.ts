import type { ErrorKind } from './evidence';

/** Why nothing answered, in plain words: used by the verdict rules and shown in the evidence. */
const ERROR_REASON: Record<ErrorKind, string> = {
  refused: 'Nothing accepted the connection, or what answered was not a web server.',
  timeout: 'The connection was accepted, but no answer came before the time limit.',
  tls: 'A secure (https) connection could not be set up.',
  network: 'The request failed on the network before any answer came.',
  aborted: 'The check was stopped before it finished.',
  blocked: 'The browser has not been allowed to reach this address yet, so nothing was sent. Press "Allow" to let it.',
};

export function errorReason(kind: ErrorKind): string {
  return ERROR_REASON[kind];
}
