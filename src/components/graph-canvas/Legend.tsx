import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeTypeName } from '../../../contract/api/payloads.ts';
import { iconUri } from '../../lib/entity-icons.ts';
import { TYPE_LOOK } from '../../lib/entity-look.ts';

interface LegendProps {
  /** Node types in view with how many of each. */
  counts: ReadonlyMap<NodeTypeName, number>;
}

/** On a phone's screen (explorer.css's narrow layout) an open legend covers the bottom of the drawing: it starts folded. */
const FOLDED_ON = '(max-width: 600px)';

/** What the colours, shapes, icons, borders and line widths on the canvas mean; it folds away. */
export function Legend({ counts }: LegendProps) {
  const { t } = useTranslation();
  const [startsOpen] = useState(() => !window.matchMedia(FOLDED_ON).matches);
  if (counts.size === 0) return null;
  return (
    <details className="legend" open={startsOpen}>
      <summary>{t('legend.title')}</summary>
      <ul className="legend-types">
        {[...counts].map(([type, n]) => (
          <li key={type}>
            <span
              className={`legend-swatch shape-${TYPE_LOOK[type].shape}`}
              style={{
                backgroundColor: TYPE_LOOK[type].color,
                backgroundImage: `url("${iconUri(type, null)}")`,
              }}
              aria-hidden="true"
            />
            {t(`type.${type}`)} <span className="muted">{n}</span>
          </li>
        ))}
      </ul>
      <ul className="legend-marks">
        <li>
          <span className="legend-ring focus" aria-hidden="true" />
          {t('legend.focus')}
        </li>
        <li>
          <span className="legend-ring expanded" aria-hidden="true" />
          {t('legend.expanded')}
        </li>
        <li>
          <span className="legend-ring pinned" aria-hidden="true" />
          {t('legend.pinned')}
        </li>
        <li>
          <span className="legend-lines" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
          {t('legend.width')}
        </li>
      </ul>
    </details>
  );
}
