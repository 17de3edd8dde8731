import { parseServerBanner, type ParsedBanner } from './banner';
import { matchBannerRules, ruleLabel, type BannerMatch } from './banner-rules';
import { reason, type Reason, type ReasonCode } from './reasons';
import type { ErrorKind, MappingState, RequestEvidence } from './evidence';

import { assessMapping } from './mapping';
import { signaturesOf } from './signatures';
import type { Verdict } from './verdict';

export interface Classification {
  verdict: Verdict;
  /** Id of the deciding rule: a classification rule below, or `<rule>+<banner rule>`. */
  rule: string;
  banner: string | null;
  mapping: MappingState;
  reasons: Reason[];
}

/** The banner to judge by: the `/` answer's, else the NULL.ida answer's. Redirects hide headers. */
function pickBanner(requests: readonly RequestEvidence[]): string | null {
  for (const r of requests) {
    if (typeof r.server === 'string') return r.server;
  }
  return null;
}

const MAPPING_REASON: Record<MappingState, ReasonCode> = {
  present: 'map_present',
  urlscan: 'map_urlscan',
  absent: 'map_absent',
  undecided: 'map_undecided',
  'not-checked': 'map_not_checked',
};

/**
 * What no answer means. A time-out means something accepted the connection and then said nothing: a hung IIS is still
 * an IIS, so it reads "cannot tell", never "nothing answered". A probe the browser blocked, or one that was stopped,
 * was never answered or refused: "could not check". Neither can earn a green badge (docs/INTERNALS.md).
 */
const NO_ANSWER: Record<ErrorKind, Verdict> = {
  refused: 'unreachable',
  network: 'unreachable',
  tls: 'unreachable',
  timeout: 'unknown',
  blocked: 'not-checked',
  aborted: 'not-checked',
};

export function classify(requests: readonly RequestEvidence[]): Classification {
  const [root, ida] = requests;
  const mapping = assessMapping(ida);
  const answered = requests.filter((r) => r.status !== undefined);

  const defaced = requests.find((r) => signaturesOf(r).includes('defacement'));
  if (defaced) {
    return {
      verdict: 'infected',
      rule: 'defacement-text',
      banner: pickBanner(answered),
      mapping,
      reasons: [reason('why_defaced', defaced.path)],
    };
  }

  if (answered.length === 0) {
    const kind = root?.error ?? 'network';
    return { verdict: NO_ANSWER[kind], rule: `no-answer-${kind}`, banner: null, mapping, reasons: [reason(`error_${kind}`)] };
  }

  const raw = pickBanner(answered);
  const parsed = parseServerBanner(raw);
  const reasons: Reason[] = [];
  const other = answered.find((r) => typeof r.server === 'string' && r.server !== raw);
  if (other && raw !== null) {
    // IIS 7.5 answers some errors as Microsoft-HTTPAPI/2.0 (nikto#166): note it, judge by `/`.
    reasons.push(reason('why_two_banners'));
  }
  const result = decide(parsed, mapping, reasons);
  return { ...result, banner: raw, mapping, reasons: [...result.reasons, reason(MAPPING_REASON[mapping])] };
}

type Decision = { verdict: Verdict; rule: string; reasons: Reason[] };

function decide(parsed: ParsedBanner, mapping: MappingState, reasons: Reason[]): Decision {
  if (parsed.kind === 'absent') {
    if (mapping === 'present') {
      return { verdict: 'exposed', rule: 'mapping-without-banner', reasons: [...reasons, reason('why_no_name')] };
    }
    return {
      verdict: 'unknown',
      rule: 'no-banner',
      reasons: [...reasons, reason('why_no_name_cannot_tell')],
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
      reasons: [...reasons, reason('why_unrecognised', parsed.products[0]?.name ?? '')],
    };
  }
  if (new Set(matches.map((m) => m.rule.assessment)).size > 1) {
    return {
      verdict: 'unknown',
      rule: 'conflicting-banner',
      reasons: [...reasons, reason('why_conflicting')],
    };
  }
  return decideByRule(first, mapping, reasons);
}

function decideByRule({ rule }: BannerMatch, mapping: MappingState, reasons: Reason[]): Decision {
  const named = [...reasons, reason('why_says_it_is', ruleLabel(rule))];
  const id = (verdictRule: string) => `${verdictRule}+${rule.id}`;
  switch (rule.assessment) {
    case 'code-red-target':
      if (mapping === 'present') {
        return {
          verdict: 'exposed',
          rule: id('mapping-present'),
          reasons: [...named, reason('why_banner_no_patch')],
        };
      }
      if (mapping === 'urlscan' || mapping === 'absent') {
        return { verdict: 'mitigated', rule: id(`mapping-${mapping}`), reasons: named };
      }
      return { verdict: 'possibly-vulnerable', rule: id('mapping-undecided'), reasons: named };
    case 'not-affected':
      if (mapping === 'present' && rule.product?.family !== 'iis') {
        return {
          verdict: 'unknown',
          rule: id('banner-contradicts-mapping'),
          reasons: [...named, reason('why_banner_changed')],
        };
      }
      return { verdict: 'not-affected', rule: id('banner'), reasons: named };
    case 'undecided':
      return {
        verdict: 'unknown',
        rule: id('banner-undecided'),
        reasons: [...named, reason('why_undecided')],
      };
  }
}
