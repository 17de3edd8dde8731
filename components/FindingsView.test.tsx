// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readScanReport } from '../core/storage/stored-report';
import type { TargetResult } from '../core/verdict/evidence';
import { findingHead } from '../core/finding/current';
import { FindingsView, type FindingCardData, type FindingsViewProps } from './FindingsView';
import { anyOr } from '../tests/fuzz/hostile';
import { exposedFinding, refusedFinding, validReport } from '../tests/fuzz/samples';

afterEach(cleanup);

const cardData = (r: TargetResult): FindingCardData => ({ view: findingHead(r, undefined), advisories: [] });

function props(overrides: Partial<FindingsViewProps> = {}): FindingsViewProps {
  return {
    report: validReport,
    running: false,
    now: validReport.finishedAt + 60_000,
    cardData,
    problems: [],
    onCheckAll: vi.fn(),
    onCheckTarget: vi.fn(),
    onOpenAdvisory: vi.fn(),
    onOpenChecklist: vi.fn(),
    ...overrides,
  };
}

/** Elements a hostile string would create if it were ever parsed as markup. */
const injected = (root: Element) =>
  root.querySelectorAll('img, script, iframe, object, embed, svg, [onerror], [onclick], a[href^="javascript:"]');

describe('FindingsView', () => {
  it('shows each verdict in words, worst first, with the quiet addresses folded away', () => {
    const { container } = render(<FindingsView {...props()} />);
    const cards = [...container.querySelectorAll('[data-verdict]')].map((c) => c.getAttribute('data-verdict'));
    expect(cards).toEqual(['exposed', 'unreachable']);
    expect(container.querySelector('details.quiet-list [data-verdict="unreachable"]')).not.toBeNull();
    expect(container.querySelector('[data-verdict="exposed"] .chip')?.textContent).toMatch(/Exposed/i);
    expect(container.querySelector('footer.honesty')?.textContent).toMatch(/GET \/NULL\.ida/);
  });

  it('the card and the summary render the finding view, not the evidence: a reported patch reads mitigated on both', () => {
    const patched = (r: TargetResult): FindingCardData => {
      const view = findingHead(r, undefined);
      return {
        view: view.verdict === 'exposed' ? { ...view, verdict: 'mitigated', tone: 'good', needsAction: false } : view,
        advisories: [],
      };
    };
    const { container } = render(<FindingsView {...props({ cardData: patched })} />);
    expect(screen.getByTestId('summary').textContent).toMatch(/No server here is at risk/);
    expect(container.querySelector(`[data-target="${exposedFinding.target}"]`)?.getAttribute('data-verdict')).toBe('mitigated');
    expect(container.querySelector(`[data-target="${exposedFinding.target}"] .chip`)?.textContent).toMatch(/Patched|Protected|mitigated/i);
    cleanup();
    render(<FindingsView {...props()} />);
    expect(screen.getByTestId('summary').textContent).toMatch(/needs your attention/i);
  });

  it('calls back with the target when "Check again" is pressed, and for "Check all"', () => {
    const p = props();
    const { container } = render(<FindingsView {...p} />);
    fireEvent.click(screen.getByTestId('check-all'));
    expect(p.onCheckAll).toHaveBeenCalledOnce();
    const card = container.querySelector(`[data-target="${exposedFinding.target}"]`) as HTMLElement;
    fireEvent.click(within(card).getByRole('button', { name: /check again/i }));
    expect(p.onCheckTarget).toHaveBeenCalledWith(exposedFinding.target);
  });

  it('keeps the other cards and the buttons when one finding cannot be shown', () => {
    const broken = (r: TargetResult): FindingCardData => {
      if (r.target === exposedFinding.target) throw new Error('bad advisory data');
      return cardData(r);
    };
    const { container } = render(<FindingsView {...props({ cardData: broken })} />);
    expect(screen.getByTestId('part-error').textContent).toMatch(/bad advisory data/);
    expect(container.querySelector(`[data-target="${refusedFinding.target}"]`)).not.toBeNull();
    expect(screen.getByTestId('check-all')).toBeTruthy();
  });

  it('a blocked probe is "could not check": in view, not folded with the quiet ones, counted in the summary, never safe', () => {
    const blocked: TargetResult = {
      ...refusedFinding,
      target: 'http://127.0.0.2/',
      verdict: 'unreachable',
      requests: [{ path: '/', url: 'http://127.0.0.2/', error: 'blocked', startedAt: refusedFinding.checkedAt, durationMs: 0 }],
    };
    const { container } = render(<FindingsView {...props({ report: { ...validReport, results: [refusedFinding, blocked] } })} />);
    const card = container.querySelector('[data-target="http://127.0.0.2/"]');
    expect(card?.getAttribute('data-verdict')).toBe('not-checked');
    expect(card?.closest('details')).toBeNull();
    expect(card?.textContent).toMatch(/Could not check/);
    expect(screen.getByTestId('summary').getAttribute('data-summary')).toBe('not-checked');
    expect(screen.getByTestId('summary').textContent).toMatch(/1 address could not be checked/);
    expect(screen.getByTestId('summary').className).not.toMatch(/tone-good/);
  });

  it('counts addresses not checked beside a finding at risk', () => {
    const blocked = { ...refusedFinding, target: 'http://127.0.0.2/', requests: [] };
    render(<FindingsView {...props({ report: { ...validReport, results: [exposedFinding, blocked] } })} />);
    expect(screen.getByTestId('summary-not-checked').textContent).toMatch(/1 more address/);
  });

  it('shows a hostile banner and reasons as text, never as markup', () => {
    const hostile = {
      ...exposedFinding,
      banner: '<img src=x onerror=alert(1)>',
      reasons: [{ code: 'why_unrecognised' as const, args: ['<script>alert(2)</script>'] }],
    };
    const { container } = render(<FindingsView {...props({ report: { ...validReport, results: [hostile] } })} />);
    expect(injected(container)).toHaveLength(0);
    expect(container.textContent).toContain('<script>alert(2)</script>');
  });

  it('fuzz: renders whatever the stored-report reader lets through, without throwing or creating markup', () => {
    fc.assert(
      fc.property(anyOr(validReport), (raw) => {
        const report = readScanReport(raw);
        const { container, unmount } = render(<FindingsView {...props({ report })} />);
        expect(injected(container)).toHaveLength(0);
        expect(container.querySelectorAll('[data-testid="part-error"]')).toHaveLength(0);
        unmount();
      }),
      { numRuns: 50 },
    );
  });
});
