import { progressFor } from '../../core/checklist/stored';
// The views behind the findings: advisories, the checklist with its report,
// and the FAQ. Part of the chunk the popup loads after its first paint.
import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { BUNDLE_DATE, findAdvisory } from '../../core/advisories/catalog';
import type { Advisory } from '../../core/advisories/types';
import type { ChecklistAction } from '../../core/checklist/actions';
import { noteText, type Note } from '../../core/checklist/notes';
import { startProgress } from '../../core/checklist/progress';
import type { ChecklistProgress, QuestionId, StepId } from '../../core/checklist/types';
import type { ScanReport, TargetResult } from '../../core/verdict/evidence';
import { faqEntries } from '../../core/views/faq';
import { t } from '../../core/text/i18n';
import type { OrganizationProfile } from '../../core/policy/organization';
import { buildSecurityReport } from '../../core/report/report';
import { routeHash, type Route } from '../../core/views/route';
import { AdvisoryDetail } from '../../components/AdvisoryDetail';
import { AdvisoryList } from '../../components/AdvisoryList';
import { ChecklistView } from '../../components/ChecklistView';
import { findingView } from '../../core/finding/finding';
import { FaqView } from '../../components/FaqView';
import { requestChecklistChange } from '../../utils/messages';
import { downloadText } from '../../utils/report-file';

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));

export interface PageProps {
  route: Exclude<Route, { name: 'findings' }>;
  org: OrganizationProfile;
  catalog: Advisory[];
  feedStale?: { lastSuccessAt?: number };
  report: ScanReport | null;
  checklists: Record<string, ChecklistProgress>;
  now: number;
  fullPage: boolean;
  navigate: (route: Route) => void;
}

export function Page(props: PageProps) {
  const { route, catalog, navigate } = props;
  switch (route.name) {
    case 'advisories':
      return (
        <AdvisoryList
          advisories={catalog}
          bundleDate={BUNDLE_DATE}
          onOpen={(id) => navigate({ name: 'advisory', id })}
          {...(props.feedStale ? { feedStale: props.feedStale } : {})}
        />
      );
    case 'advisory': {
      const advisory = findAdvisory(catalog, route.id);
      return advisory ? (
        <AdvisoryDetail advisory={advisory} onBack={() => navigate({ name: 'advisories' })} />
      ) : (
        <p class="error">{t('adv_missing', route.id)}</p>
      );
    }
    case 'faq':
      return <FaqView entries={faqEntries(props.org)} onOpenAdvisory={(id) => navigate({ name: 'advisory', id })} />;
    case 'checklist': {
      const finding = props.report?.results.find((r) => r.target === route.target);
      if (!finding || !props.report) return <p class="error">{t('finding_missing', route.target)}</p>;
      return <ChecklistPage {...props} route={route} finding={finding} scan={props.report} />;
    }
  }
}

/** The checklist for one finding: shows its stored progress; changes go to the background, its one writer. */
function ChecklistPage(props: PageProps & { route: { name: 'checklist'; target: string }; finding: TargetResult; scan: ScanReport }) {
  const { finding, org, checklists, now } = props;
  const [verifying, setVerifying] = useState<StepId>();
  const [message, setMessage] = useState<{ step: StepId; kind: 'error' | 'ok'; text: string }>();
  const [reportStatus, setReportStatus] = useState<string>();
  const progress = progressFor(checklists, finding.target) ?? startProgress(finding.target, now, finding);

  /** Sends one change; the view updates from storage when the background has written it. */
  const change = (step: StepId, action: ChecklistAction, onOk?: (note: Note | undefined) => void) =>
    requestChecklistChange(finding.target, action).then(
      (result) => (result.ok ? onOk?.(result.note) : setMessage({ step, kind: 'error', text: noteText(result.reason, t) })),
      (e: unknown) => setMessage({ step, kind: 'error', text: t('err_save_failed', errorText(e)) }),
    );
  const onVerify = (step: StepId) => {
    setVerifying(step);
    setMessage(undefined);
    void change(step, { kind: 'confirm', step }, (note) =>
      setMessage({ step, kind: 'ok', text: note ? noteText(note, t) : t('msg_confirmed') }),
    ).finally(() => setVerifying(undefined));
  };
  const report = buildSecurityReport({
    org,
    scan: props.scan,
    checklists: { ...checklists, [finding.target]: progress },
    now,
    version: browser.runtime.getManifest().version,
  });
  return (
    <ChecklistView
      view={findingView(finding, progress)}
      progress={progress}
      org={org}
      report={report}
      {...(verifying ? { verifying } : {})}
      {...(message ? { message } : {})}
      {...(reportStatus ? { reportStatus } : {})}
      fullPage={props.fullPage}
      onAnswer={(question: QuestionId, value: boolean) => void change('report', { kind: 'answer', question, value })}
      onChangeAnswers={() => void change('report', { kind: 'reset-answers' })}
      onStatus={(step, status) => void change(step, { kind: 'set-status', step, status })}
      onVerify={onVerify}
      onAttest={() => void change('patch', { kind: 'attest' })}
      onCopyReport={() =>
        void navigator.clipboard.writeText(report.text).then(
          () => setReportStatus(t('msg_copied')),
          (e: unknown) => setReportStatus(t('msg_copy_failed', errorText(e))),
        )
      }
      onDownloadReport={() => {
        downloadText(`code-red-report-${new Date(now).toISOString().slice(0, 10)}.json`, report.json);
        setReportStatus(t('msg_saved_json'));
      }}
      onOpenInTab={() => void browser.tabs.create({ url: `${browser.runtime.getURL('/popup.html')}?page=full${routeHash(props.route)}` })}
      onBack={() => props.navigate({ name: 'findings' })}
    />
  );
}
