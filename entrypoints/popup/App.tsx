import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BUNDLE_DATE, catalogFor, findAdvisory } from '../../core/advisories/catalog';
import { matchAdvisories } from '../../core/advisories/match';
import {
  answerQuestion,
  attestPatched,
  attestationHolds,
  confirmStep,
  effectiveVerdict,
  resetAnswers,
  setStepStatus,
  startProgress,
  summarise,
} from '../../core/checklist/progress';
import { stepContent } from '../../core/checklist/steps';
import { readChecklists } from '../../core/checklist/stored';
import type { ChecklistProgress, QuestionId, StepId } from '../../core/checklist/types';
import type { TargetResult } from '../../core/evidence';
import { faqEntries } from '../../core/faq';
import { effectiveSettings, organizationFrom } from '../../core/policy/apply';
import { buildSecurityReport } from '../../core/report';
import { parseRoute, routeHash, type Route } from '../../core/route';
import { checkSettings } from '../../core/settings';
import { readScanReport } from '../../core/stored-report';
import { AdvisoryDetail } from '../../components/AdvisoryDetail';
import { AdvisoryList } from '../../components/AdvisoryList';
import { ChecklistView } from '../../components/ChecklistView';
import { FaqView } from '../../components/FaqView';
import { FindingsView, type FindingExtras } from '../../components/FindingsView';
import { HostAccessBanner } from '../../components/HostAccessBanner';
import { NavBar } from '../../components/NavBar';
import { updateChecklist } from '../../utils/checklists';
import { requestScan } from '../../utils/messages';
import { hostPattern } from '../../utils/host-access';
import { downloadText } from '../../utils/report-file';
import { checklistsItem, lastScanItem, scanStateItem, settingsItem } from '../../utils/storage';
import { useManagedConfig } from '../../utils/use-managed-config';
import { useStoredValue } from '../../utils/use-stored-value';

/** Older than this, opening the popup also starts a fresh check (the stored result shows meanwhile). */
const STALE_AFTER_MS = 10 * 60_000;

/** When a person's action happened; only ever called from event handlers, never while rendering. */
const actionTime = () => Date.now();

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function App({ fullPage }: { fullPage: boolean }) {
  const rawReport = useStoredValue(lastScanItem);
  const state = useStoredValue(scanStateItem);
  const rawSettings = useStoredValue(settingsItem);
  const rawChecklists = useStoredValue(checklistsItem);
  const config = useManagedConfig();
  const [accessError, setAccessError] = useState<string>();
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [now, setNow] = useState(() => Date.now());
  const [error, setError] = useState<string>();
  const [verifying, setVerifying] = useState<StepId>();
  const [stepMessage, setStepMessage] = useState<{ step: StepId; kind: 'error' | 'ok'; text: string }>();
  const [reportStatus, setReportStatus] = useState<string>();

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
      .catch((e: unknown) => setError(`The check could not run: ${errorText(e)}`))
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
  const org = { ...baseOrg, advisoryIds: [...baseOrg.advisoryIds, ...config.advisories.map((a) => a.id)] };
  const catalog = catalogFor(org.advisoryIds, config.advisories);
  const blocked = (report?.results ?? []).filter((r) => r.rule === 'no-answer-blocked').map((r) => r.target);
  const allowBlocked = () => {
    setAccessError(undefined);
    // Straight from the click: the browser only shows its permission prompt for a user gesture.
    browser.permissions.request({ origins: [...new Set(blocked.map(hostPattern))] }).then(
      (granted) => !granted && setAccessError('Access was not allowed, so these servers are not checked.'),
      (e: unknown) => setAccessError(`The browser could not ask for access: ${errorText(e)}`),
    );
  };

  const navigate = (next: Route) => {
    location.hash = routeHash(next);
    setStepMessage(undefined);
    setReportStatus(undefined);
  };

  const extras = (r: TargetResult): FindingExtras => {
    const progress = checklists[r.target];
    // A walk already started stays reachable after the server is switched off or fixed.
    const needsChecklist = !!progress || (r.verdict !== 'not-affected' && r.verdict !== 'unreachable');
    const summary = progress ? summarise(progress, r) : undefined;
    return {
      advisories: matchAdvisories(r, catalog),
      ...(needsChecklist ? { checklist: { started: !!progress, done: summary?.done ?? 0, total: summary?.total ?? 0 } } : {}),
      ...(progress?.attestation && attestationHolds(progress, r) ? { patchedAt: progress.attestation.at } : {}),
      rankAs: effectiveVerdict(r, progress),
    };
  };

  let view;
  if (route.name === 'advisories') {
    view = <AdvisoryList advisories={catalog} bundleDate={BUNDLE_DATE} onOpen={(id) => navigate({ name: 'advisory', id })} />;
  } else if (route.name === 'advisory') {
    const advisory = findAdvisory(catalog, route.id);
    view = advisory ? (
      <AdvisoryDetail advisory={advisory} onBack={() => navigate({ name: 'advisories' })} />
    ) : (
      <p class="error">There is no advisory {route.id} in this extension.</p>
    );
  } else if (route.name === 'faq') {
    view = <FaqView entries={faqEntries(org)} onOpenAdvisory={(id) => navigate({ name: 'advisory', id })} />;
  } else if (route.name === 'checklist') {
    const finding = report?.results.find((r) => r.target === route.target);
    if (!finding || !report) {
      view = <p class="error">There is no finding for {route.target}. Check this computer again first.</p>;
    } else {
      const progress = checklists[finding.target] ?? startProgress(finding.target, now, finding);
      const update = (change: (p: ChecklistProgress) => ChecklistProgress | undefined) =>
        void updateChecklist(finding.target, progress, change).catch((e: unknown) =>
          setError(`Progress could not be saved: ${errorText(e)}`),
        );
      const onStatus = (step: StepId, status: 'todo' | 'done' | 'skipped') => {
        const content = stepContent(step, org);
        const at = actionTime();
        update((p) => {
          const change = setStepStatus(p, step, status, at, content.verify ? 'verify' : content.attest ? 'attest' : undefined);
          if (change.ok) return change.progress;
          setStepMessage({ step, kind: 'error', text: change.reason });
          return undefined;
        });
      };
      const onVerify = (step: StepId) => {
        const kind = stepContent(step, org).verify;
        if (!kind) return;
        setVerifying(step);
        setStepMessage(undefined);
        requestScan([finding.target], true)
          .then((fresh) => {
            const result = fresh.results.find((r) => r.target === finding.target);
            if (!result) throw new Error('the address is no longer in the list');
            const at = actionTime();
            update((p) => {
              const change = confirmStep(p, step, kind, result, at);
              setStepMessage(
                change.ok
                  ? { step, kind: 'ok', text: change.progress.steps[step]?.note ?? 'Confirmed.' }
                  : { step, kind: 'error', text: change.reason },
              );
              return change.ok ? change.progress : undefined;
            });
          })
          .catch((e: unknown) => setStepMessage({ step, kind: 'error', text: `The check could not run: ${errorText(e)}` }))
          .finally(() => setVerifying(undefined));
      };
      const securityReport = buildSecurityReport({
        org,
        scan: report,
        checklists: { ...checklists, [finding.target]: progress },
        now,
        version: browser.runtime.getManifest().version,
      });
      view = (
        <ChecklistView
          finding={finding}
          progress={progress}
          org={org}
          report={securityReport}
          {...(verifying ? { verifying } : {})}
          {...(stepMessage ? { message: stepMessage } : {})}
          {...(reportStatus ? { reportStatus } : {})}
          fullPage={fullPage}
          onAnswer={(q: QuestionId, v: boolean) => update((p) => answerQuestion(p, q, v))}
          onChangeAnswers={() => update(resetAnswers)}
          onStatus={onStatus}
          onVerify={onVerify}
          onAttest={() => {
            const at = actionTime();
            update((p) => attestPatched(p, finding, at));
          }}
          onCopyReport={() =>
            void navigator.clipboard.writeText(securityReport.text).then(
              () => setReportStatus('Copied. Paste it into an e-mail or a ticket.'),
              (e: unknown) => setReportStatus(`Could not copy: ${errorText(e)}. Select the text and copy it instead.`),
            )
          }
          onDownloadReport={() => {
            downloadText(`code-red-report-${new Date(now).toISOString().slice(0, 10)}.json`, securityReport.json);
            setReportStatus('Saved as a JSON file in your downloads.');
          }}
          onOpenInTab={() => void browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?page=full${routeHash(route)}` })}
          onBack={() => navigate({ name: 'findings' })}
        />
      );
    }
  } else {
    view = (
      <>
        <HostAccessBanner targets={blocked} onAllow={allowBlocked} {...(accessError ? { error: accessError } : {})} />
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
  }

  return (
    <main class={fullPage ? 'popup full-page' : 'popup'} aria-busy={state.running}>
      <NavBar current={route.name} onNavigate={navigate} onOpenOptions={() => void browser.runtime.openOptionsPage()} />
      {view}
      {config.managed && (
        <p class="meta managed-note" data-testid="managed-note">
          Managed by {org.name === 'your organization' ? 'your IT department' : `${org.name}’s IT department`}.
        </p>
      )}
    </main>
  );
}
