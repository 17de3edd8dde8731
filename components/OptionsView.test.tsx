// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { effectiveSettings } from '../core/policy/apply';
import { DEFAULT_SETTINGS, type Settings } from '../core/policy/settings';
import { OptionsView, type OptionsViewProps } from './OptionsView';

afterEach(cleanup);

function renderOptions(overrides: Partial<OptionsViewProps> = {}) {
  const settings: Settings = structuredClone(DEFAULT_SETTINGS);
  const onSave = vi.fn(async (_next: Settings): Promise<string | undefined> => undefined);
  const onRequestPermission = vi.fn(async () => true);
  const onOpenPrivacy = vi.fn();
  const view = render(
    <OptionsView
      settings={settings}
      effective={effectiveSettings(settings, {})}
      problems={[]}
      policyProblems={[]}
      onSave={onSave}
      onRequestPermission={onRequestPermission}
      onOpenPrivacy={onOpenPrivacy}
      {...overrides}
    />,
  );
  return { ...view, onSave, onRequestPermission, onOpenPrivacy };
}

describe('OptionsView', () => {
  it('opens the privacy policy from the settings page', () => {
    const { onOpenPrivacy } = renderOptions();
    fireEvent.click(screen.getByRole('button', { name: /^Privacy: what this extension keeps and sends/ }));
    expect(onOpenPrivacy).toHaveBeenCalledTimes(1);
  });

  it('adds a loopback address, saving the list with it', async () => {
    const { onSave } = renderOptions();
    fireEvent.input(screen.getByLabelText('Add an address on this computer'), { target: { value: 'localhost:8080' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(onSave).toHaveBeenCalled(), { timeout: 5000 });
    expect(onSave.mock.calls[0]?.[0].targets).toContain('http://localhost:8080/');
  });

  it('refuses an address off this computer, says why, and saves nothing', async () => {
    const { onSave } = renderOptions();
    fireEvent.input(screen.getByLabelText('Add an address on this computer'), { target: { value: 'http://example.com/' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add' }));
    await waitFor(() => expect(screen.getByTestId('target-message').textContent).toMatch(/example\.com/), { timeout: 5000 });
    expect(onSave).not.toHaveBeenCalled();
  });

  it('locks what IT set, and names who manages the browser', () => {
    const settings = structuredClone(DEFAULT_SETTINGS);
    renderOptions({
      effective: effectiveSettings(settings, { ScanIntervalHours: 12, LockTargets: true }),
      managedBy: 'Example University\u2019s IT department',
    });
    expect(screen.getByTestId('managed-by').textContent).toContain('Example University');
    expect(screen.queryByLabelText('Add an address on this computer')).toBeNull();
    expect((screen.getByLabelText(/Check automatically every/) as HTMLInputElement).disabled).toBe(true);
  });

  it('lists each policy value that was not applied, with its key and reason', () => {
    renderOptions({ policyProblems: [{ key: 'ExtraTargets[0]', value: 'http://*/', reason: 'It must be one exact server.' }] });
    const item = document.querySelector('[data-policy-key="ExtraTargets[0]"]');
    expect(item?.textContent).toContain('http://*/');
    expect(item?.textContent).toContain('It must be one exact server.');
  });
});
