import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../../../../contract/api/payloads.ts';
import { snapshotFromCy } from '../../../../../src/features/embed-dialog/snapshot-from-cy.ts';

function canvas() {
  return cytoscape({
    headless: true,
    styleEnabled: true,
    elements: [
      {
        group: 'nodes',
        data: { id: 'p', label: '李红珍\nli hong zhen', type: 'Person', kind: '' },
        position: { x: 10.04, y: 20 },
      },
      {
        group: 'nodes',
        data: { id: 'o', label: '组织部', type: 'Organization', kind: 'party' },
        position: { x: -5, y: 7.55 },
      },
      {
        group: 'nodes',
        data: { id: 'h', label: 'hidden', type: 'Person', kind: '' },
        classes: 'hidden',
        position: { x: 0, y: 0 },
      },
      {
        group: 'nodes',
        data: { id: 'w', label: 'weird', type: 'Spaceship', kind: '' },
        position: { x: 0, y: 0 },
      },
      {
        group: 'edges',
        data: { id: 'e1', source: 'p', target: 'o', type: 'HOLDS_POSITION', label: '部长', weight: 2 },
      },
      {
        group: 'edges',
        data: { id: 'e2', source: 'p', target: 'h', type: 'MEMBER_OF', label: 'x', weight: 1 },
      },
    ],
    style: [{ selector: '.hidden', style: { display: 'none' } }],
    layout: { name: 'preset' },
  });
}

const meta = {
  title: '  标题 ',
  caption: 'x'.repeat(3000),
  lang: 'zh' as const,
  asOf: '2023-04-30',
  citations: [{ id: 'a1', title: 't', source: 's', publishedAt: '2023-04-24T15:02:00+08:00' }],
};

describe('snapshotFromCy', () => {
  it('takes the visible nodes at their positions and the edges among them, within the server limits', () => {
    const cy = canvas();
    const result = snapshotFromCy(cy, { ...meta, explorerPath: '/entity/p?x=o' });
    if (!result.ok) throw new Error(result.reason);
    expect(result.input.nodes).toEqual([
      { id: 'p', type: 'Person', kind: null, name: '李红珍', subtitle: 'li hong zhen', x: 10, y: 20 },
      { id: 'o', type: 'Organization', kind: 'party', name: '组织部', subtitle: null, x: -5, y: 7.6 },
    ]);
    expect(result.input.edges).toEqual([
      { id: 'e1', type: 'HOLDS_POSITION', source: 'p', target: 'o', label: '部长', weight: 2 },
    ]);
    expect(result.input.title).toBe('标题');
    expect(result.input.caption).toHaveLength(2000);
    expect(result.input).toMatchObject({
      lang: 'zh',
      asOf: '2023-04-30',
      citations: meta.citations,
      explorerPath: '/entity/p?x=o',
    });
    // Reading the view changes nothing in it.
    expect(cy.getElementById('p').position()).toEqual({ x: 10.04, y: 20 });
    cy.destroy();
  });

  it("prefers the explorer's node data for names and readings", () => {
    const cy = canvas();
    const nodes = new Map<string, GraphNode>([
      [
        'o',
        {
          id: 'o',
          type: 'Organization',
          kind: 'party',
          name: '普陀区委组织部',
          aliases: [],
          pinyin: 'pu tuo',
          nameEn: 'Organisation Dept',
          properties: {},
          articleCount: 1,
        },
      ],
    ]);
    const result = snapshotFromCy(cy, { ...meta, nodes });
    expect(result.ok && result.input.nodes[1]).toMatchObject({
      name: '普陀区委组织部',
      subtitle: 'Organisation Dept',
    });
    cy.destroy();
  });

  it('refuses an empty view', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true });
    expect(snapshotFromCy(cy, meta)).toEqual({ ok: false, reason: 'empty' });
    cy.destroy();
  });
});
