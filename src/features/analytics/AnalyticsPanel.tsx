import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphNode } from '../../../contract/api/payloads.ts';
import { EntityName } from '../../components/EntityName.tsx';
import type { Communities } from '../../lib/communities.ts';
import { SIZE_BY, type SizeBy } from '../../lib/view/view-state.ts';
import { CommunityList } from './CommunityList.tsx';

export const MAX_BETWEENNESS_NODES = 3000;

interface AnalyticsPanelProps {
  nodes: readonly GraphNode[];
  /** The view's communities; null while not computed. */
  communities: Communities | null;
  byId: ReadonlyMap<string, GraphNode>;
  folded: readonly string[];
  grouped: boolean;
  onFold: (key: string, folded: boolean) => void;
  degree: ReadonlyMap<string, number>;
  betweenness: ReadonlyMap<string, number> | null;
  sizeBy: SizeBy;
  onSizeBy: (sizeBy: SizeBy) => void;
  onSelect: (id: string) => void;
}

/** Size nodes by a centrality; the top connectors of the view, by betweenness. */
export function AnalyticsPanel({
  nodes,
  communities,
  byId,
  folded,
  grouped,
  onFold,
  degree,
  betweenness,
  sizeBy,
  onSizeBy,
  onSelect,
}: AnalyticsPanelProps) {
  const { t } = useTranslation();
  const sizeId = useId();
  const ranked = [...nodes]
    .sort(
      (a, b) =>
        (betweenness?.get(b.id) ?? 0) - (betweenness?.get(a.id) ?? 0) ||
        (degree.get(b.id) ?? 0) - (degree.get(a.id) ?? 0),
    )
    .slice(0, 12);
  return (
    <div className="analytics-panel" data-testid="analytics">
      <p className="muted">{t('analytics.intro')}</p>
      <label htmlFor={sizeId}>{t('analytics.sizeHint')} </label>
      <select id={sizeId} value={sizeBy} onChange={(e) => onSizeBy(e.target.value as SizeBy)}>
        {SIZE_BY.map((s) => (
          <option key={s} value={s}>
            {t(`sizeBy.${s}`)}
          </option>
        ))}
      </select>
      {!betweenness && <p className="muted">{t('analytics.tooLarge', { count: MAX_BETWEENNESS_NODES })}</p>}
      <h3>{t('analytics.top')}</h3>
      <table className="rank-table" data-testid="rank-table">
        <thead>
          <tr>
            <th scope="col">{t('analytics.rank')}</th>
            <th scope="col">{t('analytics.name')}</th>
            <th scope="col" className="num">
              {t('analytics.betweenness')}
            </th>
            <th scope="col" className="num">
              {t('analytics.degree')}
            </th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((n, i) => (
            <tr key={n.id}>
              <td className="num">{i + 1}</td>
              <td>
                <button type="button" className="row-button" onClick={() => onSelect(n.id)}>
                  <EntityName name={n.name} type={n.type} pinyin={n.pinyin} nameEn={n.nameEn} />
                </button>
              </td>
              <td className="num">{betweenness ? (betweenness.get(n.id) ?? 0).toFixed(3) : '–'}</td>
              <td className="num">{degree.get(n.id) ?? 0}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('analytics.communities')}</h3>
      {communities && (
        <CommunityList
          communities={communities}
          nodes={byId}
          folded={folded}
          grouped={grouped}
          onFold={onFold}
          onSelect={onSelect}
        />
      )}
    </div>
  );
}
