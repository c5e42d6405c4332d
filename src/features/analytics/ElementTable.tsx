import type { Dispatch } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphEdge, GraphNode } from '../../../contract/api/payloads.ts';
import { EntityName } from '../../components/EntityName.tsx';
import { edgeLabel } from '../../lib/edge-label.ts';
import { chinaDay } from '../../lib/names.ts';
import { firstReported } from '../../lib/view/visibility.ts';
import { SortHeader } from './SortHeader.tsx';
import {
  type EdgeKey,
  edgeWeight,
  kindName,
  type NodeKey,
  type TableAction,
  type TableState,
} from './table-state.ts';
import { useElementTable } from './use-element-table.ts';

interface ElementTableProps {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  degree: ReadonlyMap<string, number>;
  betweenness: ReadonlyMap<string, number> | null;
  selected: readonly string[];
  onSelect: (id: string, add: boolean) => void;
}

const NODE_COLUMNS: { key: NodeKey; label: string; numeric: boolean }[] = [
  { key: 'name', label: 'table.name', numeric: false },
  { key: 'type', label: 'table.type', numeric: false },
  { key: 'kind', label: 'table.kind', numeric: false },
  { key: 'degree', label: 'table.degree', numeric: true },
  { key: 'betweenness', label: 'analytics.betweenness', numeric: true },
  { key: 'articles', label: 'table.articles', numeric: true },
];

const EDGE_COLUMNS: { key: EdgeKey; label: string; numeric: boolean }[] = [
  { key: 'source', label: 'table.source', numeric: false },
  { key: 'relation', label: 'table.relation', numeric: false },
  { key: 'target', label: 'table.target', numeric: false },
  { key: 'weight', label: 'table.weight', numeric: true },
  { key: 'firstReported', label: 'table.firstReported', numeric: false },
];

const adding = (e: { shiftKey: boolean; ctrlKey: boolean; metaKey: boolean }) =>
  e.shiftKey || e.ctrlKey || e.metaKey;

/** The nodes and edges in view as sortable tables: the accessible alternative to the canvas. */
export function ElementTable(props: ElementTableProps) {
  const { t } = useTranslation();
  const table = useElementTable(props.nodes, props.edges, props.degree, props.betweenness);
  const { state, dispatch, shown, total } = table;
  const selected = new Set(props.selected);
  const rowProps = (id: string) => ({
    className: selected.has(id) ? 'selected' : undefined,
    'aria-selected': selected.has(id),
  });
  return (
    <div className="element-table" data-testid="element-table">
      <div className="tabs" role="tablist" aria-label={t('toolbar.table')}>
        {(['nodes', 'edges'] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="tab"
            aria-selected={state.tab === k}
            onClick={() => dispatch({ type: 'tab', tab: k })}
          >
            {t(`table.${k}`)} ({k === 'nodes' ? props.nodes.length : props.edges.length})
          </button>
        ))}
      </div>
      <div className="table-scroll">
        {state.tab === 'nodes' ? (
          <table>
            <caption className="visually-hidden">{t('table.caption')}</caption>
            <Headers
              columns={NODE_COLUMNS.filter((c) => c.key !== 'betweenness' || props.betweenness)}
              sort={state.nodeSort}
              onSort={(key, numeric) => dispatch({ type: 'sortNodes', key, numeric })}
            />
            <tbody>
              {table.nodeRows.slice(0, shown).map((n) => (
                <tr key={n.id} {...rowProps(n.id)}>
                  <td>
                    <button
                      type="button"
                      className="row-button"
                      onClick={(e) => props.onSelect(n.id, adding(e))}
                    >
                      <EntityName
                        name={n.name}
                        type={n.type}
                        pinyin={n.pinyin}
                        nameEn={n.nameEn}
                        aliases={n.aliases}
                      />
                    </button>
                  </td>
                  <td>{t(`type.${n.type}`)}</td>
                  <td>{kindName(t, n.kind) ?? ''}</td>
                  <td className="num">{props.degree.get(n.id) ?? 0}</td>
                  {props.betweenness && (
                    <td className="num">{(props.betweenness.get(n.id) ?? 0).toFixed(3)}</td>
                  )}
                  <td className="num">{n.articleCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <table>
            <caption className="visually-hidden">{t('table.edgesCaption')}</caption>
            <Headers
              columns={EDGE_COLUMNS}
              sort={state.edgeSort}
              onSort={(key, numeric) => dispatch({ type: 'sortEdges', key, numeric })}
            />
            <tbody>
              {table.edgeRows.slice(0, shown).map((e) => (
                <tr key={e.id} {...rowProps(e.id)}>
                  <td lang="zh">{table.names.get(e.source) ?? e.source}</td>
                  <td>
                    <button
                      type="button"
                      className="row-button"
                      onClick={(ev) => props.onSelect(e.id, adding(ev))}
                    >
                      {edgeLabel(e, t)}
                    </button>
                  </td>
                  <td lang="zh">{table.names.get(e.target) ?? e.target}</td>
                  <td className="num">{edgeWeight(e)}</td>
                  <td>{chinaDay(firstReported(e)) ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
      <ShowAll shown={shown} total={total} dispatch={dispatch} />
    </div>
  );
}

function Headers<K extends string>({
  columns,
  sort,
  onSort,
}: {
  columns: { key: K; label: string; numeric: boolean }[];
  sort: TableState['nodeSort'] | TableState['edgeSort'];
  onSort: (key: K, numeric: boolean) => void;
}) {
  const { t } = useTranslation();
  return (
    <thead>
      <tr>
        {columns.map((c) => (
          <SortHeader
            key={c.key}
            column={c.key}
            label={t(c.label as 'table.name')}
            numeric={c.numeric}
            sort={sort as { key: K; direction: 'ascending' | 'descending' }}
            onSort={(key) => onSort(key, c.numeric)}
          />
        ))}
      </tr>
    </thead>
  );
}

function ShowAll({
  shown,
  total,
  dispatch,
}: {
  shown: number;
  total: number;
  dispatch: Dispatch<TableAction>;
}) {
  const { t } = useTranslation();
  if (total <= shown) return null;
  return (
    <p>
      {t('table.showing', { shown, total })}{' '}
      <button type="button" className="link-button" onClick={() => dispatch({ type: 'showAll' })}>
        {t('table.showAll')}
      </button>
    </p>
  );
}
