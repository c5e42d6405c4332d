import { useTranslation } from 'react-i18next';
import type { EntityTypeName, GraphNode, NodeTypeName } from '../../../contract/api/payloads.ts';
import { ErrorNotice, Spinner } from '../../components/QueryState.tsx';
import { requestKey } from '../../lib/view/graph-requests.ts';
import type { ViewAction } from '../../lib/view/view-actions.ts';
import { MAX_MORE_PAGES, NEIGHBOUR_PAGE } from '../../lib/view/view-state.ts';
import type { RequestState } from './use-view-graph.ts';

interface StatusBarProps {
  requests: readonly RequestState[];
  nodes: ReadonlyMap<string, GraphNode>;
  omitted: ReadonlyMap<string, Partial<Record<NodeTypeName, number>>>;
  layoutBusy: boolean;
  /** Further pages of a type of a hub's neighbours already in view. */
  pagesOf: (id: string, type: string) => number;
  onAction: (action: ViewAction) => void;
}

/** Every wait and every failure of the view, and the hubs whose neighbours were not all shown. */
export function StatusBar({ requests, nodes, omitted, layoutBusy, pagesOf, onAction }: StatusBarProps) {
  const { t } = useTranslation();
  const name = (id: string) => nodes.get(id)?.name ?? id;
  const label = (r: RequestState) =>
    r.request.kind === 'paths' ? `${name(r.request.from)} → ${name(r.request.to)}` : name(r.request.id);
  const loading = requests.filter((r) => r.isFetching || (r.isPending && !r.error));
  const failed = requests.filter((r) => r.error);
  if (loading.length === 0 && failed.length === 0 && omitted.size === 0 && !layoutBusy) return null;
  return (
    <div className="status-bar" data-testid="status-bar">
      {loading.map((r) => (
        <Spinner key={`l:${requestKey(r.request)}`} label={t('canvas.expanding', { name: label(r) })} />
      ))}
      {layoutBusy && <Spinner label={t('layout.running')} />}
      {failed.map((r) => (
        <ErrorNotice
          key={`e:${requestKey(r.request)}`}
          error={r.error}
          retry={r.retry}
          prefix={
            r.request.kind === 'paths'
              ? t('canvas.pathFailed', { message: '' })
              : t('canvas.expandFailed', { name: label(r), message: '' })
          }
        />
      ))}
      {[...omitted].map(([id, counts]) => (
        <div key={id} className="omitted" data-testid="omitted-bar">
          <span lang="zh">{t('canvas.omitted', { name: name(id) })}</span>
          {(Object.entries(counts) as [NodeTypeName, number][]).map(([type, n]) =>
            pagesOf(id, type) >= MAX_MORE_PAGES ? (
              <span key={type} className="muted">
                {t('canvas.restInDetails', { left: n, type: t(`type.${type}`), name: name(id) })}
              </span>
            ) : (
              <button
                key={type}
                type="button"
                className="chip"
                aria-label={t('canvas.moreLabel', {
                  count: Math.min(n, NEIGHBOUR_PAGE),
                  left: n,
                  type: t(`type.${type}`),
                  name: name(id),
                })}
                onClick={() => onAction({ type: 'more', id, nodeType: type as EntityTypeName })}
              >
                {t('canvas.more', { count: Math.min(n, NEIGHBOUR_PAGE), type: t(`type.${type}`) })}
              </button>
            ),
          )}
        </div>
      ))}
    </div>
  );
}
