import type { Core } from 'cytoscape';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphNode } from '../../../contract/api/payloads.ts';
import { LAYOUT_CHOSEN } from '../../components/graph-canvas/controllers/LayoutController.tsx';
import { EmbedButton } from '../../features/embed-dialog/EmbedButton.tsx';
import type { ExportScope } from '../../features/share/api/export-graph.ts';
import { CopyLinkButton } from '../../features/share/CopyLinkButton.tsx';
import { ExportMenu } from '../../features/share/ExportMenu.tsx';
import { currentLanguage } from '../../lib/i18n/i18n.ts';
import { viewGraphQuery } from '../../lib/view/url-codec.ts';
import { GROUPINGS, type Grouping, LAYOUTS, type LayoutName, type View } from '../../lib/view/view-state.ts';
import type { ViewStore } from '../../lib/view/view-store.tsx';

interface ExplorerToolbarProps {
  store: ViewStore;
  view: View;
  cy: Core | null;
  selectedNodes: readonly string[];
  allPinned: boolean;
  mode: 'graph' | 'table';
  onMode: (mode: 'graph' | 'table') => void;
  onExpand: () => void;
  onHide: () => void;
  onPin: () => void;
  onRemove: () => void;
  onFit: () => void;
  exportIds: readonly string[];
  exportFallback: ExportScope | null;
  nodes: ReadonlyMap<string, GraphNode>;
}

/** What a live embed of this view shows: the focus entity, else the path; null for neither. */
function embedContext(view: View) {
  if (view.focus) return { kind: 'entity' as const, id: view.focus };
  if (view.path) return { kind: 'path' as const, from: view.path.from, to: view.path.to };
  return null;
}

function contextName(view: View, nodes: ReadonlyMap<string, GraphNode>): string {
  const name = (id: string) => nodes.get(id)?.name ?? id;
  if (view.focus) return name(view.focus);
  if (view.path) return `${name(view.path.from)} → ${name(view.path.to)}`;
  return '';
}

/** Undo/redo, what to do with the selection, layout, graph/table, export and share. */
export function ExplorerToolbar(props: ExplorerToolbarProps) {
  const { t, i18n } = useTranslation();
  const layoutId = useId();
  const groupId = useId();
  const toolsId = useId();
  // On phones the tools fold behind one button (CSS shows it there only), so the canvas keeps the screen.
  const [open, setOpen] = useState(false);
  const { store, view, selectedNodes } = props;
  const none = selectedNodes.length === 0;
  return (
    <div
      id={toolsId}
      className={`toolbar${open ? ' open' : ''}`}
      role="toolbar"
      aria-label={t('toolbar.label')}
    >
      <button
        type="button"
        className="toolbar-toggle"
        aria-expanded={open}
        aria-controls={toolsId}
        onClick={() => setOpen(!open)}
      >
        ☰ {t('toolbar.menu')}
      </button>
      <div className="tool-group">
        <button type="button" onClick={store.undo} disabled={!store.canUndo} title="Ctrl+Z">
          ↶ {t('toolbar.undo')}
        </button>
        <button type="button" onClick={store.redo} disabled={!store.canRedo} title="Ctrl+Shift+Z">
          ↷ {t('toolbar.redo')}
        </button>
      </div>
      <div className="tool-group">
        <button type="button" onClick={props.onExpand} disabled={none} title="E">
          {t('toolbar.expand')}
        </button>
        <button type="button" onClick={props.onHide} disabled={none} title="H">
          {t('toolbar.hide')}
        </button>
        <button
          type="button"
          onClick={props.onPin}
          disabled={none}
          title="P"
          aria-pressed={!none && props.allPinned}
        >
          {props.allPinned && !none ? t('toolbar.unpin') : t('toolbar.pin')}
        </button>
        <button type="button" onClick={props.onRemove} disabled={none} title="Delete">
          {t('toolbar.remove')}
        </button>
        {view.hidden.length > 0 && (
          <button type="button" onClick={() => store.act({ type: 'show' })}>
            {t('toolbar.showHidden', { count: view.hidden.length })}
          </button>
        )}
        {view.removed.length > 0 && (
          <button type="button" onClick={() => store.act({ type: 'restore' })}>
            {t('toolbar.restoreRemoved', { count: view.removed.length })}
          </button>
        )}
      </div>
      <div className="tool-group">
        <label htmlFor={layoutId}>{t('toolbar.layout')}</label>
        <select
          id={layoutId}
          value={view.layout}
          onChange={(e) => store.act({ type: 'layout', layout: e.target.value as LayoutName })}
        >
          {LAYOUTS.map((l) => (
            <option key={l} value={l}>
              {t(`layout.${l}`)}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => props.cy?.emit(LAYOUT_CHOSEN)} title={t('toolbar.relayoutHint')}>
          {t('toolbar.relayout')}
        </button>
        <button type="button" onClick={props.onFit} title="F">
          {t('toolbar.fit')}
        </button>
        <label htmlFor={groupId}>{t('toolbar.grouping')}</label>
        <select
          id={groupId}
          value={view.grouping}
          onChange={(e) => store.act({ type: 'grouping', grouping: e.target.value as Grouping })}
        >
          {GROUPINGS.map((g) => (
            <option key={g} value={g}>
              {t(`grouping.${g}`)}
            </option>
          ))}
        </select>
      </div>
      <fieldset className="tool-group">
        <legend className="visually-hidden">{t('toolbar.viewAs')}</legend>
        <button type="button" aria-pressed={props.mode === 'graph'} onClick={() => props.onMode('graph')}>
          {t('toolbar.graph')}
        </button>
        <button type="button" aria-pressed={props.mode === 'table'} onClick={() => props.onMode('table')}>
          {t('toolbar.table')}
        </button>
      </fieldset>
      <div className="tool-group">
        <ExportMenu cy={props.cy} ids={props.exportIds} fallback={props.exportFallback} />
        <CopyLinkButton />
        <EmbedButton
          cy={props.cy}
          context={embedContext(view)}
          contextName={contextName(view, props.nodes)}
          asOf={view.filters.asOf}
          liveView={view.focus ? viewGraphQuery(view) : undefined}
          nodes={props.nodes}
          lang={currentLanguage(i18n.resolvedLanguage)}
        />
      </div>
    </div>
  );
}
