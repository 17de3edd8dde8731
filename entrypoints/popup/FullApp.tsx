import { useEffect, useState } from 'preact/hooks';
import { t } from '../../core/text/i18n';
import { GENERIC_ORGANIZATION } from '../../core/policy/organization';
import { matchAdvisories } from '../../core/advisories/match';
import type { ScanReport } from '../../core/verdict/evidence';
import { Page, advisoriesInForce } from './pages';
import { browser } from 'wxt/browser';
import { attestationHolds } from '../../core/checklist/attestation';
import { currentVerdict, offersChecklist, wasBlocked } from '../../core/finding/finding';
import { summarise } from '../../core/checklist/progress';
import { progressFor, readChecklists } from '../../core/checklist/stored';
import type { TargetResult } from '../../core/verdict/evidence';
import { effectiveSettings } from '../../core/policy/apply';
import { organizationFrom } from '../../core/policy/organization-from';
import { parseRoute, routeHash, type Route } from '../../core/views/route';
import { checkSettings } from '../../core/policy/settings';
import { readScanReport } from '../../core/storage/stored-report';
import { FindingsView, type FindingExtras } from '../../components/FindingsView';
import { HostAccessBanner } from '../../components/HostAccessBanner';
import { NavBar } from '../../components/NavBar';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { hostPattern } from '../../utils/host-access';
import { requestScan } from '../../utils/messages';
import { checklistsItem, lastScanItem, scanStateItem, settingsItem, type ScanState } from '../../utils/storage';
import { useManagedConfig } from '../../utils/use-managed-config';
import { useStoredValue } from '../../utils/use-stored-value';

/** Older than this, opening the popup also starts a fresh check (the stored result shows meanwhile). */
const STALE_AFTER_MS = 10 * 60_000;

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export interface FullAppProps {
  fullPage: boolean;
  /** What the first paint already read, so this view starts from it instead of from nothing. */
  initialReport: unknown;
  initialState: ScanState;
}

/** The whole popup: policy, checklists, advisories. Loaded after the first paint (see App.tsx). */
export function FullApp({ fullPage, initialReport, initialState }: FullAppProps) {
  const rawReport = useStoredValue(lastScanItem, initialReport as ScanReport | null);
  const state = useStoredValue(scanStateItem, initialState);
  const rawSettings = useStoredValue(settingsItem);
  const rawChecklists = useStoredValue(checklistsItem);
  const config = useManagedConfig();
  const [accessError, setAccessError] = useState<string>();
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [now, setNow] = useState(() => Date.now());
  const [error, setError] = useState<string>();

  const report = readScanReport(rawReport);
  const { checklists, problems: checklistProblems } = readChecklists(rawChecklists);

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => {
      removeEventListener('hashchange', onHash);
      clearInterval(timer);
    };
  }, []);

  const check = (targets?: string[]) => {
    setError(undefined);
    requestScan(targets)
      .catch((e: unknown) => setError(t('err_check_failed', errorText(e))))
      .finally(() => setNow(Date.now()));
  };

  useEffect(() => {
    if (rawReport === undefined || rawSettings === undefined || config === undefined) return;
    // A target the last report does not cover (added by the user or by IT's policy since) is checked now too.
    const wanted = effectiveSettings(checkSettings(rawSettings).settings, config.policy).settings.targets;
    const covered = new Set(report?.results.map((r) => r.target));
    if (report === null || Date.now() - report.finishedAt > STALE_AFTER_MS || wanted.some((t) => !covered.has(t))) check();
    // Only once everything is first read: later reports come from the scan this started.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rawReport === undefined || rawSettings === undefined || config === undefined]);

  if (rawReport === undefined || state === undefined || rawChecklists === undefined || config === undefined) return null;

  const baseOrg = organizationFrom(config.policy);
  const inForce = advisoriesInForce(baseOrg, config.policy);
  const org = inForce.org;
  const blocked = (report?.results ?? []).filter(wasBlocked).map((r) => r.target);
  const allowBlocked = () => {
    setAccessError(undefined);
    // Straight from the click: the browser only shows its permission prompt for a user gesture.
    browser.permissions.request({ origins: [...new Set(blocked.map(hostPattern))] }).then(
      (granted) => !granted && setAccessError(t('access_denied')),
      (e: unknown) => setAccessError(t('access_failed', errorText(e))),
    );
  };

  const navigate = (next: Route) => {
    location.hash = routeHash(next);
  };

  const extras = (r: TargetResult): FindingExtras => {
    const progress = progressFor(checklists, r.target);
    const summary = progress ? summarise(progress, r) : undefined;
    return {
      advisories: matchAdvisories(r, inForce.catalog),
      ...(offersChecklist(r, progress) ? { checklist: { started: !!progress, done: summary?.done ?? 0, total: summary?.total ?? 0 } } : {}),
      ...(progress?.attestation && attestationHolds(progress, r) ? { patchedAt: progress.attestation.at } : {}),
      rankAs: currentVerdict(r, progress),
    };
  };

  let view;
  if (route.name === 'findings') {
    view = (
      <>
        <HostAccessBanner
          targets={blocked}
          fromIt={blocked.some((target) => config.policy.ExtraTargets?.includes(target))}
          onAllow={allowBlocked}
          {...(accessError ? { error: accessError } : {})}
        />
        <FindingsView
          report={report}
          running={state.running}
          now={now}
          extras={extras}
          problems={[...checkSettings(rawSettings).problems, ...checklistProblems]}
          {...(error ? { error } : {})}
          onCheckAll={() => check()}
          onCheckTarget={(target) => check([target])}
          onOpenAdvisory={(id) => navigate({ name: 'advisory', id })}
          onOpenChecklist={(target) => navigate({ name: 'checklist', target })}
        />
      </>
    );
  } else {
    view = (
      <Page
        route={route}
        org={org}
        catalog={inForce.catalog}
        report={report}
        checklists={checklists}
        now={now}
        fullPage={fullPage}
        navigate={navigate}
      />
    );
  }

  return (
    <main class={fullPage ? 'popup full-page' : 'popup'} aria-busy={state.running}>
      <NavBar current={route.name} onNavigate={navigate} onOpenOptions={() => void browser.runtime.openOptionsPage()} />
      <ErrorBoundary what={t('part_view')} resetKey={route}>
        {view}
      </ErrorBoundary>
      {config.managed && (
        <p class="meta managed-note" data-testid="managed-note">
          {org.name === GENERIC_ORGANIZATION.name ? t('managed_by_it') : t('managed_by_org', org.name)}
        </p>
      )}
    </main>
  );
}
