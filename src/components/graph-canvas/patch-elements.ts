import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';

export interface PatchResult {
  added: string[];
  removed: string[];
  /** The canvas held no nodes before this patch. */
  wasEmpty: boolean;
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}

/**
 * Brings the canvas to the wanted elements by id inside one batch: adds, removes, updates data and
 * classes. Never rebuilds. New nodes start on a ring around the node they were reached from (or at
 * their pinned position), so what is already drawn stays where it is.
 */
export function patchElements(
  cy: Core,
  wanted: readonly ElementDefinition[],
  parents: ReadonlyMap<string, string>,
): PatchResult {
  const wantedIds = new Set(wanted.map((e) => String(e.data.id)));
  const wasEmpty = cy.nodes().empty();
  const added: string[] = [];
  const removed: string[] = [];
  cy.batch(() => {
    cy.elements().forEach((el) => {
      if (!wantedIds.has(el.id())) {
        removed.push(el.id());
        el.remove();
      }
    });
    const fresh = wanted.filter((e) => e.group === 'nodes' && cy.getElementById(String(e.data.id)).empty());
    const perParent = new Map<string, number>();
    for (const el of fresh) {
      const p = parents.get(String(el.data.id));
      if (p) perParent.set(p, (perParent.get(p) ?? 0) + 1);
    }
    const placed = new Map<string, number>();
    const free = freeSpot(cy);
    let orphans = 0;
    const toAdd: ElementDefinition[] = [];
    for (const el of wanted) {
      const id = String(el.data.id);
      const existing = cy.getElementById(id);
      if (existing.nonempty()) {
        const current = existing.data() as Record<string, unknown>;
        if (!sameData(current, el.data)) {
          for (const key of Object.keys(current)) if (!(key in el.data)) existing.removeData(key);
          existing.data(el.data);
        }
        const classes = typeof el.classes === 'string' ? el.classes : '';
        if (existing.classes().join(' ') !== classes) existing.classes(classes);
        if (existing.isNode()) setLock(existing as NodeSingular, classes);
        continue;
      }
      if (el.group === 'nodes') {
        added.push(id);
        if (el.position) {
          toAdd.push(el);
          continue;
        }
        const parent = cy.getElementById(parents.get(id) ?? '');
        if (parent.nonempty()) {
          const i = placed.get(parent.id()) ?? 0;
          placed.set(parent.id(), i + 1);
          const count = perParent.get(parent.id()) ?? 1;
          const angle = (2 * Math.PI * i) / count + 0.3;
          const radius = 80 + 4 * Math.min(count, 120);
          const p = parent.position();
          toAdd.push({
            ...el,
            position: { x: p.x + radius * Math.cos(angle), y: p.y + radius * Math.sin(angle) },
          });
          continue;
        }
        // Reached from nothing in view: stacked beside what is drawn, never on top of it.
        toAdd.push({ ...el, position: { x: free.x, y: free.y + 70 * orphans++ } });
        continue;
      }
      toAdd.push(el);
    }
    const collection = cy.add(toAdd);
    collection.nodes().forEach((n) => {
      setLock(n, n.classes().join(' '));
    });
  });
  return { added, removed, wasEmpty };
}

function setLock(node: NodeSingular, classes: string): void {
  const pinned = classes.split(' ').includes('pinned');
  if (pinned && !node.locked()) node.lock();
  else if (!pinned && node.locked()) node.unlock();
}

function freeSpot(cy: Core): { x: number; y: number } {
  if (cy.nodes().empty()) {
    const extent = cy.extent();
    return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  }
  const box = cy.nodes().boundingBox({ includeLabels: false });
  return { x: box.x2 + 120, y: box.y1 };
}
