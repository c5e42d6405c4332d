import type { ElementDefinition } from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  groupElements,
  groupId,
  isGroupId,
} from '../../../../../src/components/graph-canvas/group-elements.ts';
import type { Community } from '../../../../../src/lib/communities.ts';

const n = (id: string, classes = ''): ElementDefinition => ({ group: 'nodes', data: { id }, classes });
const e = (id: string, source: string, target: string, classes = ''): ElementDefinition => ({
  group: 'edges',
  data: { id, source, target },
  classes,
});
const community = (key: string, index: number, members: string[]): Community => ({
  key,
  index,
  leader: members[0] as string,
  members,
});

const elements = [
  n('a1'),
  n('a2'),
  n('a3'),
  n('b1'),
  n('b2'),
  n('b3', 'hidden'),
  n('z'),
  e('r1', 'a1', 'a2'),
  e('r2', 'a1', 'b1'),
  e('r3', 'a2', 'b2'),
  e('r4', 'z', 'a3'),
  e('r5', 'z', 'b3', 'hidden'),
  e('r6', 'b1', 'b2'),
];
const list = [community('ka', 0, ['a1', 'a2', 'a3']), community('kb', 1, ['b1', 'b2', 'b3'])];
const label = (c: Community) => `${c.leader} (${c.members.length})`;
const byId = (out: ElementDefinition[]) => new Map(out.map((el) => [String(el.data.id), el]));

describe('communities drawn as groups', () => {
  it('puts members inside a group named by its leader and size; the rest stays as it was', () => {
    const out = byId(groupElements(elements, { list, folded: new Set(), label }));
    expect(out.get(groupId('ka'))?.data.label).toBe('a1 (3)');
    expect(out.get(groupId('kb'))?.classes).toBe('community colour-1');
    expect(out.get('a2')?.data.parent).toBe(groupId('ka'));
    expect(out.get('z')).toEqual(n('z'));
    expect(out.get('r2')).toEqual(elements[8]);
    expect([...out.keys()].some((id) => id.startsWith('meta:'))).toBe(false);
    expect(isGroupId(groupId('ka'))).toBe(true);
    expect(isGroupId('a1')).toBe(false);
  });

  it('folds a group into one node: members and their relationships hidden, one edge per neighbour with the count', () => {
    const out = byId(groupElements(elements, { list, folded: new Set(['kb']), label }));
    const group = out.get(groupId('kb'));
    expect(group?.classes).toBe('community colour-1 folded');
    expect(Number(group?.data.size)).toBeGreaterThan(34);
    expect(group?.grabbable).toBe(true);
    for (const id of ['b1', 'b2', 'b3', 'r2', 'r3', 'r5', 'r6'])
      expect(out.get(id)?.classes).toContain('hidden');
    expect(out.get('b1')?.data.parent).toBeUndefined();
    // a1→b1 and a2→b2 each become a relationship between their node and the folded group.
    const metas = [...out.values()].filter((el) => String(el.data.id).startsWith('meta:'));
    expect(metas.map((m) => [m.data.source, m.data.target, m.data.label, m.classes]).sort()).toEqual([
      ['a1', groupId('kb'), '1', 'meta'],
      ['a2', groupId('kb'), '1', 'meta'],
      // z's only relationship into the group is hidden by the filters: so is the edge standing for it.
      [groupId('kb'), 'z', '1', 'meta hidden'],
    ]);
  });

  it('joins two folded groups by one edge counting every relationship between them', () => {
    const out = groupElements(elements, { list, folded: new Set(['ka', 'kb']), label });
    const metas = out.filter((el) => String(el.data.id).startsWith('meta:'));
    const between = metas.find((m) => m.data.source === groupId('ka') && m.data.target === groupId('kb'));
    expect(between?.data.weight).toBe(2);
    expect(metas.some((m) => m.data.source === m.data.target)).toBe(false);
  });
});
