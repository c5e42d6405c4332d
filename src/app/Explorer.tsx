import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import type { NodeTypeName } from '../../graph/contract/payloads.ts';
import { DetailsPanel } from '../features/details/DetailsPanel.tsx';
import { QueryState } from '../features/details/QueryState.tsx';
import { neighborhoodOptions, useNeighborhood } from '../features/graph/api/get-neighborhood.ts';
import { GraphCanvas, type Selection } from '../features/graph/GraphCanvas.tsx';
import { Legend } from '../features/graph/Legend.tsx';
import { useGraphView } from '../features/graph/use-graph-view.ts';

/** The focus entity comes from the URL (/entity/:id); its neighbourhood seeds the view. */
export function Explorer({ focusId }: { focusId: string | undefined }) {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const focus = useNeighborhood(focusId);
  const view = useGraphView();
  const [selection, setSelection] = useState<Selection>(null);
  const [expandError, setExpandError] = useState<string | null>(null);
  const [expanding, setExpanding] = useState<string | null>(null);
  const { reset } = view;

  useEffect(() => {
    if (focus.data && focusId) {
      reset(focus.data, focusId);
      setSelection({ kind: 'node', id: focusId });
    }
  }, [focus.data, focusId, reset]);

  const expand = useCallback(
    async (id: string) => {
      setExpanding(id);
      setExpandError(null);
      try {
        view.expand(await queryClient.fetchQuery(neighborhoodOptions(id)), id);
      } catch (error) {
        setExpandError((error as Error).message);
      } finally {
        setExpanding(null);
      }
    },
    [queryClient, view.expand],
  );

  const names = useMemo(() => new Map(view.nodes.map((n) => [n.id, n.name])), [view.nodes]);
  const types = useMemo(() => [...new Set(view.nodes.map((n) => n.type))] as NodeTypeName[], [view.nodes]);

  if (!focusId) {
    return (
      <main className="welcome">
        <h1>关系 guanxi</h1>
        <p>
          搜索一个人物、机构或地点，查看其关系网络。Search for a person, organisation or place to see its
          network.
        </p>
        <p className="muted">试试 Try: 李红珍 · lihongzhen · 施耐德 · 桃浦镇</p>
        <button type="button" onClick={() => navigate('/entity/person:李红珍')}>
          李红珍
        </button>
      </main>
    );
  }

  return (
    <main className="explorer">
      <section className="canvas-area" aria-label="Graph 关系图">
        <QueryState isPending={focus.isPending} error={focus.error} retry={() => void focus.refetch()}>
          {focus.data?.truncated && (
            <p className="notice">
              部分关系未显示 Showing the strongest {focus.data.nodes.length - 1} neighbours only.
            </p>
          )}
        </QueryState>
        {expanding && (
          <p className="notice" role="status">
            展开中 Expanding {names.get(expanding)}…
          </p>
        )}
        {expandError && (
          <p className="error" role="alert">
            展开失败 Could not expand: {expandError}
          </p>
        )}
        <GraphCanvas
          nodes={view.nodes}
          edges={view.edges}
          focusId={focusId}
          expanded={view.expanded}
          parents={view.parents}
          onSelect={setSelection}
          onExpand={(id) => void expand(id)}
        />
        <Legend types={types} />
      </section>
      <DetailsPanel selection={selection} nameOf={(id) => names.get(id) ?? id} />
    </main>
  );
}
