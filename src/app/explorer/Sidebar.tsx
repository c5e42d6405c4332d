import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
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
  // On phones the panel is a bottom sheet: only its tabs until one is chosen (CSS; beside, always open).
  const [open, setOpen] = useState(false);
  const aside = useRef<HTMLElement>(null);
  // A phone's sheet covers the lower part of the screen: the page gives the graph only what is above it
  // (--sheet-height, read by the phone's CSS), so the canvas shrinks and fits again instead of hiding
  // half the graph behind the sheet.
  useEffect(() => {
    const el = aside.current;
    const holder = el?.parentElement;
    if (!el || !holder) return;
    const observer = new ResizeObserver(() => {
      holder.style.setProperty('--sheet-height', `${el.offsetHeight}px`);
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      holder.style.removeProperty('--sheet-height');
    };
  }, []);
  const choose = (next: SidebarTab) => {
    onTab(next);
    setOpen(true);
  };
  const move = (delta: number) => {
    const next = TABS[(TABS.indexOf(tab) + delta + TABS.length) % TABS.length] as SidebarTab;
    choose(next);
    document.getElementById(`${base}-tab-${next}`)?.focus();
  };
  return (
    <aside ref={aside} className={`sidebar${open ? ' open' : ''}`} aria-label={t(TITLE_KEY[tab])}>
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
            onClick={() => choose(k)}
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
      <button type="button" className="sheet-close" hidden={!open} onClick={() => setOpen(false)}>
        {t('details.closeSheet')}
      </button>
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
