import { progressFor } from '../checklist/stored';
import { stepContent } from '../checklist/steps';
import { findingView, type FindingView } from '../finding/finding';
import type { ChecklistProgress } from '../checklist/types';
import type { ScanReport, TargetResult } from '../verdict/evidence';
import { reportRecipient, type OrganizationProfile } from '../policy/organization';
import { stepNoteText } from '../checklist/notes';
import { t } from '../text/i18n';
import { verdictText } from '../verdict/verdict-text';
import { reasonText } from '../verdict/reasons';
import { cutText, wellFormed } from '../text/cut-text';
import { isoTime } from '../text/time-value';

/**
 * The report to the security team that the seed asks for ("outlining the
 * steps taken"): plain text, a mailto: link and a JSON file. It is built
 * here and only ever leaves the computer by the person's own hand.
 */
export interface ReportInput {
  org: OrganizationProfile;
  scan: ScanReport;
  checklists: Record<string, ChecklistProgress>;
  now: number;
  version: string;
}

export interface SecurityReport {
  subject: string;
  text: string;
  json: string;
  /** Absent when the organization has no address to send it to. */
  mailto?: string;
}

/** Mail clients and browsers cut long mailto: links; the full text is in the copy and the file. */
export const MAILTO_BODY_LIMIT = 1800;

const iso = isoTime;

function requestLines(r: TargetResult): string[] {
  return r.requests.map((q) => {
    const answer =
      q.status === undefined
        ? t('rep_req_no_answer', q.error ?? '?')
        : q.redirected
          ? t('rep_req_redirect', q.status)
          : t('rep_req_status', q.status);
    const server = q.server === undefined ? '' : `, Server: ${q.server === null ? t('rep_none') : q.server}`;
    return `    GET ${q.path}: ${answer}${server}${q.error && q.status !== undefined ? `, ${t('rep_req_then', q.error)}` : ''}`;
  });
}

function stepLines(finding: FindingView, org: OrganizationProfile): string[] {
  if (!finding.checklist) return finding.fix ? [`  ${t('rep_cl_not_started')}`] : [];
  const { steps, done, total } = finding.checklist;
  if (steps.length === 0) return [`  ${t('rep_cl_no_path')}`];
  const lines = [`  ${t('rep_cl_progress', done, total)}`];
  // Each step as the latest evidence shows it (the finding model): never "done" for a verified step a later check contradicts.
  const records = finding.steps;
  for (const id of steps) {
    const record = records[id];
    const status = record?.status ?? 'todo';
    const when = record && status !== 'todo' ? ` ${iso(record.at)}` : '';
    // Step states stay as the fixed tokens done / skipped / to do in every language, so a security team can search for them.
    const note = stepNoteText(record, t);
    lines.push(`    [${status === 'todo' ? 'to do' : status}${when}] ${stepContent(id, org).title}${note ? ` (${note})` : ''}`);
  }
  return lines;
}

function patchLine(progress: ChecklistProgress | undefined): string[] {
  if (progress?.attestation) return [`  ${t('rep_patch_reported', iso(progress.attestation.at))}`];
  if (progress?.attestationDropped) {
    return [`  ${t('rep_patch_withdrawn', iso(progress.attestationDropped.reportedAt), iso(progress.attestationDropped.at))}`];
  }
  return [];
}

export function buildSecurityReport({ org, scan, checklists, now, version }: ReportInput): SecurityReport {
  // Every line renders the finding view, as the card and the badge do: never the evidence's own verdict.
  const views = scan.results.map((r) => findingView(r, progressFor(checklists, r.target)));
  const findings = views.filter((v) => v.verdict !== 'unreachable');
  const worst = findings.map((v) => verdictText(v.verdict).label.toLowerCase());
  const subject = t('rep_subject', findings.length === 0 ? t('rep_subject_quiet') : worst.join(', '));
  const lines = [
    t('rep_title'),
    t('rep_created', iso(now)),
    t('rep_last_check', iso(scan.finishedAt)),
    t('rep_addresses', scan.results.map((r) => r.target).join(', ') || t('rep_none')),
    '',
  ];
  for (const [i, view] of views.entries()) {
    const r = view.evidence;
    const text = verdictText(view.verdict, view.basis);
    lines.push(`${i + 1}. ${r.target}: ${text.label} (${text.headline})`);
    lines.push(
      `  ${t('rep_checked', iso(r.checkedAt))}`,
      `  ${t('rep_server', r.banner ?? t('rep_none'))}`,
      `  ${t('rep_rule', r.rule)}`,
      ...requestLines(r),
    );
    const progress = progressFor(checklists, r.target);
    if (progress?.found && progress.found.verdict !== view.verdict) {
      lines.push(
        `  ${t('rep_found_before', verdictText(progress.found.verdict).label, iso(progress.found.checkedAt), progress.found.banner ?? t('rep_none'))}`,
      );
    }
    lines.push(...patchLine(progress), ...stepLines(view, org));
    lines.push('');
  }
  lines.push(t('rep_footer', version));
  const text = lines.join('\n');

  const json = JSON.stringify(
    {
      tool: 'Code Red Advisor',
      version,
      createdAt: iso(now),
      organization: org.name,
      scan: { startedAt: iso(scan.startedAt), finishedAt: iso(scan.finishedAt), trigger: scan.trigger },
      findings: views.map((model) => {
        const r = model.evidence;
        const progress = progressFor(checklists, r.target);
        const path = model.checklist?.steps ?? [];
        const records = model.steps;
        return {
          target: r.target,
          // What the finding is now, as the badge and the card show it: mitigated for a reported patch on unchanged
          // evidence, not-checked for a probe that was never sent. `rule` names the evidence's own deciding rule.
          verdict: model.verdict,
          needsAction: model.needsAction,
          probe: model.probe,
          rule: r.rule,
          banner: r.banner,
          mapping: r.mapping,
          // In the reader's words, and as codes for a security team's tools.
          reasons: r.reasons.map((why) => ({ text: reasonText(why, t), ...why })),
          checkedAt: iso(r.checkedAt),
          requests: r.requests,
          checklist: progress && {
            found: progress.found ?? null,
            answers: progress.answers,
            steps: path.map((id) => {
              const { note, reopened, ...record } = records[id] ?? { status: 'todo' };
              // The note in the reader's words, and its code for a security team's tools.
              return {
                id,
                title: stepContent(id, org).title,
                ...record,
                ...(note ? { note: stepNoteText(records[id], t), noteCode: note.code } : {}),
                ...(reopened ? { reopened } : {}),
              };
            }),
            attestation: progress.attestation ?? null,
            attestationDropped: progress.attestationDropped ?? null,
          },
        };
      }),
    },
    null,
    2,
  );

  const to = reportRecipient(org);
  if (!to) return { subject, text, json };
  return { subject, text, json, mailto: mailtoLink(to, subject, text) };
}

/**
 * The `mailto:` link. encodeURIComponent throws on a lone surrogate, which a
 * policy value or a server's banner can carry, and a cut at a fixed length can
 * make one; so the text is cut between characters and made well formed first.
 */
export function mailtoLink(to: string, subject: string, text: string): string {
  const body = text.length > MAILTO_BODY_LIMIT ? `${cutText(text, MAILTO_BODY_LIMIT)}\n\n${t('rep_cut_short')}` : text;
  const encode = (part: string) => encodeURIComponent(wellFormed(part));
  return `mailto:${encode(to).replace('%40', '@')}?subject=${encode(subject)}&body=${encode(body)}`;
}
