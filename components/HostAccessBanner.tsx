export interface HostAccessBannerProps {
  targets: string[];
  onAllow: () => void;
  error?: string;
}

/** Policy cannot grant host access; the person allows it here, in one click, for exactly IT's list. */
export function HostAccessBanner({ targets, onAllow, error }: HostAccessBannerProps) {
  if (targets.length === 0) return null;
  return (
    <section class="notice host-access" aria-labelledby="host-access-h" data-testid="host-access">
      <h2 id="host-access-h">Your IT department asks to check {targets.length === 1 ? 'a server' : `${targets.length} servers`}</h2>
      <ul>
        {targets.map((t) => (
          <li key={t}>
            <code>{t}</code>
          </li>
        ))}
      </ul>
      <p>The browser needs your permission before Code Red Advisor may send its two harmless requests there.</p>
      <button type="button" class="primary" onClick={onAllow}>
        Allow
      </button>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
