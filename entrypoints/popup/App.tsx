import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { TargetResult } from '../../core/evidence';
import { t } from '../../core/i18n';
import { parseRoute, routeHash } from '../../core/route';
import { readScanReport } from '../../core/stored-report';
import { FindingsView, type FindingExtras } from '../../components/FindingsView';
import { NavBar } from '../../components/NavBar';
import { requestScan } from '../../utils/messages';
import { lastScanItem, scanStateItem } from '../../utils/storage';
import { useStoredValue } from '../../utils/use-stored-value';

type FullAppModule = typeof import('./FullApp');

/** Until the rest loads: the verdict, its evidence and the next step, straight from storage. */
const firstPaintExtras = (r: TargetResult): FindingExtras => ({
  advisories: [],
  ...(r.verdict !== 'not-affected' && r.verdict !== 'unreachable' ? { checklist: { started: false, done: 0, total: 0 } } : {}),
  rankAs: r.verdict,
});

/**
 * The popup's first paint: the stored result and nothing that needs the
 * network, the policy or the catalog. The full popup (FullApp.tsx) loads in
 * the same moment and takes over from the same stored values.
 */
export function App({ fullPage }: { fullPage: boolean }) {
  const rawReport = useStoredValue(lastScanItem);
  const state = useStoredValue(scanStateItem);
  const [full, setFull] = useState<FullAppModule>();
  const [error, setError] = useState<string>();
  const [openedAt] = useState(() => Date.now());

  useEffect(() => {
    void import('./FullApp').then(setFull, (e: unknown) => setError(t('err_part_failed', e instanceof Error ? e.message : String(e))));
  }, []);

  if (rawReport === undefined || state === undefined) return null;
  // A tab opened on the checklist or an advisory waits the moment for the full popup rather than flash the findings.
  if (!full && parseRoute(location.hash).name !== 'findings') return null;
  if (full) return <full.FullApp fullPage={fullPage} initialReport={rawReport} initialState={state} />;

  return (
    <main class={fullPage ? 'popup full-page' : 'popup'} aria-busy={state.running}>
      <NavBar
        current="findings"
        // The full popup reads the hash when it takes over a moment later.
        onNavigate={(route) => {
          location.hash = routeHash(route);
        }}
        onOpenOptions={() => void browser.runtime.openOptionsPage()}
      />
      <FindingsView
        report={readScanReport(rawReport)}
        running={state.running}
        now={openedAt}
        extras={firstPaintExtras}
        problems={[]}
        {...(error ? { error } : {})}
        onCheckAll={() => void requestScan()}
        onCheckTarget={(target) => void requestScan([target])}
        onOpenAdvisory={() => undefined}
        onOpenChecklist={() => undefined}
      />
    </main>
  );
}
