import { t, type MessageKey } from '../core/text/i18n';
import type { Route } from '../core/views/route';

export interface NavBarProps {
  current: Route['name'];
  onNavigate: (route: Route) => void;
  onOpenOptions: () => void;
}

const TABS: { name: 'findings' | 'advisories' | 'faq'; label: MessageKey }[] = [
  { name: 'findings', label: 'nav_findings' },
  { name: 'advisories', label: 'nav_advisories' },
  { name: 'faq', label: 'nav_questions' },
];

export function NavBar({ current, onNavigate, onOpenOptions }: NavBarProps) {
  const active = current === 'advisory' ? 'advisories' : current === 'checklist' ? 'findings' : current;
  return (
    <header class="top">
      <h1>Code Red Advisor</h1>
      <nav aria-label={t('nav_views')}>
        {TABS.map((tab) => (
          <button
            key={tab.name}
            type="button"
            class={`tab${active === tab.name ? ' active' : ''}`}
            aria-current={active === tab.name ? 'page' : undefined}
            onClick={() => onNavigate({ name: tab.name })}
          >
            {t(tab.label)}
          </button>
        ))}
        <button type="button" class="tab" onClick={onOpenOptions}>
          {t('nav_settings')}
        </button>
      </nav>
    </header>
  );
}
