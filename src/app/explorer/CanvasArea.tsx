import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeTypeName } from '../../../contract/api/payloads.ts';
import { DragController } from '../../components/graph-canvas/controllers/DragController.tsx';
import { ExpandController } from '../../components/graph-canvas/controllers/ExpandController.tsx';
import { KeyboardController } from '../../components/graph-canvas/controllers/KeyboardController.tsx';
import { LabelController } from '../../components/graph-canvas/controllers/LabelController.tsx';
import { LayoutController } from '../../components/graph-canvas/controllers/LayoutController.tsx';
import { SelectionController } from '../../components/graph-canvas/controllers/SelectionController.tsx';
import { GraphCanvas } from '../../components/graph-canvas/GraphCanvas.tsx';
import { isGroupId } from '../../components/graph-canvas/group-elements.ts';
import { Legend } from '../../components/graph-canvas/Legend.tsx';
import { Minimap } from '../../components/graph-canvas/Minimap.tsx';
import type { RendererName } from '../../components/graph-canvas/renderer.ts';
import { ErrorNotice, Spinner } from '../../components/QueryState.tsx';
import type { Facets } from '../../features/filters/facets.ts';
import type { ViewAction } from '../../lib/view/view-actions.ts';
import type { View } from '../../lib/view/view-state.ts';
import type { ExplorerModel } from './use-explorer-model.ts';
import type { ViewGraph } from './use-view-graph.ts';

interface CanvasAreaProps {
  hidden: boolean;
  view: View;
  graph: ViewGraph;
  model: ExplorerModel;
  facets: Facets;
  selection: readonly string[];
  renderer: RendererName;
  onSelect: (ids: string[]) => void;
  onBusy: (busy: boolean) => void;
  onAction: (action: ViewAction) => void;
}

/** The canvas with its controllers, what it says while it waits or fails, and its legend. */
export function CanvasArea(props: CanvasAreaProps) {
  const { t } = useTranslation();
  const { view, graph, model, onAction } = props;
  const focusState = graph.requests[0];
  const last = props.selection.at(-1);
  const lastNode = last ? graph.nodes.get(last) : undefined;
  const announced = lastNode
    ? t('canvas.selected', { name: lastNode.name, type: t(`type.${lastNode.type}`) })
    : '';
  const visibleTypes = useMemo(() => {
    const counts = new Map<NodeTypeName, number>();
    for (const n of model.visibleNodes) counts.set(n.type, (counts.get(n.type) ?? 0) + 1);
    return new Map(
      [...props.facets.types.keys()]
        .filter((type) => counts.has(type))
        .map((type) => [type, counts.get(type) ?? 0]),
    );
  }, [model.visibleNodes, props.facets.types]);
  return (
    <div className="canvas-area" hidden={props.hidden}>
      {focusState?.isPending && !focusState.error && graph.nodes.size === 0 && (
        <div className="canvas-overlay">
          <Spinner label={t('canvas.loadingFocus')} />
        </div>
      )}
      {focusState?.error && graph.nodes.size === 0 && (
        <div className="canvas-overlay">
          <ErrorNotice error={focusState.error} retry={focusState.retry} prefix={t('canvas.focusFailed')} />
        </div>
      )}
      {graph.nodes.size > 0 && model.visibleNodes.length === 0 && (
        <div className="canvas-overlay">{t('canvas.allHidden')}</div>
      )}
      <GraphCanvas
        elements={model.elements}
        parents={graph.parents}
        large={model.large}
        renderer={props.renderer}
        label={`${t('canvas.label', {
          nodes: t('common.nodes', { count: model.visibleNodes.length }),
          edges: t('common.edges', { count: model.visibleEdges.length }),
        })} ${t('canvas.keys')}`}
        roleDescription={t('canvas.roleDescription')}
      >
        <LayoutController
          layout={view.layout}
          focus={view.focus ?? view.path?.from ?? null}
          ready={graph.settled}
          onBusy={props.onBusy}
        />
        <LabelController />
        <SelectionController selected={props.selection} onSelect={props.onSelect} />
        <KeyboardController
          focus={view.focus ?? view.path?.from ?? null}
          onEnter={(id) =>
            isGroupId(id)
              ? onAction({
                  type: 'fold',
                  key: id.slice('group:'.length),
                  folded: !view.folded.includes(id.slice('group:'.length)),
                })
              : onAction({ type: 'expand', id })
          }
        />
        <DragController onPin={(nodes) => onAction({ type: 'pin', nodes })} />
        <ExpandController
          onExpand={(id) => onAction({ type: 'expand', id })}
          onFold={(key) => onAction({ type: 'fold', key, folded: !view.folded.includes(key) })}
        />
      </GraphCanvas>
      <p className="visually-hidden" aria-live="polite" data-testid="canvas-announce">
        {announced}
      </p>
      <Minimap visibleNodes={model.visibleNodes.length} />
      <Legend counts={visibleTypes} />
      <p className="canvas-hint muted">{t('canvas.hint')}</p>
    </div>
  );
}
