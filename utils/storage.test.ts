import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDQ_PAGE, NOT_FOUND_PAGE } from '../tests/servers/personalities';
import { checklistsItem, lastScanItem } from './storage';
import { readScanReport } from '../core/storage/stored-report';
import { BODY_EXCERPT_CHARS } from '../core/probe/signatures';
import { loadChecklists, reconcileChecklists, updateChecklist } from './checklists';
import { startProgress } from '../core/checklist/progress';
import { attestPatched } from '../core/checklist/attestation';
import { fakeReport, fakeResult } from '../tests/fixtures/results';

beforeEach(() => {
  fakeBrowser.reset();
});

/** A report as version 0.1.0 stored it: findings without `mapping`, and no version meta. */
function v1Report(idaBody: string, idaStatus: number) {
  return {
    startedAt: 1,
    finishedAt: 2,
    trigger: 'schedule',
    results: [
      {
        target: 'http://127.0.0.1:8080/',
        verdict: 'exposed',
        rule: 'mapping-present+iis-5.0',
        banner: 'Microsoft-IIS/5.0',
        reasons: ['kept'],
        requests: [
          {
            path: '/',
            url: 'http://127.0.0.1:8080/',
            status: 200,
            server: 'Microsoft-IIS/5.0',
            bodySnippet: 'home',
            startedAt: 1,
            durationMs: 1,
          },
          {
            path: '/NULL.ida',
            url: 'http://127.0.0.1:8080/NULL.ida',
            status: idaStatus,
            server: 'Microsoft-IIS/5.0',
            bodySnippet: idaBody,
            startedAt: 1,
            durationMs: 1,
          },
        ],
        checkedAt: 1,
        durationMs: 2,
      },
      {
        target: 'http://localhost/',
        verdict: 'unreachable',
        rule: 'no-answer-refused',
        banner: null,
        reasons: [],
        requests: [{ path: '/', url: 'http://localhost/', error: 'refused', startedAt: 1, durationMs: 1 }],
        checkedAt: 1,
        durationMs: 1,
      },
    ],
  };
}

describe('lastScan migration v1 → v2', () => {
  it.each([
    [IDQ_PAGE, 200, 'present'],
    [NOT_FOUND_PAGE, 404, 'absent'],
  ])('derives the mapping from the stored .ida answer (%#)', async (body, status, mapping) => {
    await browser.storage.local.set({ lastScan: v1Report(body, status) });
    await lastScanItem.migrate();
    const report = await lastScanItem.getValue();
    expect(report?.results.map((r) => r.mapping)).toEqual([mapping, 'not-checked']);
    expect(report?.results[0]?.reasons).toEqual(['kept']);
    expect(await browser.storage.local.get('lastScan$')).toEqual({ lastScan$: { v: 3 } });
  });

  it('leaves an unreadable stored report for the reader to refuse, rather than crashing', async () => {
    await browser.storage.local.set({ lastScan: 'garbage' });
    await expect(lastScanItem.migrate()).resolves.toBeUndefined();
    expect(readScanReport(await lastScanItem.getValue())).toBeNull();
  });
});

describe('lastScan migration v2 → v3', () => {
  it('keeps the signatures and a short excerpt instead of 64 KB of page', async () => {
    const page = `${'x'.repeat(60_000)}${IDQ_PAGE}`;
    await browser.storage.local.set({ lastScan: v1Report(page, 200), lastScan$: { v: 2 } });
    await lastScanItem.migrate();
    const report = readScanReport(await lastScanItem.getValue());
    const ida = report?.results[0]?.requests[1];
    expect(ida?.signatures).toEqual(['idq-error-page']);
    expect(ida?.bodySnippet).toHaveLength(BODY_EXCERPT_CHARS);
    expect(report?.results[0]?.verdict).toBe('exposed');
    expect(JSON.stringify(await browser.storage.local.get('lastScan')).length).toBeLessThan(4000);
  });
});

describe('checklist storage', () => {
  const T = 'http://127.0.0.1:8080/';
  const exposed = fakeResult(T, 'exposed', { banner: 'Microsoft-IIS/5.0', mapping: 'present' });

  it('keeps each finding\u2019s progress separately', async () => {
    await updateChecklist(T, startProgress(T, 1), (p) => p);
    await updateChecklist('http://localhost/', startProgress('http://localhost/', 2), (p) => p);
    expect(Object.keys(await loadChecklists()).sort()).toEqual(['http://127.0.0.1:8080/', 'http://localhost/']);
  });

  it('shows nothing for corrupted storage, and keeps the good entries', async () => {
    await checklistsItem.setValue({ [T]: startProgress(T, 1), bad: 'x' } as never);
    expect(Object.keys(await loadChecklists())).toEqual([T]);
  });

  it('drops an attestation when a new report shows different evidence', async () => {
    await updateChecklist(T, startProgress(T, 1), (p) => attestPatched(p, exposed, 5));
    await reconcileChecklists(fakeReport([exposed]), 6);
    expect((await loadChecklists())[T]?.attestation?.at).toBe(5);
    await reconcileChecklists(fakeReport([{ ...exposed, banner: 'Microsoft-IIS/4.0' }]), 7);
    const after = (await loadChecklists())[T];
    expect(after?.attestation).toBeUndefined();
    expect(after?.attestationDropped).toEqual({ at: 7, reportedAt: 5 });
  });
});
