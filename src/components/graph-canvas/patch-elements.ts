import type { Core, ElementDefinition, NodeSingular } from 'cytoscape';

export interface PatchResult {
  added: string[];
  removed: string[];
  /** The canvas held no nodes before this patch. */
  wasEmpty: boolean;
  /** Anything at all changed: data, classes, parents or positions too. */
  changed: boolean;
}

function sameData(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(b).filter((k) => k !== 'parent');
  const own = Object.keys(a).filter((k) => k !== 'parent');
  return keys.length === own.length && keys.every((k) => a[k] === b[k]);
}

const parentOf = (el: ElementDefinition) => (typeof el.data.parent === 'string' ? el.data.parent : null);

/**
 * Brings the canvas to the wanted elements by id inside one batch: adds, removes, updates data and
 * classes, moves nodes between groups (compound parents). Never rebuilds. New nodes start on a ring
 * around the node they were reached from (or at their pinned position), so what is already drawn stays
 * where it is; a pinned node whose pin moved (a drag undone) goes back to its pin.
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
  let changed = false;
  cy.batch(() => {
    // Groups first, so members can move into them; members leave groups before a group goes.
    const groups = wanted.filter((e) => e.group === 'nodes' && cy.getElementById(String(e.data.id)).empty());
    const newParents = new Set(wanted.map(parentOf).filter((p): p is string => p !== null));
    const parentsFirst = groups.filter((e) => newParents.has(String(e.data.id)));
    if (parentsFirst.length) {
      cy.add(parentsFirst.map((e) => ({ ...e, position: e.position ?? freeSpot(cy) })));
      for (const e of parentsFirst) added.push(String(e.data.id));
    }
    for (const el of wanted) {
      if (el.group !== 'nodes') continue;
      const node = cy.getElementById(String(el.data.id));
      if (node.empty() || !node.isNode()) continue;
      const want = parentOf(el);
      const has = (node as NodeSingular).parent().first();
      const current = has.nonempty() ? has.id() : null;
      if (want !== current && (want === null || cy.getElementById(want).nonempty())) {
        (node as NodeSingular).move({ parent: want });
        changed = true;
      }
    }
    cy.elements().forEach((el) => {
      if (!wantedIds.has(el.id()) && el.inside()) {
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
          for (const key of Object.keys(current))
            if (!(key in el.data) && key !== 'parent') existing.removeData(key);
          const { parent: _parent, ...data } = el.data;
          existing.data(data);
          changed = true;
        }
        const classes = typeof el.classes === 'string' ? el.classes : '';
        if (existing.classes().join(' ') !== classes) {
          existing.classes(classes);
          changed = true;
        }
        if (existing.isNode() && el.position) {
          const p = (existing as NodeSingular).position();
          if (
            Math.round(p.x) !== Math.round(el.position.x) ||
            Math.round(p.y) !== Math.round(el.position.y)
          ) {
            (existing as NodeSingular).position({ ...el.position });
            changed = true;
          }
        }
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
          const p = (parent as NodeSingular).position();
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
    if (toAdd.length) cy.add(toAdd);
  });
  return { added, removed, wasEmpty, changed: changed || added.length > 0 || removed.length > 0 };
}

function freeSpot(cy: Core): { x: number; y: number } {
  if (cy.nodes().empty()) {
    const extent = cy.extent();
    return { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 };
  }
  const box = cy.nodes().boundingBox({ includeLabels: false });
  return { x: box.x2 + 120, y: box.y1 };
}
