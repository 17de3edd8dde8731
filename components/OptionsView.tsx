import { ReportingStatus, type ReportingStatusProps } from './ReportingStatus';
import { FeedStatus, type FeedStatusProps } from './FeedStatus';
import { useState } from 'preact/hooks';
import type { EffectiveSettings } from '../core/policy/apply';
import type { PolicyProblem } from '../core/policy/validate';
import { t } from '../core/text/i18n';
import { MAX_INTERVAL_HOURS, MIN_INTERVAL_HOURS, addTarget, parseInterval, removeTarget, type Settings } from '../core/policy/settings';
import { extraPermissionFor } from '../core/probe/targets';
import { ManagedMark } from './ManagedMark';
import { PolicyProblems } from './PolicyProblems';

export interface OptionsViewProps {
  /** The user's own saved settings. */
  settings: Settings;
  /** The settings in force, with what IT decided. */
  effective: EffectiveSettings;
  /** Stored values that could not be used, in plain words. */
  problems: string[];
  policyProblems: PolicyProblem[];
  /** Set when the browser is managed: names who manages it. */
  managedBy?: string;
  /** Saves the settings; resolves with an error message when saving failed. */
  onSave: (next: Settings) => Promise<string | undefined>;
  /** Asks the browser for access to one more loopback origin; must be called straight from a click. */
  onRequestPermission: (pattern: string) => Promise<boolean>;
  /** Set when IT's policy sends results to its SIEM. */
  reporting?: ReportingStatusProps;
  /** Set when IT's policy names an advisory feed. */
  feed?: FeedStatusProps;
  /** Opens the privacy policy the extension ships (privacy.html, from docs/privacy.md). */
  onOpenPrivacy: () => void;
}

type Message = { kind: 'error' | 'ok'; text: string } | undefined;

export function OptionsView({
  settings,
  effective,
  problems,
  policyProblems,
  managedBy,
  onSave,
  onRequestPermission,
  reporting,
  feed,
  onOpenPrivacy,
}: OptionsViewProps) {
  const [draft, setDraft] = useState('');
  const [targetMessage, setTargetMessage] = useState<Message>();
  const [interval, setIntervalText] = useState(String(settings.scanIntervalHours));
  const [intervalMessage, setIntervalMessage] = useState<Message>();
  const [notifyMessage, setNotifyMessage] = useState<Message>();
  const targetsLocked = effective.managed.has('targets');
  const intervalLocked = effective.managed.has('scanIntervalHours');
  const notifyLocked = effective.managed.has('notifications');

  async function save(next: Settings, setMessage: (m: Message) => void, ok: string): Promise<boolean> {
    const error = await onSave(next);
    setMessage(error ? { kind: 'error', text: t('opt_not_saved', error) } : { kind: 'ok', text: ok });
    return !error;
  }

  async function handleAdd(event: Event) {
    event.preventDefault();
    const edit = addTarget(settings.targets, draft);
    if (!edit.ok) {
      setTargetMessage({ kind: 'error', text: edit.error });
      return;
    }
    const added = edit.targets[edit.targets.length - 1] ?? '';
    const pattern = extraPermissionFor(added);
    // The first await in this handler, so the browser still sees the click that asked for it.
    if (pattern && !(await onRequestPermission(pattern))) {
      setTargetMessage({ kind: 'error', text: t('opt_permission_denied', added) });
      return;
    }
    if (await save({ ...settings, targets: edit.targets }, setTargetMessage, t('opt_added', added))) setDraft('');
  }

  async function handleRemove(target: string) {
    const edit = removeTarget(settings.targets, target);
    if (!edit.ok) {
      setTargetMessage({ kind: 'error', text: edit.error });
      return;
    }
    await save({ ...settings, targets: edit.targets }, setTargetMessage, t('opt_removed', target));
  }

  async function handleInterval(event: Event) {
    event.preventDefault();
    const parsed = parseInterval(interval);
    if (!parsed.ok) {
      setIntervalMessage({ kind: 'error', text: parsed.error });
      return;
    }
    await save({ ...settings, scanIntervalHours: parsed.hours }, setIntervalMessage, t('opt_interval_saved', parsed.hours));
  }

  const ownTargets = targetsLocked ? effective.settings.targets.filter((t) => !effective.itTargets.includes(t)) : settings.targets;

  return (
    <main class="options">
      <h1>{t('opt_title')}</h1>
      {managedBy && (
        <p class="meta" data-testid="managed-by">
          {t('opt_managed_by', managedBy)}
        </p>
      )}
      <PolicyProblems problems={policyProblems} />
      {problems.map((p) => (
        <p key={p} class="notice" role="alert">
          {p}
        </p>
      ))}

      <section aria-labelledby="targets-h">
        <h2 id="targets-h">
          {t('opt_targets_heading')} {targetsLocked && <ManagedMark id="targets-managed" />}
        </h2>
        <p>
          {t('opt_targets_body')} <code>GET /</code>, <code>GET /NULL.ida</code>.
        </p>
        <ul class="target-list" data-testid="target-list">
          {ownTargets.map((target) => (
            <li key={target}>
              <code>{target}</code>
              {!targetsLocked && (
                <button
                  type="button"
                  class="secondary"
                  onClick={() => void handleRemove(target)}
                  aria-label={t('opt_remove_label', target)}
                >
                  {t('opt_remove')}
                </button>
              )}
            </li>
          ))}
          {effective.itTargets.map((target) => (
            <li key={target} data-it-target={target}>
              <code>{target}</code>
              <ManagedMark id={`it-${target}`} />
            </li>
          ))}
        </ul>
        {!targetsLocked && (
          <form onSubmit={(e) => void handleAdd(e)} noValidate>
            <label for="new-target">{t('opt_add_label')}</label>
            <div class="row">
              <input
                id="new-target"
                type="text"
                // An address is typed left to right in every language.
                dir="ltr"
                inputMode="url"
                autoComplete="off"
                spellcheck={false}
                placeholder="http://127.0.0.1:8080/"
                value={draft}
                onInput={(e) => setDraft(e.currentTarget.value)}
                aria-invalid={targetMessage?.kind === 'error'}
                aria-describedby="target-message"
              />
              <button type="submit" class="primary">
                {t('opt_add')}
              </button>
            </div>
          </form>
        )}
        <p
          id="target-message"
          class={targetMessage?.kind ?? ''}
          role={targetMessage?.kind === 'error' ? 'alert' : 'status'}
          data-testid="target-message"
        >
          {targetMessage?.text ?? ''}
        </p>
      </section>

      <section aria-labelledby="schedule-h">
        <h2 id="schedule-h">{t('opt_schedule_heading')}</h2>
        <form onSubmit={(e) => void handleInterval(e)} noValidate>
          <label for="interval">
            {t('opt_interval_label')} {intervalLocked && <ManagedMark id="interval-managed" />}
          </label>
          <div class="row">
            <input
              id="interval"
              type="number"
              min={MIN_INTERVAL_HOURS}
              max={MAX_INTERVAL_HOURS}
              step={1}
              value={intervalLocked ? String(effective.settings.scanIntervalHours) : interval}
              disabled={intervalLocked}
              onInput={(e) => setIntervalText(e.currentTarget.value)}
              aria-invalid={intervalMessage?.kind === 'error'}
              aria-describedby={intervalLocked ? 'interval-managed interval-message' : 'interval-message'}
            />
            {!intervalLocked && (
              <button type="submit" class="primary">
                {t('opt_save')}
              </button>
            )}
          </div>
          <p
            id="interval-message"
            class={intervalMessage?.kind ?? ''}
            role={intervalMessage?.kind === 'error' ? 'alert' : 'status'}
            data-testid="interval-message"
          >
            {intervalMessage?.text ?? ''}
          </p>
        </form>
      </section>

      <section aria-labelledby="notify-h">
        <h2 id="notify-h">{t('opt_notify_heading')}</h2>
        <label class="check">
          <input
            type="checkbox"
            checked={effective.settings.notifications}
            disabled={notifyLocked}
            onChange={(e) => {
              const on = e.currentTarget.checked;
              void save({ ...settings, notifications: on }, setNotifyMessage, on ? t('opt_notify_on') : t('opt_notify_off'));
            }}
          />{' '}
          {t('opt_notify_label')} {notifyLocked && <ManagedMark id="notify-managed" />}
        </label>
        <p class={notifyMessage?.kind ?? ''} role="status">
          {notifyMessage?.text ?? ''}
        </p>
      </section>
      {reporting && <ReportingStatus {...reporting} />}
      {feed && <FeedStatus {...feed} />}
      <p class="privacy">
        <button type="button" class="link-button" onClick={onOpenPrivacy}>
          {t('opt_privacy')}
        </button>
      </p>
    </main>
  );
}
