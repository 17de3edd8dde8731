import { pathFinding, summarise } from '../core/checklist/progress';
import { stepContent } from '../core/checklist/steps';
import { QUESTIONS, nextQuestion } from '../core/checklist/tree';
import type { ChecklistProgress, QuestionId, StepId } from '../core/checklist/types';
import type { TargetResult } from '../core/evidence';
import { formatDateTime } from '../core/format-time';
import { reportRecipient, type OrganizationProfile } from '../core/organization';
import type { SecurityReport } from '../core/report';
import { verdictText } from '../core/verdict-text';
import { ReportPanel } from './ReportPanel';
import { StepCard } from './StepCard';

export interface ChecklistViewProps {
  finding: TargetResult;
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
  const { finding, progress, org, report, verifying, message } = props;
  const question = nextQuestion(progress.answers, pathFinding(progress, finding));
  const summary = summarise(progress, finding);
  const verdict = verdictText(finding.verdict);
  const recipient = reportRecipient(org);
  return (
    <section class="checklist" aria-labelledby="checklist-h" data-checklist={finding.target}>
      <div class="row-between">
        <button type="button" class="link-button back" onClick={props.onBack}>
          {'\u2190'} This computer
        </button>
        {!props.fullPage && (
          <button type="button" class="link-button" onClick={props.onOpenInTab}>
            Open in a tab
          </button>
        )}
      </div>
      <h2 id="checklist-h">Guided fix for {finding.target}</h2>
      <p class={`chip-line verdict-${finding.verdict}`}>
        <span class="chip">
          <span aria-hidden="true">{verdict.icon}</span> {verdict.label}
        </span>{' '}
        {verdict.headline}
      </p>
      {progress.attestationDropped && !progress.attestation && (
        <p class="notice" role="alert">
          You reported this server patched on {formatDateTime(progress.attestationDropped.reportedAt)}, but its answers have changed since.
          Check the patch again.
        </p>
      )}

      {question ? (
        <div class="question" data-question={question}>
          <h3>{QUESTIONS[question].text}</h3>
          <p class="meta">{QUESTIONS[question].help}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => props.onAnswer(question, true)}>
              {QUESTIONS[question].yes}
            </button>
            <button type="button" class="primary" onClick={() => props.onAnswer(question, false)}>
              {QUESTIONS[question].no}
            </button>
          </div>
        </div>
      ) : (
        <>
          <div class="progress-line">
            <progress max={summary.total} value={summary.done} aria-label="Checklist progress" />
            <span data-testid="progress-text">
              {summary.done} of {summary.total} steps
            </span>
            {pathFinding(progress, finding).verdict !== 'infected' && (
              <button type="button" class="link-button" onClick={props.onChangeAnswers}>
                Change my answers
              </button>
            )}
          </div>
          <ol class="steps">
            {summary.steps.map((id, i) => {
              const step = stepContent(id, org);
              const record = progress.steps[id];
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
              All steps are done. Thank you for fixing this server.
            </p>
          )}
        </>
      )}
    </section>
  );
}
