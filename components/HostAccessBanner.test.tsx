// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HostAccessBanner } from './HostAccessBanner';

afterEach(cleanup);

describe('HostAccessBanner', () => {
  it('names IT only for the servers IT listed', () => {
    render(<HostAccessBanner targets={['https://intranet.example.edu/']} fromIt onAllow={vi.fn()} />);
    expect(screen.getByRole('heading').textContent).toMatch(/IT department/);
  });

  it('asks in its own name for this computer\u2019s addresses (Firefox lets a person withdraw them)', () => {
    render(<HostAccessBanner targets={['http://localhost/', 'http://127.0.0.1/']} fromIt={false} onAllow={vi.fn()} />);
    expect(screen.getByRole('heading').textContent).not.toMatch(/IT department/);
    expect(screen.getByRole('heading').textContent).toMatch(/2 addresses on this computer/);
  });

  it('Allow calls back, and shows nothing when nothing is blocked', () => {
    const onAllow = vi.fn();
    const { container, rerender } = render(<HostAccessBanner targets={['http://localhost/']} fromIt={false} onAllow={onAllow} />);
    fireEvent.click(screen.getByRole('button', { name: 'Allow' }));
    expect(onAllow).toHaveBeenCalledOnce();
    rerender(<HostAccessBanner targets={[]} fromIt={false} onAllow={onAllow} />);
    expect(container.textContent).toBe('');
  });
});
