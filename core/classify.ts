import { parseServerBanner, type ParsedBanner } from './banner';
import { matchBannerRules, type BannerMatch } from './banner-rules';
import { errorReason } from './error-reasons';
import type { MappingState, RequestEvidence } from './evidence';

export { assessMapping };
import { assessMapping } from './mapping';
import { isDefaced } from './signatures';
import type { Verdict } from './verdict';

export interface Classification {
  verdict: Verdict;
  /** Id of the deciding rule: a classification rule below, or `<rule>+<banner rule>`. */
  rule: string;
  banner: string | null;
  mapping: MappingState;
  reasons: string[];
}

/** The banner to judge by: the `/` answer's, else the NULL.ida answer's. Redirects hide headers. */
function pickBanner(requests: readonly RequestEvidence[]): string | null {
  for (const r of requests) {
    if (typeof r.server === 'string') return r.server;
  }
  return null;
}

const MAPPING_REASON: Record<MappingState, string> = {
  present: 'The .ida check answered with the Indexing Service (idq.dll) error page: the script mapping Code Red uses is active.',
  urlscan: 'UrlScan rejected the .ida request, so Code Red\u2019s request would be blocked too.',
  absent: 'The .ida check got an ordinary "not found": the script mapping Code Red uses is not active.',
  undecided: 'The .ida check did not give a clear answer.',
  'not-checked': 'The .ida check was not sent, because the first request got no answer.',
};

export function classify(requests: readonly RequestEvidence[]): Classification {
  const [root, ida] = requests;
  const mapping = assessMapping(ida);
  const answered = requests.filter((r) => r.status !== undefined);

  const defaced = requests.find((r) => isDefaced(r.bodySnippet));
  if (defaced) {
    return {
      verdict: 'infected',
      rule: 'defacement-text',
      banner: pickBanner(answered),
      mapping,
      reasons: [`The page at ${defaced.path} shows Code Red\u2019s defacement ("Hacked By Chinese!").`],
    };
  }

  if (answered.length === 0) {
    const kind = root?.error ?? 'network';
    return { verdict: 'unreachable', rule: `no-answer-${kind}`, banner: null, mapping, reasons: [errorReason(kind)] };
  }

  const raw = pickBanner(answered);
  const parsed = parseServerBanner(raw);
  const reasons: string[] = [];
  const other = answered.find((r) => typeof r.server === 'string' && r.server !== raw);
  if (other && raw !== null) {
    // IIS 7.5 answers some errors as Microsoft-HTTPAPI/2.0 (nikto#166): note it, judge by `/`.
    reasons.push(`The two answers carried different Server headers; this check uses the first one.`);
  }
  const result = decide(parsed, mapping, reasons);
  return { ...result, banner: raw, mapping, reasons: [...result.reasons, MAPPING_REASON[mapping]] };
}

type Decision = { verdict: Verdict; rule: string; reasons: string[] };

function decide(parsed: ParsedBanner, mapping: MappingState, reasons: string[]): Decision {
  if (parsed.kind === 'absent') {
    if (mapping === 'present') {
      return { verdict: 'exposed', rule: 'mapping-without-banner', reasons: [...reasons, 'The server does not name itself.'] };
    }
    return {
      verdict: 'unknown',
      rule: 'no-banner',
      reasons: [...reasons, 'The server does not name itself, so we cannot tell which server it is.'],
    };
  }
  if (parsed.kind === 'garbled') {
    return { verdict: 'unknown', rule: 'garbled-banner', reasons: [...reasons, parsed.reason] };
  }

  const matches = matchBannerRules(parsed.products);
  const first = matches[0];
  if (!first) {
    return {
      verdict: 'unknown',
      rule: 'unrecognised-banner',
      reasons: [...reasons, `We do not recognise the server "${parsed.products[0]?.name ?? ''}"; it may have been renamed.`],
    };
  }
  if (new Set(matches.map((m) => m.rule.assessment)).size > 1) {
    return {
      verdict: 'unknown',
      rule: 'conflicting-banner',
      reasons: [...reasons, 'The Server header names products that contradict each other.'],
    };
  }
  return decideByRule(first, mapping, reasons);
}

function decideByRule({ rule }: BannerMatch, mapping: MappingState, reasons: string[]): Decision {
  const named = [...reasons, `The server says it is ${rule.label}.`];
  const id = (verdictRule: string) => `${verdictRule}+${rule.id}`;
  switch (rule.assessment) {
    case 'code-red-target':
      if (mapping === 'present') {
        return {
          verdict: 'exposed',
          rule: id('mapping-present'),
          reasons: [...named, 'A banner cannot show whether the patch is installed, so treat it as exposed until you know it is patched.'],
        };
      }
      if (mapping === 'urlscan' || mapping === 'absent') {
        return { verdict: 'mitigated', rule: id(`mapping-${mapping}`), reasons: named };
      }
      return { verdict: 'possibly-vulnerable', rule: id('mapping-undecided'), reasons: named };
    case 'not-affected':
      if (mapping === 'present' && !/^iis-/.test(rule.id)) {
        return {
          verdict: 'unknown',
          rule: id('banner-contradicts-mapping'),
          reasons: [...named, 'Yet the .ida check answered like IIS, so the Server header may have been changed.'],
        };
      }
      return { verdict: 'not-affected', rule: id('banner'), reasons: named };
    case 'undecided':
      return {
        verdict: 'unknown',
        rule: id('banner-undecided'),
        reasons: [...named, 'That does not tell us which web server is really behind it.'],
      };
  }
}
