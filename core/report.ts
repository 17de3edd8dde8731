import { stepContent } from './checklist/steps';
import { summarise } from './checklist/progress';
import type { ChecklistProgress } from './checklist/types';
import type { ScanReport, TargetResult } from './evidence';
import { reportRecipient, type OrganizationProfile } from './organization';
import { verdictText } from './verdict-text';

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

const iso = (t: number) => new Date(t).toISOString();

function requestLines(r: TargetResult): string[] {
  return r.requests.map((q) => {
    const answer =
      q.status === undefined
        ? `no answer (${q.error ?? 'unknown error'})`
        : `status ${q.status}${q.redirected ? ' (redirect, not followed)' : ''}`;
    const server = q.server === undefined ? '' : `, Server: ${q.server === null ? 'none' : q.server}`;
    return `    GET ${q.path}: ${answer}${server}${q.error && q.status !== undefined ? `, then ${q.error}` : ''}`;
  });
}

function stepLines(progress: ChecklistProgress | undefined, finding: TargetResult, org: OrganizationProfile): string[] {
  if (!progress) return finding.verdict === 'unreachable' || finding.verdict === 'not-affected' ? [] : ['  Checklist: not started'];
  const { steps, done, total } = summarise(progress, finding);
  if (steps.length === 0) return ['  Checklist: started, path not chosen yet'];
  const lines = [`  Checklist: ${done} of ${total} steps done or skipped`];
  for (const id of steps) {
    const record = progress.steps[id];
    const status = record?.status ?? 'todo';
    const when = record && status !== 'todo' ? ` ${iso(record.at)}` : '';
    lines.push(
      `    [${status === 'todo' ? 'to do' : status}${when}] ${stepContent(id, org).title}${record?.note ? ` (${record.note})` : ''}`,
    );
  }
  return lines;
}

function patchLine(progress: ChecklistProgress | undefined): string[] {
  if (progress?.attestation) return [`  Patch: reported installed by the user on ${iso(progress.attestation.at)}`];
  if (progress?.attestationDropped)
    return [
      `  Patch: reported on ${iso(progress.attestationDropped.reportedAt)}, withdrawn on ${iso(progress.attestationDropped.at)} because the server's answers changed`,
    ];
  return [];
}

export function buildSecurityReport({ org, scan, checklists, now, version }: ReportInput): SecurityReport {
  const findings = scan.results.filter((r) => r.verdict !== 'unreachable');
  const worst = findings.map((r) => verdictText(r.verdict).label.toLowerCase());
  const subject = `Code Red report: ${findings.length === 0 ? 'no web server answered' : worst.join(', ')}`;
  const lines = [
    'Code Red Advisor report',
    `Created: ${iso(now)}`,
    `Last check: ${iso(scan.finishedAt)}`,
    `Addresses checked: ${scan.results.map((r) => r.target).join(', ') || 'none'}`,
    '',
  ];
  for (const [i, r] of scan.results.entries()) {
    const text = verdictText(r.verdict);
    lines.push(`${i + 1}. ${r.target}: ${text.label} (${text.headline})`);
    lines.push(`  Checked: ${iso(r.checkedAt)}`, `  Server header: ${r.banner ?? 'none'}`, `  Rule: ${r.rule}`, ...requestLines(r));
    const progress = checklists[r.target];
    if (progress?.found && progress.found.verdict !== r.verdict) {
      lines.push(
        `  Found before the fix: ${verdictText(progress.found.verdict).label} on ${iso(progress.found.checkedAt)}, Server header: ${progress.found.banner ?? 'none'}`,
      );
    }
    lines.push(...patchLine(progress), ...stepLines(progress, r, org));
    lines.push('');
  }
  lines.push(`Sent with Code Red Advisor ${version}. The extension sends no data anywhere; this report was sent by the user.`);
  const text = lines.join('\n');

  const json = JSON.stringify(
    {
      tool: 'Code Red Advisor',
      version,
      createdAt: iso(now),
      organization: org.name,
      scan: { startedAt: iso(scan.startedAt), finishedAt: iso(scan.finishedAt), trigger: scan.trigger },
      findings: scan.results.map((r) => {
        const progress = checklists[r.target];
        const path = progress ? summarise(progress, r).steps : [];
        return {
          target: r.target,
          verdict: r.verdict,
          rule: r.rule,
          banner: r.banner,
          mapping: r.mapping,
          reasons: r.reasons,
          checkedAt: iso(r.checkedAt),
          requests: r.requests,
          checklist: progress && {
            found: progress.found ?? null,
            answers: progress.answers,
            steps: path.map((id) => ({ id, title: stepContent(id, org).title, ...(progress.steps[id] ?? { status: 'todo' }) })),
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
  const body =
    text.length > MAILTO_BODY_LIMIT
      ? `${text.slice(0, MAILTO_BODY_LIMIT)}\n\n(Cut short: the full report is in the file saved with "Download JSON".)`
      : text;
  const mailto = `mailto:${encodeURIComponent(to).replace('%40', '@')}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  return { subject, text, json, mailto };
}
