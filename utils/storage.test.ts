import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { IDQ_PAGE, NOT_FOUND_PAGE } from '../tests/servers/personalities';
import { checklistsItem, lastScanItem } from './scan-storage';
import { readScanReport } from '../core/storage/stored-report';
import { BODY_EXCERPT_CHARS } from '../core/verdict/signatures';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createChecklistWriter, loadChecklists } from './checklists';
import { startProgress } from '../core/checklist/progress';
import { attestPatched } from '../core/checklist/attestation';
import { readChecklists } from '../core/checklist/stored';
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
    // v3 → v4: a stored sentence is kept as it was written, as a code the reader knows.
    expect(report?.results[0]?.reasons).toEqual([{ code: 'note_legacy', args: ['kept'] }]);
    expect(await browser.storage.local.get('lastScan$')).toEqual({ lastScan$: { v: 4 } });
  });

  it('leaves an unreadable stored report for the reader to refuse, rather than crashing', async () => {
    await browser.storage.local.set({ lastScan: 'garbage' });
    await expect(lastScanItem.migrate()).resolves.toBeUndefined();
    expect(readScanReport(await lastScanItem.getValue())).toBeNull();
  });
});

describe('lastScan migration v3 → v4: reasons become codes', () => {
  it('sentences stored in any language are kept as written, as codes the reader knows; the next check writes codes', async () => {
    const v3 = v1Report(IDQ_PAGE, 200);
    const [exposed, refused] = v3.results;
    const stored = {
      ...v3,
      results: [
        { ...exposed, mapping: 'present', reasons: ['El servidor dice que es Microsoft IIS 5.0.'] },
        { ...refused, mapping: 'not-checked', rule: 'some-old-rule', reasons: ['Nada respondió.'] },
      ],
    };
    await browser.storage.local.set({ lastScan: stored, lastScan$: { v: 3 } });
    await lastScanItem.migrate();
    const report = readScanReport(await lastScanItem.getValue());
    expect(report?.results[0]?.reasons).toEqual([{ code: 'note_legacy', args: ['El servidor dice que es Microsoft IIS 5.0.'] }]);
    expect(report?.results[1]?.reasons).toEqual([{ code: 'note_legacy', args: ['Nada respondió.'] }]);
    expect(await browser.storage.local.get('lastScan$')).toEqual({ lastScan$: { v: 4 } });
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
  let clock = 0;
  const writer = createChecklistWriter(() => ++clock);

  it('keeps each finding\u2019s progress separately', async () => {
    await writer.apply({ kind: 'answer', question: 'infection', value: false }, exposed);
    await writer.apply({ kind: 'answer', question: 'infection', value: true }, fakeResult('http://localhost/', 'exposed'));
    const all = await loadChecklists();
    expect(Object.keys(all).sort()).toEqual(['http://127.0.0.1:8080/', 'http://localhost/']);
    expect(all[T]?.answers).toEqual({ infection: false });
  });

  it('shows nothing for corrupted storage, and keeps the good entries', async () => {
    await checklistsItem.setValue({ [T]: startProgress(T, 1), bad: 'x' } as never);
    expect(Object.keys(await loadChecklists())).toEqual([T]);
  });

  it('drops an attestation when a new report shows different evidence', async () => {
    const attested = await writer.apply({ kind: 'attest' }, exposed);
    const at = attested.ok ? attested.progress.attestation?.at : undefined;
    await writer.reconcile(fakeReport([exposed]));
    expect((await loadChecklists())[T]?.attestation?.at).toBe(at);
    const around = await writer.reconcile(fakeReport([{ ...exposed, banner: 'Microsoft-IIS/4.0' }]));
    expect(around.before[T]?.attestation?.at).toBe(at);
    expect(around.after[T]?.attestation).toBeUndefined();
    const after = (await loadChecklists())[T];
    expect(after?.attestation).toBeUndefined();
    expect(after?.attestationDropped?.reportedAt).toBe(at);
  });

  it('loses nothing when a person\u2019s change and a scan\u2019s reconcile interleave', async () => {
    await checklistsItem.setValue({ [T]: attestPatched(startProgress(T, 1, exposed), exposed, 2) });
    const changed = { ...exposed, banner: 'Microsoft-IIS/4.0' };
    // Started together, as the popup's click and the background's scan end would be: each reads before the other writes.
    const [marked] = await Promise.all([
      writer.apply({ kind: 'set-status', step: 'disconnect', status: 'done' }, exposed),
      writer.reconcile(fakeReport([changed])),
      writer.apply({ kind: 'answer', question: 'infection', value: false }, changed),
    ]);
    expect(marked.ok).toBe(true);
    const after = (await loadChecklists())[T];
    expect(after?.steps.disconnect?.status).toBe('done');
    expect(after?.answers).toEqual({ infection: false });
    expect(after?.attestation).toBeUndefined();
    expect(after?.attestationDropped?.reportedAt).toBe(2);
  });

  it('refuses a change the checklist does not allow, and stores nothing', async () => {
    const result = await writer.apply({ kind: 'set-status', step: 'remove-mappings', status: 'done' }, exposed);
    expect(result).toEqual({ ok: false, reason: { code: 'reason_needs_check' } });
    expect(await checklistsItem.getValue()).toBeNull();
  });

  it('is written only by the background\u2019s one writer', () => {
    // Any other setValue on the checklists, in the popup or elsewhere, would be a second writer that can lose changes.
    const writers: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(file);
        else if (
          /\.tsx?$/.test(entry.name) &&
          !/\.test\.tsx?$/.test(entry.name) &&
          /checklistsItem\.(?:setValue|removeValue)/.test(readFileSync(file, 'utf8'))
        )
          writers.push(file);
      }
    };
    for (const dir of ['entrypoints', 'components', 'utils', 'core']) walk(dir);
    expect(writers).toEqual(['utils/checklists.ts']);
  });

  it('migrates v1 English notes to codes, and keeps a sentence it does not know as it was', async () => {
    const v1 = {
      ...startProgress(T, 1),
      steps: {
        patch: { status: 'done', at: 2, note: 'Reported patched by you.' },
        'remove-mappings': { status: 'done', at: 3, note: 'Confirmed by a fresh check: the .ida mapping no longer answers.' },
        disconnect: { status: 'skipped', at: 4, note: 'Something a later version never wrote.' },
      },
    };
    await browser.storage.local.set({ checklists: { [T]: v1 }, checklists$: { v: 1 } });
    await checklistsItem.migrate();
    const { checklists, problems } = readChecklists(await checklistsItem.getValue());
    expect(problems).toEqual([]);
    expect(checklists[T]?.steps).toEqual({
      patch: { status: 'done', at: 2, note: { code: 'note_reported_patched' } },
      'remove-mappings': { status: 'done', at: 3, note: { code: 'note_mapping_gone_confirmed' } },
      disconnect: { status: 'skipped', at: 4, note: { code: 'note_legacy', args: ['Something a later version never wrote.'] } },
    });
  });
});
