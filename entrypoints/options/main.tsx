import { render } from 'preact';
import { browser } from 'wxt/browser';
import { checkSettings, type Settings } from '../../core/settings';
import { OptionsView } from '../../components/OptionsView';
import { saveSettings, settingsItem } from '../../utils/storage';
import { useStoredValue } from '../../utils/use-stored-value';
import '../../assets/styles.css';

async function save(next: Settings): Promise<string | undefined> {
  try {
    await saveSettings(next);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

function App() {
  const raw = useStoredValue(settingsItem);
  if (raw === undefined) return null;
  const { settings, problems } = checkSettings(raw);
  return (
    <OptionsView
      settings={settings}
      problems={problems}
      onSave={save}
      onRequestPermission={(pattern) => browser.permissions.request({ origins: [pattern] })}
    />
  );
}

render(<App />, document.getElementById('app') as HTMLElement);
