import { canChangeAnswers, pathFinding } from '../core/checklist/progress';
import { stepContent } from '../core/checklist/steps';
import { nextQuestion, question as questionText } from '../core/checklist/tree';
import type { ChecklistProgress, QuestionId, StepId } from '../core/checklist/types';
import type { FindingView } from '../core/finding/finding';
import { formatDateTime } from '../core/text/format-time';
import { reportRecipient, type OrganizationProfile } from '../core/policy/organization';
import type { SecurityReport } from '../core/report/report';
import { t } from '../core/text/i18n';
import { verdictText } from '../core/verdict/verdict-text';
import { ReportPanel } from './ReportPanel';
import { StepCard } from './StepCard';

export interface ChecklistViewProps {
  /** The finding view with this walk's progress (core/finding): its verdict, steps and summary are rendered as they are. */
  view: FindingView;
  progress: ChecklistProgress;
  org: OrganizationProfile;
  report: SecurityReport;
  /** Which step is being verified by a fresh check right now. */
  verifying?: StepId;
  message?: { step: StepId; kind: 'error' | 'ok'; text: string };
  reportStatus?: string;
  fullPage: boolean;
  onAnswer: (question: QuestionId, value: boolean) => void;
  onChangeAnswers: () => void;
  onStatus: (step: StepId, status: 'todo' | 'done' | 'skipped') => void;
  onVerify: (step: StepId) => void;
  onAttest: () => void;
  onCopyReport: () => void;
  onDownloadReport: () => void;
  onOpenInTab: () => void;
  onBack: () => void;
}

export function ChecklistView(props: ChecklistViewProps) {
  const { view, progress, org, report, verifying, message } = props;
  const finding = view.evidence;
  const path = pathFinding(progress, finding);
  const open = nextQuestion(progress.answers, path);
  const q = open ? questionText(open) : undefined;
  const summary = view.checklist ?? { steps: [], done: 0, total: 0 };
  // Steps as the latest evidence shows them (a verified step a later check contradicts reads "to do", with why).
  const records = view.steps;
  const verdict = verdictText(view.verdict, view.basis);
  const recipient = reportRecipient(org);
  return (
    <section class="checklist" aria-labelledby="checklist-h" data-checklist={finding.target}>
      <div class="row-between">
        <button type="button" class="link-button back" onClick={props.onBack}>
          {t('cl_back')}
        </button>
        {!props.fullPage && (
          <button type="button" class="link-button" onClick={props.onOpenInTab}>
            {t('cl_open_tab')}
          </button>
        )}
      </div>
      <h2 id="checklist-h">{t('cl_heading', finding.target)}</h2>
      <p class={`chip-line verdict-${view.verdict}`} data-verdict={view.verdict}>
        <span class="chip">
          <span aria-hidden="true">{verdict.icon}</span> {verdict.label}
        </span>{' '}
        {verdict.headline}
      </p>
      {progress.attestationDropped && !progress.attestation && (
        <p class="notice" role="alert">
          {t('cl_attestation_dropped', formatDateTime(progress.attestationDropped.reportedAt))}
        </p>
      )}

      {q ? (
        <div class="question" data-question={q.id}>
          <h3>{q.text}</h3>
          <p class="meta">{q.help}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => props.onAnswer(q.id, true)}>
              {q.yes}
            </button>
            <button type="button" class="primary" onClick={() => props.onAnswer(q.id, false)}>
              {q.no}
            </button>
          </div>
        </div>
      ) : (
        <>
          <div class="progress-line">
            <progress max={summary.total} value={summary.done} aria-label={t('cl_progress_label')} />
            <span data-testid="progress-text">{t('cl_progress', summary.done, summary.total)}</span>
            {canChangeAnswers(progress, finding) && (
              <button type="button" class="link-button" onClick={props.onChangeAnswers}>
                {t('cl_change_answers')}
              </button>
            )}
          </div>
          <ol class="steps">
            {summary.steps.map((id, i) => {
              const step = stepContent(id, org);
              const record = records[id];
              return (
                <StepCard
                  key={id}
                  step={step}
                  index={i}
                  {...(record ? { record } : {})}
                  current={summary.current === id}
                  busy={verifying === id}
                  {...(message?.step === id ? { message: { kind: message.kind, text: message.text } } : {})}
                  onDone={() => props.onStatus(id, 'done')}
                  onSkip={() => props.onStatus(id, 'skipped')}
                  onUndo={() => props.onStatus(id, 'todo')}
                  onVerify={() => props.onVerify(id)}
                  onAttest={props.onAttest}
                >
                  {id === 'report' && (
                    <ReportPanel
                      report={report}
                      recipientLabel={recipient ? `${org.securityTeam.name} (${recipient})` : org.securityTeam.name}
                      {...(props.reportStatus ? { status: props.reportStatus } : {})}
                      onCopy={props.onCopyReport}
                      onDownload={props.onDownloadReport}
                    />
                  )}
                </StepCard>
              );
            })}
          </ol>
          {summary.total > 0 && summary.done === summary.total && (
            <p class="ok" role="status" data-testid="checklist-complete">
              {t('cl_complete')}
            </p>
          )}
        </>
      )}
    </section>
  );
}
