// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findingHead, type FindingHead } from '../core/finding/current';
import type { TargetResult } from '../core/verdict/evidence';
import { VERDICTS, type Verdict } from '../core/verdict/verdict';
import { TargetCard, type TargetCardProps } from './TargetCard';
import { exposedFinding, refusedFinding } from '../tests/fuzz/samples';

afterEach(cleanup);

function renderCard(result: TargetResult, overrides: Partial<TargetCardProps> = {}, head: Partial<FindingHead> = {}) {
  const callbacks = { onCheckAgain: vi.fn(), onOpenAdvisory: vi.fn(), onOpenChecklist: vi.fn() };
  const finding = { ...findingHead(result, undefined), ...head };
  const view = render(
    <TargetCard finding={finding} now={result.checkedAt + 120_000} busy={false} advisories={[]} {...callbacks} {...overrides} />,
  );
  return { ...view, ...callbacks };
}

describe('TargetCard', () => {
  it.each(VERDICTS)('%s: the verdict in words and an icon, never colour alone', (verdict: Verdict) => {
    const { container } = renderCard(exposedFinding, {}, { verdict });
    const chip = container.querySelector('.chip');
    expect(container.querySelector(`[data-verdict="${verdict}"]`)).not.toBeNull();
    expect(chip?.querySelector('.icon')?.textContent?.trim()).not.toBe('');
    expect(chip?.textContent?.replace(chip.querySelector('.icon')?.textContent ?? '', '').trim().length).toBeGreaterThan(2);
  });

  it('says when it was checked, and "Check again" calls back with the target', () => {
    const { onCheckAgain, container } = renderCard(exposedFinding);
    expect(container.textContent).toMatch(/2 minutes ago/);
    fireEvent.click(screen.getByRole('button', { name: /check again/i }));
    expect(onCheckAgain).toHaveBeenCalledWith(exposedFinding.target);
  });

  it('offers the guided fix when the finding has one, and opens it for this target', () => {
    const { onOpenChecklist } = renderCard(exposedFinding, {}, { fix: { started: false, done: 0, total: 0 } });
    fireEvent.click(screen.getByTestId('open-checklist'));
    expect(onOpenChecklist).toHaveBeenCalledWith(exposedFinding.target);
  });

  it('shows a reported patch with its date', () => {
    const { container } = renderCard(exposedFinding, {}, { patchedAt: Date.UTC(2026, 10, 20) });
    expect(container.textContent).toMatch(/Patched \(reported by you/);
  });

  it('says in the UI\u2019s words when the browser gave no reason and "refused" was inferred', () => {
    const request = { ...refusedFinding.requests[0], errorInferred: true as const } as TargetResult['requests'][number];
    const { container } = renderCard({ ...refusedFinding, requests: [request] });
    expect(container.textContent).toContain(
      'The browser gives no reason; on this computer\u2019s own address that means nothing accepted the connection.',
    );
  });

  it('shows the evidence: each request and the raw Server header', () => {
    const { container } = renderCard(exposedFinding);
    expect(container.textContent).toContain('/NULL.ida');
    expect(container.textContent).toContain('Microsoft-IIS/5.0');
  });
});
