import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { checkSettings } from '../../core/settings';
import { PopupView } from '../../components/PopupView';
import { requestScan } from '../../utils/messages';
import { lastScanItem, scanStateItem, settingsItem } from '../../utils/storage';
import { useStoredValue } from '../../utils/use-stored-value';
import '../../assets/styles.css';

/** Older than this, opening the popup also starts a fresh check (the stored result shows meanwhile). */
const STALE_AFTER_MS = 10 * 60_000;

function App() {
  const report = useStoredValue(lastScanItem);
  const state = useStoredValue(scanStateItem);
  const rawSettings = useStoredValue(settingsItem);
  const [now, setNow] = useState(() => Date.now());
  const [error, setError] = useState<string>();

  const check = (targets?: string[]) => {
    setError(undefined);
    requestScan(targets)
      .catch((e: unknown) => setError(`The check could not run: ${e instanceof Error ? e.message : String(e)}`))
      .finally(() => setNow(Date.now()));
  };

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    if (report === undefined) return;
    if (report === null || Date.now() - report.finishedAt > STALE_AFTER_MS) check();
    // Only on the first stored value: later reports come from the scan this started.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [report === undefined]);

  if (report === undefined || state === undefined) return null;
  return (
    <PopupView
      report={report}
      running={state.running}
      now={now}
      problems={checkSettings(rawSettings).problems}
      error={error}
      onCheckAll={() => check()}
      onCheckTarget={(target) => check([target])}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

render(<App />, document.getElementById('app') as HTMLElement);
