import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';

export type SidebarTab = 'details' | 'filters' | 'paths' | 'analytics';
const TABS: SidebarTab[] = ['details', 'filters', 'paths', 'analytics'];

interface SidebarProps {
  tab: SidebarTab;
  onTab: (tab: SidebarTab) => void;
  panels: Record<SidebarTab, ReactNode>;
}

const TITLE_KEY = {
  details: 'details.title',
  filters: 'filters.title',
  paths: 'paths.title',
  analytics: 'analytics.title',
} as const;

/** The side panel as ARIA tabs (arrow keys move between tabs). */
export function Sidebar({ tab, onTab, panels }: SidebarProps) {
  const { t } = useTranslation();
  const base = useId();
  const move = (delta: number) => {
    const next = TABS[(TABS.indexOf(tab) + delta + TABS.length) % TABS.length] as SidebarTab;
    onTab(next);
    document.getElementById(`${base}-tab-${next}`)?.focus();
  };
  return (
    <aside className="sidebar" aria-label={t(TITLE_KEY[tab])}>
      <div className="tabs" role="tablist" aria-label={t('details.title')}>
        {TABS.map((k) => (
          <button
            key={k}
            id={`${base}-tab-${k}`}
            type="button"
            role="tab"
            aria-selected={tab === k}
            aria-controls={`${base}-panel-${k}`}
            tabIndex={tab === k ? 0 : -1}
            onClick={() => onTab(k)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(1);
              else if (e.key === 'ArrowLeft') move(-1);
              else return;
              e.preventDefault();
            }}
          >
            {t(TITLE_KEY[k])}
          </button>
        ))}
      </div>
      {TABS.map((k) => (
        <div
          key={k}
          id={`${base}-panel-${k}`}
          role="tabpanel"
          aria-labelledby={`${base}-tab-${k}`}
          hidden={tab !== k}
          className="tab-panel"
        >
          {tab === k && panels[k]}
        </div>
      ))}
    </aside>
  );
}
