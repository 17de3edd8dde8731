import type { ComponentChildren } from 'preact';
import type { ChecklistStep, StepRecord } from '../core/checklist/types';
import { formatDateTime } from '../core/text/format-time';
import { stepNoteText } from '../core/checklist/notes';
import { t } from '../core/text/i18n';
import { LinkList } from './LinkList';

export interface StepCardProps {
  step: ChecklistStep;
  index: number;
  record?: StepRecord;
  current: boolean;
  busy: boolean;
  message?: { kind: 'error' | 'ok'; text: string };
  /** Extra content, e.g. the report panel. */
  children?: ComponentChildren;
  onDone: () => void;
  onSkip: () => void;
  onUndo: () => void;
  onVerify: () => void;
  onAttest: () => void;
}

const STATUS_TEXT = { todo: 'step_status_todo', done: 'step_status_done', skipped: 'step_status_skipped' } as const;
const STATUS_ICON = { todo: '\u25cb', done: '\u2714', skipped: '\u21b7' } as const;

export function StepCard({
  step,
  index,
  record,
  current,
  busy,
  message,
  children,
  onDone,
  onSkip,
  onUndo,
  onVerify,
  onAttest,
}: StepCardProps) {
  const status = record?.status ?? 'todo';
  const headingId = `step-${step.id}`;
  return (
    <li class={`step step-${status}${current ? ' current' : ''}`} data-step={step.id} data-status={status} aria-labelledby={headingId}>
      <details open={current || undefined}>
        <summary>
          <span class="step-state">
            <span aria-hidden="true">{STATUS_ICON[status]}</span> {t(STATUS_TEXT[status])}
            {record && status !== 'todo' ? ` \u00b7 ${formatDateTime(record.at)}` : ''}
          </span>
          <span id={headingId} class="step-title">
            {index + 1}. {step.optional ? t('step_optional', step.title) : step.title}
          </span>
        </summary>
        {step.body.map((p) => (
          <p key={p}>{p}</p>
        ))}
        {step.commands && (
          <pre class="commands">
            <code>{step.commands.join('\n')}</code>
          </pre>
        )}
        {step.guides?.map((g) => (
          <div key={g.title} class="guide">
            {/* h3: the checklist heading is the h2, and a step title is its summary, not a heading. */}
            <h3>{g.title}</h3>
            <ol>
              {g.steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
          </div>
        ))}
        {step.links && <LinkList links={step.links} />}
        {children}
        {record?.note && <p class="meta">{stepNoteText(record, t)}</p>}
        <div class="actions">
          {status === 'todo' ? (
            <>
              {step.verify ? (
                <button type="button" class="primary" onClick={onVerify} disabled={busy}>
                  {busy ? t('step_checking') : t('step_check_now')}
                </button>
              ) : step.attest ? (
                <button type="button" class="primary" onClick={onAttest}>
                  {t('step_attest')}
                </button>
              ) : (
                <button type="button" class="primary" onClick={onDone}>
                  {step.id === 'report' ? t('step_sent') : t('step_done')}
                </button>
              )}
              <button type="button" class="secondary" onClick={onSkip}>
                {t('step_skip')}
              </button>
            </>
          ) : (
            <button type="button" class="secondary" onClick={onUndo}>
              {t('step_undo')}
            </button>
          )}
        </div>
        {message && (
          <p class={message.kind} role={message.kind === 'error' ? 'alert' : 'status'} data-testid={`step-message-${step.id}`}>
            {message.text}
          </p>
        )}
      </details>
    </li>
  );
}
