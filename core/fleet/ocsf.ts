import { needsAction, type Verdict } from '../verdict/verdict';
import type { FindingActivity, FindingSnapshot, FleetEvent } from './events';

/**
 * Fleet events as OCSF 1.8 Vulnerability Finding events (class_uid 2002),
 * which Splunk, Elastic, AWS Security Lake and most SIEMs read. Every event
 * this can build is validated against the OCSF schema in the unit tests
 * (tests/fixtures/ocsf/). Milestones are Updates of their finding; a
 * heartbeat is activity Other (99) with the state of every finding in
 * `unmapped`, and a lost-events notice is Other too.
 */

export interface Reporter {
  extensionVersion: string;
  installId: string;
  /** Set by IT per computer (asset tag, host name). */
  deviceLabel?: string;
}

const ACTIVITY: Record<FindingActivity | 'other', { id: number; name: string }> = {
  create: { id: 1, name: 'Create' },
  update: { id: 2, name: 'Update' },
  close: { id: 3, name: 'Close' },
  other: { id: 99, name: 'Other' },
};

/** OCSF severity by the finding model's verdict: infection is critical, exposure high. */
const SEVERITY: Record<Verdict, { id: number; name: string }> = {
  infected: { id: 5, name: 'Critical' },
  exposed: { id: 4, name: 'High' },
  'possibly-vulnerable': { id: 3, name: 'Medium' },
  unknown: { id: 2, name: 'Low' },
  // Nothing was seen: OCSF's own "Unknown" severity, never Informational (which reads as checked and fine).
  'not-checked': { id: 0, name: 'Unknown' },
  mitigated: { id: 1, name: 'Informational' },
  'not-affected': { id: 1, name: 'Informational' },
  unreachable: { id: 1, name: 'Informational' },
};

const STATUS = { new: { id: 1, name: 'New' }, progress: { id: 2, name: 'In Progress' }, resolved: { id: 4, name: 'Resolved' } };

/** The Code Red CVE: the idq.dll buffer overflow behind MS01-033. */
export const CODE_RED_CVE = 'CVE-2001-0500';

function device(reporter: Reporter) {
  return { type_id: 0, type: 'Unknown', uid: reporter.installId, ...(reporter.deviceLabel ? { name: reporter.deviceLabel } : {}) };
}

function base(event: FleetEvent, reporter: Reporter, activity: { id: number; name: string }, severity: { id: number; name: string }) {
  return {
    activity_id: activity.id,
    activity_name: activity.name,
    category_uid: 2,
    category_name: 'Findings',
    class_uid: 2002,
    class_name: 'Vulnerability Finding',
    type_uid: 200200 + activity.id,
    type_name: `Vulnerability Finding: ${activity.name}`,
    severity_id: severity.id,
    severity: severity.name,
    time: event.time,
    metadata: {
      version: '1.8.0',
      uid: event.id,
      product: { name: 'Code Red Advisor', vendor_name: 'Code Red Advisor', version: reporter.extensionVersion },
    },
    device: device(reporter),
  };
}

/** The vulnerabilities a finding names: each CVE once, and each advisory as its own entry (OCSF allows one of cve or advisory per entry). */
function vulnerabilities(f: FindingSnapshot) {
  const cves = new Set(f.advisories.flatMap((a) => a.cves));
  if (needsAction(f.verdict)) cves.add(CODE_RED_CVE);
  return [
    ...[...cves].map((uid) => ({ cve: { uid } })),
    ...f.advisories.map((a) => ({
      advisory: { uid: a.id, title: a.title, ...(a.cves.length > 0 ? { related_cves: a.cves.map((uid) => ({ uid })) } : {}) },
      ...(a.references.length > 0 ? { references: a.references } : {}),
    })),
  ];
}

/**
 * The finding's id for IT's SIEM: this installation and this address. Unique per computer (every computer checks the
 * same loopback addresses, so the address alone would merge the whole fleet into one finding, and one computer's Close
 * would close everyone's) and stable across restarts and updates (the installation id is made once, at install).
 */
export function findingUid(installId: string, target: string): string {
  return `code-red-advisor:${installId}:${target}`;
}

function findingInfo(f: FindingSnapshot, time: number, reporter: Reporter) {
  return {
    uid: findingUid(reporter.installId, f.target),
    title: `Code Red: ${f.verdict} at ${f.target}`,
    types: ['Code Red'],
    last_seen_time: f.checkedAt,
    modified_time: time,
  };
}

function facts(f: FindingSnapshot) {
  return {
    verdict: f.verdict,
    rule: f.rule,
    banner: f.banner,
    mapping: f.mapping,
    probe: f.probe,
    ...(f.product ? { product: f.product } : {}),
    ...(f.patchReportedAt !== undefined ? { patch_reported_at: f.patchReportedAt } : {}),
  };
}

const resource = (target: string) => ({ uid: target, name: target, type: 'Web Server' });

export function toOcsf(event: FleetEvent, reporter: Reporter): Record<string, unknown> {
  switch (event.kind) {
    case 'finding': {
      const f = event.finding;
      const status = event.activity === 'create' ? STATUS.new : event.activity === 'close' ? STATUS.resolved : STATUS.progress;
      return {
        ...base(event, reporter, ACTIVITY[event.activity], SEVERITY[f.verdict]),
        status_id: status.id,
        status: status.name,
        message: `${event.activity === 'close' ? 'Resolved' : f.verdict}: ${f.target} (${f.banner ?? 'no banner'})`,
        finding_info: findingInfo(f, event.time, reporter),
        vulnerabilities: event.activity === 'close' ? [] : vulnerabilities(f),
        resources: [resource(f.target)],
        unmapped: { code_red_advisor: { event: 'finding', ...facts(f), ...(event.previous ? { previous_verdict: event.previous } : {}) } },
      };
    }
    case 'milestone': {
      const f = event.finding;
      return {
        ...base(event, reporter, ACTIVITY.update, SEVERITY[f.verdict]),
        status_id: STATUS.progress.id,
        status: STATUS.progress.name,
        message: `${event.milestone}${event.step ? ` (${event.step})` : ''}: ${f.target}`,
        finding_info: findingInfo(f, event.time, reporter),
        vulnerabilities: vulnerabilities(f),
        resources: [resource(f.target)],
        unmapped: {
          code_red_advisor: { event: 'milestone', milestone: event.milestone, ...(event.step ? { step: event.step } : {}), ...facts(f) },
        },
      };
    }
    case 'heartbeat':
      return {
        ...base(event, reporter, ACTIVITY.other, SEVERITY.unreachable),
        message: `Still checking: ${event.findings.length} server(s)`,
        finding_info: {
          uid: `code-red-advisor:heartbeat:${reporter.installId}`,
          title: 'Code Red Advisor heartbeat',
          types: ['Heartbeat'],
        },
        vulnerabilities: [],
        unmapped: {
          code_red_advisor: {
            event: 'heartbeat',
            findings: event.findings.map((f) => ({ target: f.target, ...facts(f), checked_at: f.checkedAt })),
          },
        },
      };
    case 'lost':
      return {
        ...base(event, reporter, ACTIVITY.other, SEVERITY.unknown),
        message: `${event.count} event(s) were dropped because the queue was full`,
        finding_info: { uid: `code-red-advisor:lost:${reporter.installId}`, title: 'Code Red Advisor events lost', types: ['Delivery'] },
        vulnerabilities: [],
        unmapped: { code_red_advisor: { event: 'lost', count: event.count } },
      };
  }
}

/**
 * The same events in Splunk's HTTP Event Collector envelope, concatenated as
 * HEC expects (POST /services/collector/event). `time` is in seconds.
 */
export function toHecBody(events: readonly FleetEvent[], reporter: Reporter): string {
  return events
    .map((event) =>
      JSON.stringify({
        time: event.time / 1000,
        host: reporter.deviceLabel ?? reporter.installId,
        source: 'code-red-advisor',
        sourcetype: 'ocsf:vulnerability_finding',
        event: toOcsf(event, reporter),
      }),
    )
    .join('\n');
}

/** A batch in OCSF form: a JSON array of events. */
export function toOcsfBody(events: readonly FleetEvent[], reporter: Reporter): string {
  return JSON.stringify(events.map((event) => toOcsf(event, reporter)));
}
