import type { Page } from 'playwright-core';

/** Reads what the Cytoscape canvas shows: the labels of nodes and edges in view. */
export function canvasLabels(page: Page): Promise<{ nodes: string[]; edges: string[] }> {
  return page.evaluate(() => {
    const cy = window.__guanxiCy;
    if (!cy) return { nodes: [], edges: [] };
    return {
      nodes: cy.nodes().map((n) => String(n.data('label'))),
      edges: cy.edges().map((e) => String(e.data('label'))),
    };
  });
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
    const p = el.isNode() ? el.renderedPosition() : el.renderedMidpoint();
    return box ? { x: box.left + p.x, y: box.top + p.y } : null;
  }, selector);
  if (!point) throw new Error(`nothing drawn for ${JSON.stringify(selector)}`);
  return point;
}
