import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphPayload } from '../../../contract/api/payloads.ts';
import { LabelController } from '../../components/graph-canvas/controllers/LabelController.tsx';
import { LayoutController } from '../../components/graph-canvas/controllers/LayoutController.tsx';
import { SelectionController } from '../../components/graph-canvas/controllers/SelectionController.tsx';
import { CyProvider } from '../../components/graph-canvas/cy-context.tsx';
import { GraphCanvas } from '../../components/graph-canvas/GraphCanvas.tsx';
import { toElements } from '../../components/graph-canvas/to-elements.ts';
import { currentLanguage } from '../../lib/i18n/i18n.ts';
import { relatedOnly } from './related-only.ts';

const NONE = new Set<string>();
const NO_PARENTS = new Map<string, string>();

interface ArticleGraphProps {
  graph: GraphPayload;
  selected: string | null;
  onSelect: (id: string | null) => void;
}

/** What the article itself says, as a small graph beside the text. */
export function ArticleGraph({ graph, selected, onSelect }: ArticleGraphProps) {
  const { t, i18n } = useTranslation();
  const readings = currentLanguage(i18n.language) === 'en';
  const { shown, unrelated } = useMemo(() => relatedOnly(graph), [graph]);
  const elements = useMemo(
    () =>
      toElements(shown.nodes, shown.edges, {
        t,
        readings,
        icons: true,
        focus: null,
        expanded: NONE,
        truncated: NONE,
        pinned: new Map(),
        hiddenNodes: NONE,
        hiddenEdges: NONE,
        path: null,
        sizes: null,
      }),
    [shown, t, readings],
  );
  const selection = useMemo(() => (selected ? [selected] : []), [selected]);
  const note = unrelated > 0 && (
    <p className="muted article-graph-note">{t('article.unrelated', { count: unrelated })}</p>
  );
  if (shown.nodes.length === 0) return note || null;
  return (
    <>
      <div className="article-graph">
        <CyProvider>
          <GraphCanvas
            elements={elements}
            parents={NO_PARENTS}
            large={false}
            renderer="canvas"
            label={t('canvas.label', {
              nodes: t('common.nodes', { count: shown.nodes.length }),
              edges: t('common.edges', { count: shown.edges.length }),
            })}
          >
            <LayoutController layout="fcose" focus={null} ready onBusy={() => {}} compact />
            <LabelController />
            <SelectionController selected={selection} onSelect={(ids) => onSelect(ids.at(-1) ?? null)} />
          </GraphCanvas>
        </CyProvider>
      </div>
      {note}
    </>
  );
}
