import type { AdvisoryRef } from '../advisories/types';
import { matchAdvisories } from '../advisories/match';
import type { FindingView } from '../finding/finding';
import type { ChecklistProgress, StepId, StepRecord } from '../checklist/types';
import { EVIDENCE_LIMITS, isMappingState, type MappingState } from '../verdict/evidence';
import { cutText } from '../text/cut-text';
import { isVerdict, needsAction, type Verdict } from '../verdict/verdict';
import { isStoredTarget } from '../verdict/evidence';

/**
 * What the fleet report says, built from the finding model (core/finding/),
 * never from raw verdicts. Each event has a stable id, given once when it is
 * made and kept through every retry, so a collector can drop duplicates.
 * Events never carry page bodies: only the verdict, its rule, the banner and
 * the mapping state.
 */

/** One finding as IT sees it: the model's current verdict and the evidence behind it, without any body. */
export interface FindingSnapshot {
  target: string;
  verdict: Verdict;
  rule: string;
  banner: string | null;
  mapping: MappingState;
  probe: FindingView['probe'];
  product?: { family: string; version?: string };
  /** Advisory ids that apply or may apply, and their CVEs. */
  advisories: { id: string; title: string; certainty: 'applies' | 'may-apply'; cves: string[]; references: string[] }[];
  checkedAt: number;
  patchReportedAt?: number;
}

/**
 * The limits of a snapshot, shared by its writer (snapshot, below) and the queue's reader (readQueue in queue.ts):
 * the writer cuts to exactly these, so every event it queues is read back after a restart and sent, never counted
 * as lost. Advisories beyond the first 50 are left out of the event (the popup still lists them all).
 */
export const SNAPSHOT_LIMITS = {
  target: EVIDENCE_LIMITS.target,
  rule: EVIDENCE_LIMITS.rule,
  banner: EVIDENCE_LIMITS.server,
  advisories: 50,
  advisoryId: 200,
  title: 1000,
  /** CVEs and references per advisory, and the length of each. */
  list: 50,
  item: 2048,
  product: 50,
  /** Findings in one heartbeat: more than the settings and the policy together can ask for (50 + 50). */
  heartbeat: 200,
} as const;

export type FindingActivity = 'create' | 'update' | 'close';
export type Milestone = 'step-done' | 'step-skipped' | 'patch-reported' | 'report-sent';

export type FleetEvent =
  | { kind: 'finding'; id: string; time: number; activity: FindingActivity; finding: FindingSnapshot; previous?: Verdict }
  | { kind: 'milestone'; id: string; time: number; milestone: Milestone; step?: StepId; finding: FindingSnapshot }
  | { kind: 'heartbeat'; id: string; time: number; findings: FindingSnapshot[] }
  | { kind: 'lost'; id: string; time: number; count: number };

const L = SNAPSHOT_LIMITS;
/** A list cut to the snapshot's limits: at most `list` items, each at most `item` long (longer ones are left out, not cut: a cut URL or CVE id is a wrong one). */
const fitList = (items: readonly string[]) => items.filter((s) => s.length <= L.item).slice(0, L.list);
const fitProduct = (p: NonNullable<FindingView['product']>) => ({
  family: cutText(p.family, L.product),
  ...(p.version !== undefined ? { version: cutText(p.version, L.product) } : {}),
});

/** The finding as IT sees it: the finding view's verdict and the evidence behind it, cut to SNAPSHOT_LIMITS. */
export function snapshot(finding: FindingView, catalog: readonly AdvisoryRef[]): FindingSnapshot {
  const { evidence } = finding;
  return {
    target: finding.target,
    verdict: finding.verdict,
    rule: cutText(evidence.rule, L.rule),
    banner: evidence.banner === null ? null : cutText(evidence.banner, L.banner),
    mapping: evidence.mapping,
    probe: finding.probe,
    ...(finding.product ? { product: fitProduct(finding.product) } : {}),
    advisories: matchAdvisories(evidence, catalog)
      .filter(({ advisory }) => advisory.id.length <= L.advisoryId)
      .slice(0, L.advisories)
      .map(({ advisory, certainty }) => ({
        id: advisory.id,
        title: cutText(advisory.title, L.title),
        certainty,
        cves: fitList(advisory.cves),
        references: fitList(advisory.references.filter((r) => r.status === 'live').map((r) => r.url)),
      })),
    checkedAt: evidence.checkedAt,
    ...(finding.patchedAt !== undefined ? { patchReportedAt: finding.patchedAt } : {}),
  };
}

/**
 * The heartbeat: the state of every finding, without what its OCSF event never sends (each finding's advisories), so
 * a week of heartbeats for many addresses stays small in the queue.
 */
export function heartbeat(findings: readonly FindingSnapshot[], id: string, time: number): FleetEvent {
  return { kind: 'heartbeat', id, time, findings: findings.slice(0, SNAPSHOT_LIMITS.heartbeat).map((f) => ({ ...f, advisories: [] })) };
}

/**
 * What IT last heard about each target, so the next report says only what changed. `open` is whether IT holds an
 * open finding for it: an open finding that could then not be checked stays open (IT hears "not checked", never
 * "resolved"), so the sent state keeps that apart from the verdict.
 */
export type SentState = Record<string, { verdict: Verdict; rule: string; banner: string | null; mapping: MappingState; open: boolean }>;

const sameEvidence = (a: Omit<SentState[string], 'open'>, b: FindingSnapshot) =>
  a.verdict === b.verdict && a.rule === b.rule && a.banner === b.banner && a.mapping === b.mapping;

/**
 * Findings that appeared, changed or were resolved since `sent` (an open finding is one that needs action, by the
 * verdict's own rule). A finding that could not be checked neither opens nor closes anything: an open one gets an
 * Update saying so and stays open until a real check settles it. A target no longer on the list closes its finding.
 * Returns the events (ids from `newId`) and the state IT will know once they are delivered.
 */
export function findingChanges(
  sent: SentState,
  now: readonly FindingSnapshot[],
  time: number,
  newId: () => string,
): { events: FleetEvent[]; sent: SentState } {
  const events: FleetEvent[] = [];
  const next: SentState = {};
  const seen = new Set<string>();
  for (const f of now) {
    seen.add(f.target);
    const before = Object.hasOwn(sent, f.target) ? sent[f.target] : undefined;
    const wasOpen = before?.open === true;
    const held = f.verdict === 'not-checked';
    const open = held ? wasOpen : needsAction(f.verdict);
    if (open) {
      if (!wasOpen) events.push({ kind: 'finding', id: newId(), time, activity: 'create', finding: f });
      else if (!sameEvidence(before, f))
        events.push({ kind: 'finding', id: newId(), time, activity: 'update', finding: f, previous: before.verdict });
    } else if (wasOpen) {
      events.push({ kind: 'finding', id: newId(), time, activity: 'close', finding: f, previous: before.verdict });
    }
    next[f.target] = { verdict: f.verdict, rule: f.rule, banner: f.banner, mapping: f.mapping, open };
  }
  for (const [target, before] of Object.entries(sent)) {
    if (seen.has(target) || !before.open) continue;
    // No longer on the list: IT hears that this computer stopped reporting the finding.
    const { open: _open, ...last } = before;
    const gone: FindingSnapshot = { target, ...last, probe: 'never-probed', advisories: [], checkedAt: time };
    events.push({ kind: 'finding', id: newId(), time, activity: 'close', finding: gone, previous: before.verdict });
  }
  return { events, sent: next };
}

/** Checklist milestones between two versions of one walk: a step done or skipped, the patch reported, the report sent. */
export function milestones(
  before: ChecklistProgress | undefined,
  after: ChecklistProgress,
  finding: FindingSnapshot,
  time: number,
  newId: () => string,
): FleetEvent[] {
  const events: FleetEvent[] = [];
  if (after.attestation && after.attestation.at !== before?.attestation?.at) {
    events.push({ kind: 'milestone', id: newId(), time, milestone: 'patch-reported', step: 'patch', finding });
  }
  for (const [id, record] of Object.entries(after.steps) as [StepId, StepRecord][]) {
    const old = before?.steps[id];
    if (id === 'patch' || (old?.status === record.status && old.at === record.at)) continue;
    if (record.status === 'done') {
      events.push({ kind: 'milestone', id: newId(), time, milestone: id === 'report' ? 'report-sent' : 'step-done', step: id, finding });
    } else if (record.status === 'skipped') {
      events.push({ kind: 'milestone', id: newId(), time, milestone: 'step-skipped', step: id, finding });
    }
  }
  return events;
}

/** Reads what IT last heard, defensively: an entry that is not one we wrote is forgotten (IT then hears it anew). */
export function readSentState(raw: unknown): SentState {
  const out: SentState = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  for (const [target, v] of Object.entries(raw as Record<string, unknown>).slice(0, 500)) {
    if (!isStoredTarget(target) || typeof v !== 'object' || v === null) continue;
    const e = v as Record<string, unknown>;
    if (
      isVerdict(e.verdict) &&
      typeof e.rule === 'string' &&
      (e.banner === null || typeof e.banner === 'string') &&
      isMappingState(e.mapping)
    ) {
      // Written before `open` was kept: a finding was open exactly when its verdict needed action.
      const open = typeof e.open === 'boolean' ? e.open : needsAction(e.verdict);
      out[target] = { verdict: e.verdict, rule: e.rule, banner: e.banner as string | null, mapping: e.mapping, open };
    }
  }
  return out;
}
