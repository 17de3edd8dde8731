import { useEffect, useState } from 'preact/hooks';
import { progressFor, readChecklists } from '../../core/checklist/stored';
import type { ChecklistProgress } from '../../core/checklist/types';
import { findingHead } from '../../core/finding/current';
import type { ManagedConfig } from '../../core/policy/validate';
import { readScanReport } from '../../core/storage/stored-report';
import { t } from '../../core/text/i18n';
import type { TargetResult } from '../../core/verdict/evidence';
import { parseRoute, routeHash, type Route } from '../../core/views/route';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { FindingsView, type FindingCardData } from '../../components/FindingsView';
import { NavBar } from '../../components/NavBar';
import { requestScan } from '../../utils/messages';
import { openOptionsPage } from '../../utils/native-api';
import type { ScanState } from '../../utils/storage';
import { STORAGE_KEYS } from '../../utils/storage-keys';
import { useLocalValues } from '../../utils/use-local-values';

type Enrichment = typeof import('./enrichment');

/** What the shell reads from storage.local: main.tsx starts the read before anything renders. */
export const FIRST_PAINT_KEYS = [STORAGE_KEYS.lastScan, STORAGE_KEYS.scanState, STORAGE_KEYS.checklists, STORAGE_KEYS.settings] as const;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The scan state as stored, or "not running" for anything else (WXT's item has the same fallback). */
function readScanState(raw: unknown): ScanState {
  const r = raw as Partial<ScanState> | undefined;
  return typeof r?.running === 'boolean'
    ? { running: r.running, ...(typeof r.startedAt === 'number' ? { startedAt: r.startedAt } : {}) }
    : { running: false };
}

/**
 * Before the rest loads: the finding view's head (its verdict, tone and next step), the same the badge reads, so a
 * reported patch or a probe never sent reads the same before and after the shell enriches itself.
 */
const firstPaintCards =
  (checklists: Record<string, ChecklistProgress>) =>
  (r: TargetResult): FindingCardData => ({ view: findingHead(r, progressFor(checklists, r.target)), advisories: [] });

/** A value the enrichment reads and watches, once it has loaded: undefined until then. */
function useWatched<T>(
  source: Enrichment | undefined,
  read: (e: Enrichment) => Promise<T>,
  watch: (e: Enrichment, onChange: (value: T) => void) => () => void,
): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    if (!source) return undefined;
    let live = true;
    void read(source).then((v) => live && setValue(() => v));
    const unwatch = watch(source, (v) => live && setValue(() => v));
    return () => {
      live = false;
      unwatch();
    };
  }, [source, read, watch]);
  return value;
}

// IT's policy (the enrichment brings the validator) and IT's advisory feed as stored (it can be large, so not in the first read).
const readConfig = (e: Enrichment) => e.readManagedConfig();
const watchConfig = (e: Enrichment, onChange: (c: ManagedConfig) => void) => e.watchManagedConfig(onChange);
const readFeed = (e: Enrichment) => e.readFeed();
const watchFeed = (e: Enrichment, onChange: (raw: unknown) => void) => e.watchFeed(onChange);

/** The route, kept in the URL hash so a tab can open on any view. */
function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);
  return route;
}

const navigate = (next: Route) => {
  location.hash = routeHash(next);
};

/**
 * The popup's one shell: it owns the route, the navigation and the findings
 * view. It paints the stored result from the small first chunk, with nothing
 * that needs the network, the policy or the catalog, and then enriches the
 * same tree when enrichment.tsx has loaded: advisories, checklist progress,
 * IT's policy and the views behind the findings. Every control works from the
 * first paint; a view that needs the enrichment says it is loading.
 */
export function App({ fullPage, initial }: { fullPage: boolean; initial: Record<string, unknown> }) {
  // Straight from storage.local, without the polyfill or WXT's storage: they load with the enrichment.
  const stored = useLocalValues(FIRST_PAINT_KEYS, initial);
  const state = readScanState(stored.scanState);
  const route = useRoute();
  const [rich, setRich] = useState<Enrichment>();
  const config = useWatched(rich, readConfig, watchConfig);
  const feed = useWatched(rich, readFeed, watchFeed);
  const [now, setNow] = useState(() => Date.now());
  const [error, setError] = useState<string>();
  const [accessError, setAccessError] = useState<string>();

  useEffect(() => {
    void import('./enrichment').then(setRich, (e: unknown) => setError(t('err_part_failed', errorText(e))));
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  const check = (targets?: string[]) => {
    setError(undefined);
    requestScan(targets)
      .catch((e: unknown) => setError(t('err_check_failed', errorText(e))))
      .finally(() => setNow(Date.now()));
  };

  const report = readScanReport(stored.lastScan);
  const model =
    rich && config
      ? rich.popupModel({ report, rawSettings: stored.settings, rawChecklists: stored.checklists, config, rawFeed: feed, now })
      : undefined;

  useEffect(() => {
    // Once, when the enrichment first knows the settings and policy: later reports come from the scan this started.
    if (model?.needsCheck) check();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [model === undefined]);

  let view;
  if (route.name === 'findings') {
    view = (
      <>
        {rich && model && (
          <rich.HostAccessBanner
            targets={model.blocked}
            fromIt={model.blockedFromIt}
            onAllow={() => {
              setAccessError(undefined);
              void rich.requestAccess(model.blocked).then(setAccessError);
            }}
            {...(accessError ? { error: accessError } : {})}
          />
        )}
        <FindingsView
          report={report}
          running={state.running}
          now={now}
          cardData={model?.cardData ?? firstPaintCards(readChecklists(stored.checklists).checklists)}
          problems={model?.problems ?? []}
          {...(error ? { error } : {})}
          onCheckAll={() => check()}
          onCheckTarget={(target) => check([target])}
          onOpenAdvisory={(id) => navigate({ name: 'advisory', id })}
          onOpenChecklist={(target) => navigate({ name: 'checklist', target })}
        />
      </>
    );
  } else if (rich && model) {
    view = (
      <rich.Page
        route={route}
        org={model.org}
        catalog={model.catalog}
        {...(model.feedStale ? { feedStale: model.feedStale } : {})}
        report={report}
        checklists={model.checklists}
        now={now}
        fullPage={fullPage}
        navigate={navigate}
      />
    );
  } else {
    view = error ? <p class="error">{error}</p> : <p class="meta">{t('loading')}</p>;
  }

  return (
    <main class={fullPage ? 'popup full-page' : 'popup'} aria-busy={state.running}>
      <NavBar current={route.name} onNavigate={navigate} onOpenOptions={() => void openOptionsPage()} />
      <ErrorBoundary what={t('part_view')} resetKey={route}>
        {view}
      </ErrorBoundary>
      {model?.reportingNote && (
        <p class="meta managed-note" data-testid="reporting-note">
          {model.reportingNote}
        </p>
      )}
      {model?.managedNote && (
        <p class="meta managed-note" data-testid="managed-note">
          {model.managedNote}
        </p>
      )}
    </main>
  );
}
