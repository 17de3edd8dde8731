// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readScanReport } from '../core/storage/stored-report';
import type { TargetResult } from '../core/verdict/evidence';
import { FindingsView, type FindingExtras, type FindingsViewProps } from './FindingsView';
import { anyOr } from '../tests/fuzz/hostile';
import { exposedFinding, refusedFinding, validReport } from '../tests/fuzz/samples';

afterEach(cleanup);

const extras = (r: TargetResult): FindingExtras => ({ advisories: [], rankAs: r.verdict });

function props(overrides: Partial<FindingsViewProps> = {}): FindingsViewProps {
  return {
    report: validReport,
    running: false,
    now: validReport.finishedAt + 60_000,
    extras,
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

  it('the summary counts a reported patch as the badge does, not by the raw verdict', () => {
    const patched = (r: TargetResult): FindingExtras => ({ advisories: [], rankAs: r.verdict === 'exposed' ? 'mitigated' : r.verdict });
    render(<FindingsView {...props({ extras: patched })} />);
    expect(screen.getByTestId('summary').textContent).toMatch(/No server here is at risk/);
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
    const broken = (r: TargetResult): FindingExtras => {
      if (r.target === exposedFinding.target) throw new Error('bad advisory data');
      return extras(r);
    };
    const { container } = render(<FindingsView {...props({ extras: broken })} />);
    expect(screen.getByTestId('part-error').textContent).toMatch(/bad advisory data/);
    expect(container.querySelector(`[data-target="${refusedFinding.target}"]`)).not.toBeNull();
    expect(screen.getByTestId('check-all')).toBeTruthy();
  });

  it('shows a hostile banner and reasons as text, never as markup', () => {
    const hostile = { ...exposedFinding, banner: '<img src=x onerror=alert(1)>', reasons: ['<script>alert(2)</script>'] };
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
