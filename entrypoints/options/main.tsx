import { render } from 'preact';
import { t, uiDirection, uiLocale } from '../../core/text/i18n';
import { GENERIC_ORGANIZATION } from '../../core/policy/organization';
import { browser } from 'wxt/browser';
import { effectiveSettings } from '../../core/policy/apply';
import { organizationFrom } from '../../core/policy/organization-from';
import { readExtraAdvisories } from '../../core/policy/extra-advisories';
import { checkSettings, type Settings } from '../../core/policy/settings';
import { OptionsView } from '../../components/OptionsView';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { feedCacheItem, fleetQueueItem, saveSettings, settingsItem } from '../../utils/storage';
import { readFeedCache } from '../../core/feed/cache';
import { requestFeedCheck } from '../../utils/messages';
import { readQueue } from '../../core/fleet/queue';
import { useManagedConfig } from '../../utils/use-managed-config';
import { useStoredValue } from '../../utils/use-stored-value';
import { hasHostAccess, hostPattern } from '../../utils/host-access';
import { useEffect, useState } from 'preact/hooks';
import '../../assets/styles.css';
import { installBrowserMessages } from '../../utils/browser-messages';

installBrowserMessages();

/** Asks the browser for one origin's host access; only from a click, which shows the browser's prompt. */
const requestOrigin = (pattern: string) => browser.permissions.request({ origins: [pattern] });

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
  const config = useManagedConfig();
  const queue = readQueue(useStoredValue(fleetQueueItem));
  const feedCache = readFeedCache(useStoredValue(feedCacheItem));
  const endpoint = config?.policy.ReportEndpoint;
  const [collectorAccess, setCollectorAccess] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    setCollectorAccess(undefined);
    if (endpoint) void hasHostAccess(endpoint).then(setCollectorAccess, () => setCollectorAccess(false));
  }, [endpoint]);
  if (raw === undefined || config === undefined) return null;
  const { settings, problems } = checkSettings(raw);
  const org = organizationFrom(config.policy);
  return (
    <ErrorBoundary what={t('part_settings')} resetKey={raw}>
      <OptionsView
        settings={settings}
        // privacy.html is written by the build (wxt.config.ts), so WXT's typed getURL does not know it; this page's own URL does.
        onOpenPrivacy={() => void browser.tabs.create({ url: new URL('/privacy.html', location.href).href })}
        effective={effectiveSettings(settings, config.policy)}
        problems={problems}
        policyProblems={[...config.problems, ...readExtraAdvisories(config.policy.ExtraAdvisories).problems]}
        {...(config.managed
          ? { managedBy: org.name === GENERIC_ORGANIZATION.name ? t('opt_it_department') : t('opt_it_department_of', org.name) }
          : {})}
        onSave={save}
        onRequestPermission={requestOrigin}
        {...(endpoint
          ? {
              reporting: {
                endpoint,
                ...(collectorAccess !== undefined ? { hostAccess: collectorAccess } : {}),
                onAllow: async () => {
                  const granted = await requestOrigin(hostPattern(endpoint));
                  if (granted) setCollectorAccess(true);
                  return granted;
                },
                queued: queue.events.length,
                ...(queue.lastDeliveredAt !== undefined ? { lastDeliveredAt: queue.lastDeliveredAt } : {}),
                ...(queue.lastError ? { lastError: queue.lastError } : {}),
              },
            }
          : {})}
        {...(config.policy.AdvisoryFeedUrl
          ? { feed: { feedUrl: config.policy.AdvisoryFeedUrl, cache: feedCache, onCheckNow: requestFeedCheck } }
          : {})}
      />
    </ErrorBoundary>
  );
}

// Screen readers pronounce the page in the language the text is in.
document.documentElement.lang = uiLocale() ?? 'en';
// Arabic lays the page out right to left; addresses and code stay left to right (assets/styles.css).
document.documentElement.dir = uiDirection();
render(<App />, document.getElementById('app') as HTMLElement);
