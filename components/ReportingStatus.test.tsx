// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
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
        lastError={{ at: Date.UTC(2026, 10, 26, 10), reason: 'HTTP 503' }}
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
});
