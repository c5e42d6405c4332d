import type { Page } from 'playwright-core';
import { LAYOUTS_PENDING } from '../../src/components/graph-canvas/layouts/run-layout.ts';
import { LABELS_PENDING } from '../../src/lib/cy-labels.ts';
import { plainLabel } from '../../src/lib/names.ts';

/** Reads what the Cytoscape canvas shows: the labels of nodes and edges in view, as a person reads them. */
export async function canvasLabels(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  const drawn = await page.evaluate(() => {
    const cy = window.__guanxiCy;
    if (!cy) return { nodes: [], edges: [] };
    return {
      nodes: cy.nodes().map((n) => String(n.data('label'))),
      edges: cy.edges().map((e) => String(e.data('label'))),
    };
  });
  return { nodes: drawn.nodes.map(plainLabel), edges: drawn.edges.map(plainLabel) };
}

/** Where a node or edge is drawn, in page coordinates, so the test can click it like a person. */
export async function pointOf(
  page: Page,
  selector: { node?: string; edgeLabel?: string },
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(({ node, edgeLabel }) => {
    const cy = window.__guanxiCy;
    if (!cy) return null;
    const el = node
      ? cy
          .nodes()
          .filter((n) => n.data('label') === node)
          .first()
      : cy
          .edges()
          .filter((e) => e.data('label') === edgeLabel)
          .first();
    if (el.empty()) return null;
    const box = cy.container()?.getBoundingClientRect();
    if (!box) return null;
    if (el.isNode()) {
      const p = el.renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }
    // A point of the edge that no node covers (a node may lie across its middle): along the curve
    // through its ends and its midpoint, nearest the middle first.
    const s = el.renderedSourceEndpoint();
    const m = el.renderedMidpoint();
    const t = el.renderedTargetEndpoint();
    const c = { x: 2 * m.x - (s.x + t.x) / 2, y: 2 * m.y - (s.y + t.y) / 2 };
    const at = (k: number) => ({
      x: (1 - k) ** 2 * s.x + 2 * k * (1 - k) * c.x + k ** 2 * t.x,
      y: (1 - k) ** 2 * s.y + 2 * k * (1 - k) * c.y + k ** 2 * t.y,
    });
    const nodes = cy
      .nodes(':visible')
      .filter((n) => !n.isParent())
      .map((n) => ({
        p: (n as import('cytoscape').NodeSingular).renderedPosition(),
        r: n.renderedOuterWidth() / 2,
      }));
    const clear = (q: { x: number; y: number }) =>
      nodes.every(({ p, r }) => Math.hypot(p.x - q.x, p.y - q.y) > r + 6);
    const k = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74].find((x) => clear(at(x))) ?? 0.5;
    const p = at(k);
    return { x: box.left + p.x, y: box.top + p.y };
  }, selector);
  if (!point) throw new Error(`nothing drawn for ${JSON.stringify(selector)}`);
  return point;
}

/** Ids of the nodes on the canvas; `visible` leaves out those hidden by filters or by the person. */
export function nodeIds(page: Page, options: { visible?: boolean } = {}): Promise<string[]> {
  return page.evaluate((visible) => {
    const cy = window.__guanxiCy;
    if (!cy) return [];
    return cy
      .nodes()
      .filter((n) => !visible || !n.hasClass('hidden'))
      .map((n) => n.id());
  }, options.visible ?? false);
}

/** Waits until the canvas holds at least `count` nodes (and returns how many it holds); the ceiling is generous for
 * a machine under heavy load (a clean-clone CI beside other work timed out at 30 s with the page still loading). */
export async function waitForNodes(page: Page, count: number, timeout = 90_000): Promise<number> {
  await page.waitForFunction((n) => (window.__guanxiCy?.nodes().length ?? 0) >= n, count, { timeout });
  return page.evaluate(() => window.__guanxiCy?.nodes().length ?? 0);
}

/** The classes of one element (focus, expanded, pinned, hidden, path…). */
export function classesOf(page: Page, id: string): Promise<string[]> {
  return page.evaluate((elementId) => {
    const el = window.__guanxiCy?.getElementById(elementId);
    return el?.nonempty() ? el.classes() : [];
  }, id);
}

/** Where the node with this id is drawn, in page coordinates. */
export async function pointOfId(page: Page, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((nodeId) => {
    const cy = window.__guanxiCy;
    const el = cy?.getElementById(nodeId);
    if (!cy || !el || el.empty()) return null;
    const box = cy.container()?.getBoundingClientRect();
    const p = el.isEdge()
      ? (el as unknown as import('cytoscape').EdgeSingular).renderedMidpoint()
      : (el as unknown as import('cytoscape').NodeSingular).renderedPosition();
    return box ? { x: box.left + p.x, y: box.top + p.y } : null;
  }, id);
  if (!point) throw new Error(`nothing drawn for ${id}`);
  return point;
}

/**
 * Waits until the drawing is final: no layout waiting or running, no label pass waiting, no node and no
 * viewport being animated (a layout moves nodes only while it runs or animates; nothing else moves them).
 */
export async function waitForStill(page: Page, timeout = 60_000): Promise<void> {
  await page.waitForFunction(
    ([layouts, labels]) => {
      const cy = window.__guanxiCy;
      if (!cy) return false;
      return (
        !cy.scratch(layouts) &&
        !cy.scratch(labels) &&
        !cy.animated() &&
        !cy.nodes().some((n) => (n as unknown as { animated(): boolean }).animated())
      );
    },
    [LAYOUTS_PENDING, LABELS_PENDING] as const,
    { timeout },
  );
}

/** Clicks a node where it is drawn, once the layout has settled, until the canvas reports it selected. */
export async function clickNode(
  page: Page,
  id: string,
  options: { modifiers?: ('Control' | 'Shift')[] } = {},
) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await waitForStill(page);
    const { x, y } = await pointOfId(page, id);
    for (const key of options.modifiers ?? []) await page.keyboard.down(key);
    await page.mouse.click(x, y);
    for (const key of options.modifiers ?? []) await page.keyboard.up(key);
    const selected = await page
      .waitForFunction((nodeId) => window.__guanxiCy?.getElementById(nodeId).selected(), id, {
        timeout: 2000,
      })
      .then(() => true)
      .catch(() => false);
    if (selected) return;
  }
  throw new Error(`could not select ${id} by clicking it`);
}

/**
 * Clicks nodes one after another within one task, faster than a double-click's window (250 ms): as a quick
 * hand does, and as Playwright's own clicks do on an idle machine. `ctrl` holds Control for that click.
 */
export async function clickInQuickSuccession(page: Page, clicks: { id: string; ctrl?: boolean }[]) {
  await waitForStill(page);
  await page.evaluate((list) => {
    const cy = window.__guanxiCy;
    const box = cy?.container()?.getBoundingClientRect();
    if (!cy || !box) throw new Error('no canvas');
    type Bounds = { x1: number; y1: number; x2: number; y2: number };
    const bodyOf = (n: import('cytoscape').SingularElementArgument): Bounds =>
      n.renderedBoundingBox({ includeLabels: false, includeOverlays: false });
    // A point of the node's body that no other node covers: in a crowded ring of members two bodies may overlap,
    // and a click there would land on whichever is drawn on top.
    const freePoint = (node: import('cytoscape').NodeSingular) => {
      const own = bodyOf(node);
      const others = cy
        .nodes(':visible')
        .not(node)
        .map((n) => bodyOf(n));
      const covered = (x: number, y: number) =>
        others.some((b) => x >= b.x1 && x <= b.x2 && y >= b.y1 && y <= b.y2);
      const steps = [0.5, 0.3, 0.7, 0.2, 0.8];
      for (const fy of steps)
        for (const fx of steps) {
          const x = own.x1 + (own.x2 - own.x1) * fx;
          const y = own.y1 + (own.y2 - own.y1) * fy;
          if (!covered(x, y)) return { x, y };
        }
      return node.renderedPosition();
    };
    for (const { id, ctrl } of list) {
      const p = freePoint(cy.getElementById(id) as unknown as import('cytoscape').NodeSingular);
      const init = {
        clientX: box.left + p.x,
        clientY: box.top + p.y,
        button: 0,
        bubbles: true,
        ctrlKey: !!ctrl,
      };
      // Cytoscape listens on its container for presses on the layers inside it.
      const layer = document.elementFromPoint(init.clientX, init.clientY);
      if (!layer || !cy.container()?.contains(layer)) throw new Error(`${id} is not on the canvas`);
      layer.dispatchEvent(new MouseEvent('mousedown', init));
      layer.dispatchEvent(new MouseEvent('mouseup', init));
    }
  }, clicks);
}

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** What the canvas shows, in rendered pixels: its size, the box of the drawn nodes' bodies, each community's box. */
export interface Drawing {
  width: number;
  height: number;
  graph: Box;
  groups: (Box & { id: string })[];
}

export function drawing(page: Page): Promise<Drawing> {
  return page.evaluate(() => {
    const cy = window.__guanxiCy;
    if (!cy) throw new Error('no canvas');
    const options = { includeLabels: false, includeOverlays: false } as never;
    const box = (b: { x1: number; y1: number; x2: number; y2: number }) => ({
      x1: b.x1,
      y1: b.y1,
      x2: b.x2,
      y2: b.y2,
    });
    return {
      width: cy.width(),
      height: cy.height(),
      graph: box(cy.nodes(':visible').renderedBoundingBox(options)),
      groups: cy
        .nodes('.community:visible')
        .filter((g) => g.isParent())
        .map((g) => ({ id: g.id(), ...box(g.renderedBoundingBox(options)) })),
    };
  });
}

/** Whether two boxes share any area (touching edges do not count). */
export function intersect(a: Box, b: Box): boolean {
  return Math.min(a.x2, b.x2) > Math.max(a.x1, b.x1) && Math.min(a.y2, b.y2) > Math.max(a.y1, b.y1);
}

/** How the drawing sits in the canvas: whether it is whole inside, and the larger share of width or height it fills. */
export function fitOf(d: Drawing): { inside: boolean; fills: number; tall: number } {
  const inside =
    d.graph.x1 >= -1 && d.graph.y1 >= -1 && d.graph.x2 <= d.width + 1 && d.graph.y2 <= d.height + 1;
  const tall = (d.graph.y2 - d.graph.y1) / d.height;
  const fills = Math.max((d.graph.x2 - d.graph.x1) / d.width, tall);
  const share = (x: number) => Math.round(x * 100) / 100;
  return { inside, fills: share(fills), tall: share(tall) };
}

/** Ids of community boxes that overlap another. */
export function overlappingGroups(d: Drawing): string[] {
  const out: string[] = [];
  d.groups.forEach((a, i) => {
    for (const b of d.groups.slice(i + 1)) if (intersect(a, b)) out.push(`${a.id} × ${b.id}`);
  });
  return out;
}
