// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { stepContent } from '../core/checklist/steps';
import { SEED_ORGANIZATION } from '../core/policy/organization';
import type { StepId } from '../core/checklist/types';
import { StepCard, type StepCardProps } from './StepCard';

afterEach(cleanup);

function renderStep(id: StepId, overrides: Partial<StepCardProps> = {}) {
  const callbacks = { onDone: vi.fn(), onSkip: vi.fn(), onUndo: vi.fn(), onVerify: vi.fn(), onAttest: vi.fn() };
  const view = render(
    <ol>
      <StepCard step={stepContent(id, SEED_ORGANIZATION)} index={0} current busy={false} {...callbacks} {...overrides} />
    </ol>,
  );
  return { ...view, ...callbacks };
}

describe('StepCard', () => {
  it('a plain step: Done and Skip, each calling back', () => {
    const { onDone, onSkip, container } = renderStep('update-antivirus');
    expect(container.querySelector('[data-status="todo"]')).not.toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    fireEvent.click(screen.getByRole('button', { name: 'Skip' }));
    expect(onDone).toHaveBeenCalledOnce();
    expect(onSkip).toHaveBeenCalledOnce();
  });

  it('a step that needs proof offers a fresh check, never a plain Done', () => {
    const { onVerify } = renderStep('turn-off-iis');
    expect(screen.queryByRole('button', { name: 'Done' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /check/i }));
    expect(onVerify).toHaveBeenCalledOnce();
  });

  it('while checking, the check button is disabled', () => {
    renderStep('turn-off-iis', { busy: true });
    expect((screen.getByRole('button', { name: /check/i }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('the patch is reported by the person', () => {
    const { onAttest } = renderStep('patch');
    fireEvent.click(screen.getByRole('button', { name: 'I have installed the patch' }));
    expect(onAttest).toHaveBeenCalledOnce();
  });

  it('a settled step shows its state in words and icon, its time, and Undo', () => {
    const { onUndo, container } = renderStep('update-antivirus', {
      record: { status: 'done', at: Date.UTC(2026, 10, 26, 9), note: { code: 'note_legacy', args: ['kept note'] } },
    });
    expect(container.querySelector('[data-status="done"] .step-state')?.textContent).toMatch(/✔ Done · .*2026/);
    expect(container.textContent).toContain('kept note');
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledOnce();
  });

  it('an error message is announced as an alert', () => {
    renderStep('turn-off-iis', { message: { kind: 'error', text: 'Something still answers.' } });
    expect(screen.getByRole('alert').textContent).toBe('Something still answers.');
  });
});
