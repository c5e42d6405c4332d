import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { nodeLabel, toElements } from '../../../../../src/components/graph-canvas/to-elements.ts';
import { edgeLabel } from '../../../../../src/lib/edge-label.ts';
import { edge, node } from '../../lib/view/graph-fixtures.ts';

const t = ((key: string, o?: { defaultValue?: string }) =>
  `t(${key})${o?.defaultValue ? '' : ''}`) as unknown as TFunction;
const none = new Set<string>();
const base = {
  t,
  readings: false,
  icons: true,
  focus: 'a',
  expanded: new Set(['a']),
  truncated: new Set(['a']),
  pinned: new Map([['b', { x: 5, y: 6 }]]),
  hiddenNodes: new Set(['c']),
  hiddenEdges: none,
  path: null,
  sizes: null,
};

describe('canvas elements', () => {
  it('labels edges with the title as written, else a translated role or relation', () => {
    expect(edgeLabel({ type: 'HOLDS_POSITION', properties: { title: '部长' } }, t)).toBe('部长');
    expect(edgeLabel({ type: 'PARTICIPATED_IN', properties: { role: 'speaker' } }, t)).toBe(
      't(role.speaker)',
    );
    expect(edgeLabel({ type: 'LOCATED_IN', properties: {} }, t)).toBe('t(relation.LOCATED_IN)');
  });

  it('puts the reading under the name only when asked, shortened', () => {
    const n = { ...node('李红珍'), name: '李红珍', pinyin: 'li hong zhen' };
    expect(nodeLabel(n, false)).toBe('李红珍');
    expect(nodeLabel(n, true)).toBe('李红珍\nli hong zhen');
    const long = { ...n, pinyin: 'a'.repeat(40) };
    expect(nodeLabel(long, true).split('\n')[1]).toHaveLength(26);
  });

  it('shows the English name alone in English where one is known, not pinyin', () => {
    const schneider = {
      ...node('施耐德'),
      name: '施耐德电气(中国)有限公司',
      pinyin: 'shi nai de dian qi zhong guo you xian gong si',
      aliases: [
        '施耐德电气',
        'Schneider Electric (China) Co., Ltd.',
        'Schneider Electric',
        'shinaide',
        'snd',
      ],
    };
    expect(nodeLabel(schneider, true)).toBe('Schneider Electric');
    expect(nodeLabel(schneider, false)).toBe('施耐德电气(中国)有限公司');
    expect(nodeLabel({ ...schneider, nameEn: 'Schneider Electric China' }, true)).toBe(
      'Schneider Electric China',
    );
  });

  it('marks focus, expansion, truncation, pins and hiding as classes, and places pinned nodes', () => {
    const els = toElements([node('a'), node('b'), node('c')], [edge('a', 'b')], base);
    const byId = new Map(els.map((e) => [String(e.data.id), e]));
    expect(byId.get('a')?.classes).toBe('focus expanded truncated');
    expect(byId.get('b')?.classes).toBe('pinned');
    expect(byId.get('b')?.position).toEqual({ x: 5, y: 6 });
    expect(byId.get('c')?.classes).toBe('hidden');
    expect(byId.get('MEMBER_OF:a->b')?.data.weight).toBe(1);
    expect(String(byId.get('a')?.data.icon)).toMatch(/^data:image\/svg\+xml/);
  });

  it('fades what is not on a path and sizes nodes by a share', () => {
    const els = toElements([node('a'), node('b'), node('c')], [edge('a', 'b'), edge('b', 'c')], {
      ...base,
      hiddenNodes: none,
      path: {
        nodes: new Set(['a', 'b']),
        edges: new Set(['MEMBER_OF:a->b']),
        active: new Set(['MEMBER_OF:a->b']),
        ends: new Set(['a']),
      },
      sizes: new Map([
        ['a', 1],
        ['b', 0],
      ]),
    });
    const byId = new Map(els.map((e) => [String(e.data.id), e]));
    expect(byId.get('a')?.classes).toContain('path-end');
    expect(byId.get('b')?.classes).toContain('path');
    expect(byId.get('c')?.classes).toContain('faded');
    expect(byId.get('MEMBER_OF:a->b')?.classes).toBe('path path-active');
    expect(byId.get('MEMBER_OF:b->c')?.classes).toBe('faded');
    expect(Number(byId.get('a')?.data.size)).toBeGreaterThan(Number(byId.get('b')?.data.size));
  });
});
