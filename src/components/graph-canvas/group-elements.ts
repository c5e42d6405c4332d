import type { ElementDefinition } from 'cytoscape';
import type { Community } from '../../lib/communities.ts';
import { COMMUNITY_LOOK } from '../../lib/community-look.ts';

/** How many community colours there are (graph-style.ts has one rule per colour). */
export const COMMUNITY_COLOURS = COMMUNITY_LOOK.length;

export const groupId = (key: string) => `group:${key}`;
export const isGroupId = (id: string) => id.startsWith('group:');

export interface Grouping {
  list: readonly Community[];
  /** Keys of the communities drawn as one node. */
  folded: ReadonlySet<string>;
  /** The label of a community: its leader and how many it holds. */
  label: (community: Community) => string;
}

const hasClass = (el: ElementDefinition, name: string) =>
  typeof el.classes === 'string' && el.classes.split(' ').includes(name);
const addClass = (el: ElementDefinition, name: string): ElementDefinition => ({
  ...el,
  classes: [typeof el.classes === 'string' ? el.classes : '', name].filter(Boolean).join(' '),
});

/**
 * Pure: the elements of a view drawn with its communities. An open community is a compound node around
 * its members (its colour the community's, its label its leader and size); a folded one is a single node
 * of that size, its members hidden and their relationships to the rest drawn as one edge per neighbour
 * (labelled with how many relationships it stands for).
 */
export function groupElements(
  elements: readonly ElementDefinition[],
  grouping: Grouping,
): ElementDefinition[] {
  const memberOf = new Map<string, Community>();
  for (const c of grouping.list) for (const m of c.members) memberOf.set(m, c);
  const folded = (id: string) => {
    const c = memberOf.get(id);
    return c && grouping.folded.has(c.key) ? c : undefined;
  };
  const out: ElementDefinition[] = grouping.list.map((c) => {
    const isFolded = grouping.folded.has(c.key);
    return {
      group: 'nodes',
      data: {
        id: groupId(c.key),
        label: grouping.label(c),
        type: 'Group',
        kind: '',
        members: c.members.length,
        size: isFolded ? Math.round(34 + 6 * Math.sqrt(c.members.length)) : 0,
      },
      classes: `community colour-${c.index % COMMUNITY_COLOURS}${isFolded ? ' folded' : ''}`,
      grabbable: isFolded,
    };
  });
  const meta = new Map<string, { source: string; target: string; count: number; hidden: boolean }>();
  for (const el of elements) {
    const id = String(el.data.id);
    if (el.group === 'nodes') {
      const c = memberOf.get(id);
      if (!c) out.push(el);
      else if (grouping.folded.has(c.key)) out.push(addClass(el, 'hidden'));
      else out.push({ ...el, data: { ...el.data, parent: groupId(c.key) } });
      continue;
    }
    const source = String(el.data.source);
    const target = String(el.data.target);
    const a = folded(source);
    const b = folded(target);
    if (!a && !b) {
      out.push(el);
      continue;
    }
    out.push(addClass(el, 'hidden'));
    const from = a ? groupId(a.key) : source;
    const to = b ? groupId(b.key) : target;
    if (from === to) continue;
    const [x, y] = from < to ? [from, to] : [to, from];
    const key = `meta:${x}|${y}`;
    const entry = meta.get(key) ?? { source: x, target: y, count: 0, hidden: true };
    entry.count += 1;
    // Drawn when at least one of the relationships it stands for would be.
    if (!hasClass(el, 'hidden')) entry.hidden = false;
    meta.set(key, entry);
  }
  for (const [id, m] of meta) {
    out.push({
      group: 'edges',
      data: {
        id,
        source: m.source,
        target: m.target,
        type: 'GROUPED',
        label: String(m.count),
        weight: m.count,
      },
      classes: `meta${m.hidden ? ' hidden' : ''}`,
    });
  }
  return out;
}
