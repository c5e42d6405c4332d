import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphEdge, GraphNode } from '../../../contract/api/payloads.ts';
import { EntityName } from '../../components/EntityName.tsx';
import { edgeLabel } from '../../lib/edge-label.ts';
import { chinaDay, secondaryName } from '../../lib/names.ts';
import { firstReported } from '../../lib/view/visibility.ts';
import { SortHeader } from './SortHeader.tsx';
import { nextSort, type SortState, sortRows } from './sort-rows.ts';

interface ElementTableProps {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  degree: ReadonlyMap<string, number>;
  betweenness: ReadonlyMap<string, number> | null;
  selected: readonly string[];
  onSelect: (id: string, add: boolean) => void;
}

type NodeKey = 'name' | 'reading' | 'type' | 'kind' | 'degree' | 'betweenness' | 'articles';
type EdgeKey = 'source' | 'relation' | 'target' | 'weight' | 'firstReported';

const PAGE = 200;

/** The nodes and edges in view as sortable tables: the accessible alternative to the canvas. */
export function ElementTable({ nodes, edges, degree, betweenness, selected, onSelect }: ElementTableProps) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<'nodes' | 'edges'>('nodes');
  const [nodeSort, setNodeSort] = useState<SortState<NodeKey>>({ key: 'degree', direction: 'descending' });
  const [edgeSort, setEdgeSort] = useState<SortState<EdgeKey>>({ key: 'weight', direction: 'descending' });
  const [all, setAll] = useState(false);
  const names = useMemo(() => new Map(nodes.map((n) => [n.id, n.name])), [nodes]);
  const selectedSet = new Set(selected);

  const nodeRows = useMemo(
    () =>
      sortRows(nodes, nodeSort, (n, key) => {
        switch (key) {
          case 'name':
            return n.name;
          case 'reading':
            return secondaryName(n);
          case 'type':
            return t(`type.${n.type}`);
          case 'kind':
            return n.kind ? t(`kind.${n.kind}` as 'kind.company', { defaultValue: n.kind }) : null;
          case 'degree':
            return degree.get(n.id) ?? 0;
          case 'betweenness':
            return betweenness?.get(n.id) ?? null;
          case 'articles':
            return n.articleCount;
        }
      }),
    [nodes, nodeSort, degree, betweenness, t],
  );
  const edgeRows = useMemo(
    () =>
      sortRows(edges, edgeSort, (e, key) => {
        switch (key) {
          case 'source':
            return names.get(e.source) ?? e.source;
          case 'relation':
            return edgeLabel(e, t);
          case 'target':
            return names.get(e.target) ?? e.target;
          case 'weight':
            return Number(e.properties.weight ?? e.articles.length);
          case 'firstReported':
            return firstReported(e);
        }
      }),
    [edges, edgeSort, names, t],
  );
  const rows = tab === 'nodes' ? nodeRows : edgeRows;
  const shown = all ? rows.length : Math.min(rows.length, PAGE);

  return (
    <div className="element-table" data-testid="element-table">
      <div className="tabs" role="tablist" aria-label={t('toolbar.table')}>
        {(['nodes', 'edges'] as const).map((k) => (
          <button key={k} type="button" role="tab" aria-selected={tab === k} onClick={() => setTab(k)}>
            {t(`table.${k}`)} ({k === 'nodes' ? nodes.length : edges.length})
          </button>
        ))}
      </div>
      <div className="table-scroll">
        {tab === 'nodes' ? (
          <table>
            <caption className="visually-hidden">{t('table.caption')}</caption>
            <thead>
              <tr>
                <SortHeader
                  column="name"
                  label={t('table.name')}
                  sort={nodeSort}
                  onSort={(c) => setNodeSort(nextSort(nodeSort, c, false))}
                />
                <SortHeader
                  column="type"
                  label={t('table.type')}
                  sort={nodeSort}
                  onSort={(c) => setNodeSort(nextSort(nodeSort, c, false))}
                />
                <SortHeader
                  column="kind"
                  label={t('table.kind')}
                  sort={nodeSort}
                  onSort={(c) => setNodeSort(nextSort(nodeSort, c, false))}
                />
                <SortHeader
                  column="degree"
                  label={t('table.degree')}
                  numeric
                  sort={nodeSort}
                  onSort={(c) => setNodeSort(nextSort(nodeSort, c, true))}
                />
                {betweenness && (
                  <SortHeader
                    column="betweenness"
                    label={t('analytics.betweenness')}
                    numeric
                    sort={nodeSort}
                    onSort={(c) => setNodeSort(nextSort(nodeSort, c, true))}
                  />
                )}
                <SortHeader
                  column="articles"
                  label={t('table.articles')}
                  numeric
                  sort={nodeSort}
                  onSort={(c) => setNodeSort(nextSort(nodeSort, c, true))}
                />
              </tr>
            </thead>
            <tbody>
              {nodeRows.slice(0, shown).map((n) => (
                <tr
                  key={n.id}
                  className={selectedSet.has(n.id) ? 'selected' : undefined}
                  aria-selected={selectedSet.has(n.id)}
                >
                  <td>
                    <button
                      type="button"
                      className="row-button"
                      onClick={(e) => onSelect(n.id, e.shiftKey || e.ctrlKey || e.metaKey)}
                    >
                      <EntityName name={n.name} type={n.type} pinyin={n.pinyin} nameEn={n.nameEn} />
                    </button>
                  </td>
                  <td>{t(`type.${n.type}`)}</td>
                  <td>{n.kind ? t(`kind.${n.kind}` as 'kind.company', { defaultValue: n.kind }) : ''}</td>
                  <td className="num">{degree.get(n.id) ?? 0}</td>
                  {betweenness && <td className="num">{(betweenness.get(n.id) ?? 0).toFixed(3)}</td>}
                  <td className="num">{n.articleCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <table>
            <caption className="visually-hidden">{t('table.edgesCaption')}</caption>
            <thead>
              <tr>
                <SortHeader
                  column="source"
                  label={t('table.source')}
                  sort={edgeSort}
                  onSort={(c) => setEdgeSort(nextSort(edgeSort, c, false))}
                />
                <SortHeader
                  column="relation"
                  label={t('table.relation')}
                  sort={edgeSort}
                  onSort={(c) => setEdgeSort(nextSort(edgeSort, c, false))}
                />
                <SortHeader
                  column="target"
                  label={t('table.target')}
                  sort={edgeSort}
                  onSort={(c) => setEdgeSort(nextSort(edgeSort, c, false))}
                />
                <SortHeader
                  column="weight"
                  label={t('table.weight')}
                  numeric
                  sort={edgeSort}
                  onSort={(c) => setEdgeSort(nextSort(edgeSort, c, true))}
                />
                <SortHeader
                  column="firstReported"
                  label={t('table.firstReported')}
                  sort={edgeSort}
                  onSort={(c) => setEdgeSort(nextSort(edgeSort, c, false))}
                />
              </tr>
            </thead>
            <tbody>
              {edgeRows.slice(0, shown).map((e) => (
                <tr
                  key={e.id}
                  className={selectedSet.has(e.id) ? 'selected' : undefined}
                  aria-selected={selectedSet.has(e.id)}
                >
                  <td lang="zh">{names.get(e.source) ?? e.source}</td>
                  <td>
                    <button
                      type="button"
                      className="row-button"
                      onClick={(ev) => onSelect(e.id, ev.shiftKey || ev.ctrlKey || ev.metaKey)}
                    >
                      {edgeLabel(e, t)}
                    </button>
                  </td>
                  <td lang="zh">{names.get(e.target) ?? e.target}</td>
                  <td className="num">{Number(e.properties.weight ?? e.articles.length)}</td>
                  <td>{chinaDay(firstReported(e)) ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      {rows.length > shown && (
        <p>
          {t('table.showing', { shown, total: rows.length })}{' '}
          <button type="button" className="link-button" onClick={() => setAll(true)}>
            {t('table.showAll')}
          </button>
        </p>
      )}
    </div>
  );
}
