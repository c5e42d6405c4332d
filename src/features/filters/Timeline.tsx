import { useTranslation } from 'react-i18next';
import type { TimelineBucket } from './facets.ts';

interface TimelineProps {
  buckets: TimelineBucket[];
  asOf: string | null;
  onPick: (day: string) => void;
}

const HEIGHT = 36;

/** A small bar chart of the articles in view by month; a bar sets the as-of date to its month's end. */
export function Timeline({ buckets, asOf, onPick }: TimelineProps) {
  const { t } = useTranslation();
  if (buckets.length === 0) return <p className="muted timeline-empty">{t('filters.timelineEmpty')}</p>;
  const max = Math.max(...buckets.map((b) => b.count), 1);
  return (
    <figure className="timeline" aria-label={t('filters.timeline')}>
      <figcaption className="muted">{t('filters.timeline')}</figcaption>
      <div className="timeline-bars" style={{ height: HEIGHT + 16 }}>
        {buckets.map((b) => {
          const label = t('filters.timelineBar', { month: b.month, count: b.count });
          const late = asOf !== null && b.month > asOf.slice(0, 7);
          return (
            <button
              key={b.month}
              type="button"
              className={`timeline-bar${late ? ' late' : ''}`}
              title={label}
              aria-label={label}
              onClick={() => onPick(b.lastDay)}
            >
              <span style={{ height: Math.max(2, (b.count / max) * HEIGHT) }} />
              <small aria-hidden="true">{b.month.slice(2).replace('-', '.')}</small>
            </button>
          );
        })}
      </div>
    </figure>
  );
}
