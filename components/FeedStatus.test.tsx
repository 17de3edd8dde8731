// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { FeedCache } from '../core/feed/cache';
import { FeedStatus } from './FeedStatus';

afterEach(cleanup);

const FEED = 'https://csaf.example.edu/.well-known/csaf/provider-metadata.json';
const cache: FeedCache = {
  source: FEED,
  documents: [],
  lastSuccessAt: Date.UTC(2026, 10, 26, 9),
  lastError: { code: 'metadata', detail: 'HTTP 503' },
  rejections: [
    { file: 'https://csaf.example.edu/.well-known/csaf/white/2026/exu-2026-001.json', code: 'hash-mismatch', detail: 'SHA-512 differs' },
    { file: 'https://csaf.example.edu/.well-known/csaf/white/2026/exu-2026-002.json', code: 'key-not-pinned' },
  ],
};

describe('FeedStatus', () => {
  it('names the provider, the last check, the last problem and each refused file with its reason', () => {
    render(<FeedStatus feedUrl={FEED} cache={cache} onCheckNow={async () => undefined} />);
    const section = screen.getByTestId('feed-status');
    expect(section.textContent).toContain('Set by your IT department');
    expect(section.textContent).toContain('csaf.example.edu');
    expect(screen.getByTestId('feed-error').textContent).toBe('The provider metadata could not be read (HTTP 503)');
    const items = screen.getByTestId('feed-rejections').querySelectorAll('li');
    expect(items).toHaveLength(2);
    expect(items[0]?.textContent).toContain('exu-2026-001.json');
    expect(items[0]?.textContent).toContain('Its hash does not match');
    expect(items[1]?.textContent).toContain('Signed by a key your IT department has not pinned');
  });

  it('ignores a cache from another feed URL', () => {
    render(<FeedStatus feedUrl="https://other.example/provider-metadata.json" cache={cache} onCheckNow={async () => undefined} />);
    expect(screen.getByTestId('feed-last').textContent).toBe('Not yet');
    expect(screen.queryByTestId('feed-rejections')).toBeNull();
  });

  it('checks now on a click, says it is checking, and shows why it could not start', async () => {
    let finish: (() => void) | undefined;
    const { rerender } = render(<FeedStatus feedUrl={FEED} cache={cache} onCheckNow={() => new Promise<void>((r) => (finish = r))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    expect(screen.getByRole('button', { name: 'Checking…' })).toHaveProperty('disabled', true);
    finish?.();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Check now' })).toBeTruthy(), { timeout: 2000 });
    rerender(<FeedStatus feedUrl={FEED} cache={cache} onCheckNow={() => Promise.reject(new Error('no background'))} />);
    fireEvent.click(screen.getByRole('button', { name: 'Check now' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('The check could not start: no background'), { timeout: 2000 });
  });
});
