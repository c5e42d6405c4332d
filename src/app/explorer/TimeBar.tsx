import { useMemo } from 'react';
import type { GraphEdge } from '../../../contract/api/payloads.ts';
import { AsOfSlider } from '../../features/filters/AsOfSlider.tsx';
import { useArticlesOfEntities } from '../../features/filters/api/list-articles.ts';
import type { Facets } from '../../features/filters/facets.ts';
import { monthBuckets } from '../../features/filters/facets.ts';
import { Timeline } from '../../features/filters/Timeline.tsx';
import { firstReported } from '../../lib/view/visibility.ts';

interface TimeBarProps {
  /** Entities whose articles are fetched for the timeline (focus and expanded nodes). */
  entities: readonly string[];
  edges: ReadonlyMap<string, GraphEdge>;
  facets: Facets;
  asOf: string | null;
  hiddenByDate: number;
  onAsOf: (asOf: string | null) => void;
}

/**
 * The as-of slider and the timeline of the articles in view: the articles of the explored entities by
 * publication month (or, before the article list answers, the first-report dates of the edges).
 */
export function TimeBar({ entities, edges, facets, asOf, hiddenByDate, onAsOf }: TimeBarProps) {
  const articles = useArticlesOfEntities(entities);
  const buckets = useMemo(() => {
    if (articles.items.length > 0) return monthBuckets(articles.items.map((a) => a.publishedAt));
    return monthBuckets([...edges.values()].map(firstReported));
  }, [articles.items, edges]);
  return (
    <div className="time-bar" data-testid="time-bar">
      <Timeline buckets={buckets} asOf={asOf} onPick={onAsOf} />
      <AsOfSlider range={facets.dateRange} asOf={asOf} hiddenCount={hiddenByDate} onChange={onAsOf} />
    </div>
  );
}
