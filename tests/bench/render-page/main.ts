import type { StylesheetJson } from 'cytoscape';
import type { TFunction } from 'i18next';
import type { GraphEdge, GraphNode, NodeTypeName } from '../../../contract/api/payloads.ts';
import { createCy } from '../../../src/components/graph-canvas/create-cy.ts';
import { fitView } from '../../../src/components/graph-canvas/fit-view.ts';
import {
  graphStyle,
  ICON_LIMIT,
  LARGE_VIEW,
  largeGraphStyle,
} from '../../../src/components/graph-canvas/graph-style.ts';
import { fullLayout } from '../../../src/components/graph-canvas/layouts/run-layout.ts';
import { patchElements } from '../../../src/components/graph-canvas/patch-elements.ts';
import { toElements } from '../../../src/components/graph-canvas/to-elements.ts';
import { rasteriseIcons } from '../../../src/lib/entity-icons.ts';

/**
 * The render benchmark's page: the app's own Cytoscape settings, stylesheet, element conversion and
 * patching, timed from data in hand to the first frame drawn.
 */

export interface BenchCase {
  nodes: number;
  edges: number;
  renderer: 'canvas' | 'webgl';
  /** preset: positions come with the data; draft: fcose in draft quality first. */
  mode: 'preset' | 'draft';
  /** Experiments: the app's style without icons, or without edge labels and arrows. */
  variant?: 'app' | 'no-icons' | 'plain-edges' | 'clipped-icons' | 'no-wrap' | 'no-labels' | 'straight';
}

/** What each experiment adds to the app's style (no-icons changes the elements instead). */
const VARIANT_RULES: Record<NonNullable<BenchCase['variant']>, StylesheetJson> = {
  app: [],
  'no-icons': [],
  straight: [{ selector: 'edge', style: { 'curve-style': 'straight' } }],
  'no-wrap': [{ selector: 'node', style: { 'text-wrap': 'none' } }],
  'no-labels': [
    { selector: 'node', style: { label: '' } },
    { selector: 'edge', style: { label: '' } },
  ],
  'clipped-icons': [
    {
      selector: 'node[icon]',
      style: {
        'background-clip': 'node',
        'background-image-containment': 'inside',
        'background-image-smoothing': 'no',
      },
    },
  ],
  'plain-edges': [
    { selector: 'edge', style: { label: '', 'curve-style': 'haystack', 'target-arrow-shape': 'none' } },
  ],
};

export interface BenchResult {
  firstFrameMs: number;
  layoutMs: number;
  panFrameMs: number;
  webgl: boolean;
}

const TYPES: NodeTypeName[] = ['Person', 'Organization', 'Place', 'Event', 'Topic'];
const NAMES = '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜';

function synth(n: number, m: number): { nodes: GraphNode[]; edges: GraphEdge[] } {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const nodes: GraphNode[] = Array.from({ length: n }, (_, i) => ({
    id: `n${i}`,
    type: TYPES[i % TYPES.length] as NodeTypeName,
    kind: null,
    name: `${NAMES[i % NAMES.length]}${NAMES[(i * 7) % NAMES.length]}${i}`,
    aliases: [],
    pinyin: null,
    nameEn: null,
    properties: {},
    articleCount: 1,
  }));
  const edges: GraphEdge[] = Array.from({ length: m }, (_, i) => {
    const source = Math.floor(rand() * n);
    let target = Math.floor(rand() * n);
    if (target === source) target = (target + 1) % n;
    return {
      id: `e${i}`,
      type: 'MEMBER_OF',
      source: `n${source}`,
      target: `n${target}`,
      properties: { weight: 1 + (i % 4) },
      articles: ['a'],
    };
  });
  return { nodes, edges };
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

async function run(c: BenchCase): Promise<BenchResult> {
  await rasteriseIcons();
  const container = document.getElementById('cy') as HTMLElement;
  const { nodes, edges } = synth(c.nodes, c.edges);
  const large = c.nodes > LARGE_VIEW;
  const t0 = performance.now();
  const elements = toElements(nodes, edges, {
    t: ((key: string) => key) as unknown as TFunction,
    readings: false,
    icons: c.nodes <= ICON_LIMIT && c.variant !== 'no-icons',
    focus: null,
    expanded: new Set(),
    truncated: new Set(),
    pinned: new Map(),
    hiddenNodes: new Set(),
    hiddenEdges: new Set(),
    path: null,
    sizes: null,
  });
  if (c.mode === 'preset') {
    const side = Math.ceil(Math.sqrt(c.nodes));
    for (const [i, el] of elements.filter((e) => e.group === 'nodes').entries()) {
      el.position = { x: (i % side) * 70, y: Math.floor(i / side) * 70 };
    }
  }
  const cy = createCy(container, c.renderer);
  cy.style(large ? largeGraphStyle : [...graphStyle, ...VARIANT_RULES[c.variant ?? 'app']]);
  patchElements(cy, elements, new Map());
  let layoutMs = 0;
  if (c.mode === 'draft') {
    const l0 = performance.now();
    const eles = cy.elements();
    await fullLayout(eles, 'fcose', { focus: null, animate: false });
    layoutMs = performance.now() - l0;
  }
  fitView(cy);
  const webgl = container.querySelector('canvas[data-id$="-webgl"]') !== null;
  // The canvas renderer says when it has drawn; the WebGL one does not, so give it two frames.
  const drawn = () =>
    webgl
      ? frame().then(frame)
      : Promise.race([
          new Promise<void>((resolve) => cy.one('render', () => resolve())).then(frame),
          new Promise<void>((_, reject) => setTimeout(() => reject(new Error('no frame in 60 s')), 60_000)),
        ]);
  await drawn();
  const firstFrameMs = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 200));
  const p0 = performance.now();
  cy.panBy({ x: 60, y: 40 });
  await drawn();
  const panFrameMs = performance.now() - p0;
  cy.destroy();
  return { firstFrameMs, layoutMs, panFrameMs, webgl };
}

declare global {
  interface Window {
    runBench: (c: BenchCase) => Promise<BenchResult>;
  }
}
window.runBench = run;
