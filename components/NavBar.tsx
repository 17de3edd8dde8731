import type { Route } from '../core/route';

export interface NavBarProps {
  current: Route['name'];
  onNavigate: (route: Route) => void;
  onOpenOptions: () => void;
}

const TABS: { name: 'findings' | 'advisories' | 'faq'; label: string }[] = [
  { name: 'findings', label: 'This computer' },
  { name: 'advisories', label: 'Advisories' },
  { name: 'faq', label: 'Questions' },
];

export function NavBar({ current, onNavigate, onOpenOptions }: NavBarProps) {
  const active = current === 'advisory' ? 'advisories' : current === 'checklist' ? 'findings' : current;
  return (
    <header class="top">
      <h1>Code Red Advisor</h1>
      <nav aria-label="Views">
        {TABS.map((tab) => (
          <button
            key={tab.name}
            type="button"
            class={`tab${active === tab.name ? ' active' : ''}`}
            aria-current={active === tab.name ? 'page' : undefined}
            onClick={() => onNavigate({ name: tab.name })}
          >
            {tab.label}
          </button>
        ))}
        <button type="button" class="tab" onClick={onOpenOptions}>
          Settings
        </button>
      </nav>
    </header>
  );
}
