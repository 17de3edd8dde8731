// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ReportingStatus } from './ReportingStatus';

afterEach(cleanup);

describe('ReportingStatus', () => {
  it('says reporting is set by IT, where it goes and what is sent, with the delivery state', () => {
    render(
      <ReportingStatus
        endpoint="https://siem.example.edu/in"
        queued={3}
        lastDeliveredAt={Date.UTC(2026, 10, 26, 9)}
        lastError={{ at: Date.UTC(2026, 10, 26, 10), problem: { code: 'fleet_err_http', status: 503 } }}
      />,
    );
    const section = screen.getByTestId('reporting-status');
    expect(section.textContent).toContain('Set by your IT department');
    expect(section.textContent).toContain('siem.example.edu');
    expect(section.textContent).toContain('Never page contents');
    expect(screen.getByTestId('reporting-queued').textContent).toBe('3');
    expect(section.textContent).toContain('HTTP 503');
  });

  it('says when nothing was delivered yet', () => {
    render(<ReportingStatus endpoint="http://127.0.0.1:8088/services/collector/event" queued={0} />);
    expect(screen.getByTestId('reporting-status').textContent).toContain('Not yet');
  });

  it('offers the one-click Allow only when the collector host is not reachable yet, and says when it was refused', async () => {
    const asked: number[] = [];
    const { rerender } = render(
      <ReportingStatus endpoint="https://siem.example.edu/in" queued={2} hostAccess={false} onAllow={async () => asked.push(1) < 0} />,
    );
    const allow = screen.getByRole('button', { name: 'Allow sending to siem.example.edu' });
    expect(screen.getByTestId('reporting-access').textContent).toContain('reports wait here');
    fireEvent.click(allow);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Not allowed'), { timeout: 2000 });
    expect(asked).toEqual([1]);
    rerender(<ReportingStatus endpoint="https://siem.example.edu/in" queued={2} hostAccess={true} onAllow={async () => true} />);
    expect(screen.queryByTestId('reporting-access')).toBeNull();
  });

  it('shows no Allow while access is unknown', () => {
    render(<ReportingStatus endpoint="https://siem.example.edu/in" queued={0} onAllow={async () => true} />);
    expect(screen.queryByRole('button')).toBeNull();
  });
});
