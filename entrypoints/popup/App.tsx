import { useEffect, useState } from 'preact/hooks';
import { progressFor, readChecklists } from '../../core/checklist/stored';
import type { ChecklistProgress } from '../../core/checklist/types';
import type { TargetResult } from '../../core/verdict/evidence';
import { currentVerdict, offersChecklist } from '../../core/finding/finding';
import { t } from '../../core/text/i18n';
import { parseRoute, routeHash } from '../../core/views/route';
import { readScanReport } from '../../core/storage/stored-report';
import { FindingsView, type FindingExtras } from '../../components/FindingsView';
import { NavBar } from '../../components/NavBar';
import { requestScan } from '../../utils/messages';
import { openOptionsPage } from '../../utils/native-api';
import { useLocalValues } from '../../utils/use-local-values';
import type { ScanState } from '../../utils/storage';

type FullAppModule = typeof import('./FullApp');

/** What the first paint reads: main.tsx starts the read before anything renders. */
export const FIRST_PAINT_KEYS = ['lastScan', 'scanState', 'checklists'] as const;

/** The scan state as stored, or "not running" for anything else (WXT's item has the same fallback). */
function readScanState(raw: unknown): ScanState {
  const r = raw as Partial<ScanState> | undefined;
  return typeof r?.running === 'boolean'
    ? { running: r.running, ...(typeof r.startedAt === 'number' ? { startedAt: r.startedAt } : {}) }
    : { running: false };
}

/**
 * Until the rest loads: the verdict, its evidence and the next step, straight from storage. Ranked and summarised by the
 * same current verdict as the badge, so a reported patch reads the same before and after the full popup takes over.
 */
const firstPaintExtras =
  (checklists: Record<string, ChecklistProgress>) =>
  (r: TargetResult): FindingExtras => {
    const progress = progressFor(checklists, r.target);
    return {
      advisories: [],
      ...(offersChecklist(r, progress) ? { checklist: { started: progress !== undefined, done: 0, total: 0 } } : {}),
      rankAs: currentVerdict(r, progress),
    };
  };

/**
 * The popup's first paint: the stored result and nothing that needs the
 * network, the policy or the catalog. The full popup (FullApp.tsx) loads in
 * the same moment and takes over from the same stored values.
 */
export function App({ fullPage, initial }: { fullPage: boolean; initial: Record<string, unknown> }) {
  // Straight from storage.local, without the polyfill or WXT's storage: they load with the full popup.
  const stored = useLocalValues(FIRST_PAINT_KEYS, initial);
  const rawReport = stored.lastScan;
  const state = readScanState(stored.scanState);
  const [full, setFull] = useState<FullAppModule>();
  const [error, setError] = useState<string>();
  const [openedAt] = useState(() => Date.now());

  useEffect(() => {
    void import('./FullApp').then(setFull, (e: unknown) => setError(t('err_part_failed', e instanceof Error ? e.message : String(e))));
  }, []);

  // A tab opened on the checklist or an advisory waits the moment for the full popup rather than flash the findings.
  if (!full && parseRoute(location.hash).name !== 'findings') return null;
  if (full) return <full.FullApp fullPage={fullPage} initialReport={rawReport ?? null} initialState={state} />;

  return (
    <main class={fullPage ? 'popup full-page' : 'popup'} aria-busy={state.running}>
      <NavBar
        current="findings"
        // The full popup reads the hash when it takes over a moment later.
        onNavigate={(route) => {
          location.hash = routeHash(route);
        }}
        onOpenOptions={() => void openOptionsPage()}
      />
      <FindingsView
        report={readScanReport(rawReport)}
        running={state.running}
        now={openedAt}
        extras={firstPaintExtras(readChecklists(stored.checklists).checklists)}
        problems={[]}
        {...(error ? { error } : {})}
        onCheckAll={() => void requestScan()}
        onCheckTarget={(target) => void requestScan([target])}
        // No dead controls: the route goes into the hash, and the full popup opens it when it takes over a moment later.
        onOpenAdvisory={(id) => {
          location.hash = routeHash({ name: 'advisory', id });
        }}
        onOpenChecklist={(target) => {
          location.hash = routeHash({ name: 'checklist', target });
        }}
      />
    </main>
  );
}
