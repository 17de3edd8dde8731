import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ocsfErrors } from '../../tests/fixtures/ocsf/validate';
import { evidence, T } from '../../tests/fixtures/evidence';
import { BUNDLED_ADVISORIES } from '../advisories/catalog';
import { findingView } from '../finding/finding';
import { VERDICTS } from '../verdict/verdict';
import { snapshot, type FindingActivity, type FleetEvent, type Milestone } from './events';
import { CODE_RED_CVE, toHecBody, toOcsf, toOcsfBody, type Reporter } from './ocsf';

const reporter: Reporter = { extensionVersion: '0.1.0', installId: '6f1c2a9e-0000-4000-8000-000000000001', deviceLabel: 'LAB-PC-042' };
const exposed = snapshot(findingView(evidence.iisMapped(1_795_685_398_000), undefined), BUNDLED_ADVISORIES);
const at = 1_795_685_400_000;

describe('the OCSF schema itself', () => {
  it('accepts the reference\u2019s valid example and refuses its invalid one', () => {
    expect(ocsfErrors(JSON.parse(readFileSync('tests/fixtures/ocsf/example-valid.json', 'utf8')))).toBeUndefined();
    expect(ocsfErrors(JSON.parse(readFileSync('tests/fixtures/ocsf/example-invalid.json', 'utf8')))).toMatch(/uid/);
  });
});

describe('toOcsf: every event the extension can build is valid OCSF 1.8 Vulnerability Finding', () => {
  const activities: FindingActivity[] = ['create', 'update', 'close'];
  const rows = VERDICTS.flatMap((verdict) => activities.map((activity) => [verdict, activity] as const));
  it.each(rows)('a %s finding, %s', (verdict, activity) => {
    const event: FleetEvent = {
      kind: 'finding',
      id: `id-${verdict}-${activity}`,
      time: at,
      activity,
      finding: { ...exposed, verdict },
      previous: 'exposed',
    };
    const ocsf = toOcsf(event, reporter);
    expect(ocsfErrors(ocsf)).toBeUndefined();
    expect(ocsf).toMatchObject({ class_uid: 2002, type_uid: 200200 + (ocsf.activity_id as number), metadata: { uid: event.id } });
    expect(ocsf.device).toEqual({ type_id: 0, type: 'Unknown', uid: reporter.installId, name: 'LAB-PC-042' });
  });

  it('an exposed IIS names CVE-2001-0500 and the advisories, with no page body anywhere', () => {
    const ocsf = toOcsf({ kind: 'finding', id: 'a', time: at, activity: 'create', finding: exposed }, reporter);
    const text = JSON.stringify(ocsf);
    expect((ocsf.vulnerabilities as { cve?: { uid: string } }[]).map((v) => v.cve?.uid)).toContain(CODE_RED_CVE);
    expect(text).toContain('MS01-033');
    expect(text).not.toContain('bodySnippet');
    expect(text).not.toMatch(/<html|idq\.dll error/i);
    expect(ocsf).toMatchObject({ activity_id: 1, severity_id: 4, status_id: 1, resources: [{ uid: T }] });
  });

  it('two installations report different finding uids for the same address; one installation always the same (issue 18)', () => {
    const event = { kind: 'finding' as const, id: 'a', time: at, activity: 'create' as const, finding: exposed };
    const uid = (installId: string) => (toOcsf(event, { ...reporter, installId }).finding_info as { uid: string }).uid;
    expect(uid('install-1')).not.toBe(uid('install-2'));
    expect(uid('install-1')).toBe(uid('install-1'));
    // Milestones of the same finding carry its uid, so a SIEM ties them to it.
    const milestone = toOcsf(
      { kind: 'milestone', id: 'b', time: at, milestone: 'step-done', step: 'subscribe', finding: exposed },
      reporter,
    );
    expect((milestone.finding_info as { uid: string }).uid).toBe(uid(reporter.installId));
  });

  it('a resolved finding closes with status Resolved and no open vulnerability', () => {
    const ocsf = toOcsf(
      { kind: 'finding', id: 'c', time: at, activity: 'close', finding: { ...exposed, verdict: 'mitigated' }, previous: 'exposed' },
      reporter,
    );
    expect(ocsf).toMatchObject({ activity_id: 3, status_id: 4, vulnerabilities: [] });
  });

  it.each<Milestone>(['step-done', 'step-skipped', 'patch-reported', 'report-sent'])('milestone %s is an Update', (milestone) => {
    const ocsf = toOcsf({ kind: 'milestone', id: milestone, time: at, milestone, step: 'patch', finding: exposed }, reporter);
    expect(ocsfErrors(ocsf)).toBeUndefined();
    expect(ocsf.activity_id).toBe(2);
  });

  it('heartbeats and lost-event notices are valid too, without a device label', () => {
    const { deviceLabel: _label, ...noLabel } = reporter;
    for (const event of [
      { kind: 'heartbeat', id: 'h', time: at, findings: [exposed] },
      { kind: 'heartbeat', id: 'h0', time: at, findings: [] },
      { kind: 'lost', id: 'l', time: at, count: 12 },
    ] as FleetEvent[]) {
      expect(ocsfErrors(toOcsf(event, noLabel)), event.id).toBeUndefined();
    }
  });
});

describe('bodies', () => {
  const events: FleetEvent[] = [
    { kind: 'finding', id: 'one', time: at, activity: 'create', finding: exposed },
    { kind: 'lost', id: 'two', time: at + 1000, count: 1 },
  ];
  it('Splunk HEC: one envelope per event, time in seconds, host is the device label', () => {
    const lines = toHecBody(events, reporter)
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.map((l) => [l.time, l.host, l.source, l.sourcetype])).toEqual([
      [at / 1000, 'LAB-PC-042', 'code-red-advisor', 'ocsf:vulnerability_finding'],
      [at / 1000 + 1, 'LAB-PC-042', 'code-red-advisor', 'ocsf:vulnerability_finding'],
    ]);
    for (const l of lines) expect(ocsfErrors(l.event)).toBeUndefined();
  });

  it('OCSF: a JSON array of events, in queue order', () => {
    const body = JSON.parse(toOcsfBody(events, reporter)) as { metadata: { uid: string } }[];
    expect(body.map((e) => e.metadata.uid)).toEqual(['one', 'two']);
  });
});
