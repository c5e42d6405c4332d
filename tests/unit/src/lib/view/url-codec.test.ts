import { describe, expect, it } from 'vitest';
import { shortKey } from '../../../../../src/lib/view/short-key.ts';
import {
  decodeView,
  encodeView,
  isExplorerPath,
  readViewUrl,
  viewGraphQuery,
  viewHref,
} from '../../../../../src/lib/view/url-codec.ts';
import { emptyView, normalizeView, type View } from '../../../../../src/lib/view/view-state.ts';

const full: View = {
  focus: 'person:李红珍',
  expanded: ['org:上海市普陀区委组织部', 'place:上海市普陀区'],
  more: [{ id: 'org:联盟', type: 'Organization', pages: 2 }],
  added: ['org:施耐德电气(中国)有限公司'],
  hidden: ['topic:智能制造'],
  removed: ['person:a,b&c=d'],
  pinned: [{ key: shortKey('event:2023-04-23:成立'), x: -12, y: 40 }],
  filters: {
    hiddenTypes: ['Topic'],
    hiddenKinds: ['reporter'],
    hiddenRelations: ['FOCUSES_ON'],
    asOf: '2023-04-23',
  },
  layout: 'concentric',
  sizeBy: 'betweenness',
  path: { from: 'person:李红珍', to: 'org:新民晚报', maxLength: 5 },
  grouping: 'on',
  folded: [shortKey('org:上海市普陀区委组织部')],
};

describe('view URL codec', () => {
  it('round-trips a full view', () => {
    const { pathname, search } = encodeView(full);
    expect(pathname).toBe(`/entity/${encodeURIComponent('person:李红珍')}`);
    expect(decodeView(pathname, search)).toEqual(normalizeView(full));
  });

  it('keeps ids with commas, ampersands and colons intact', () => {
    const { pathname, search } = encodeView(full);
    expect(decodeView(pathname, search).removed).toEqual(['person:a,b&c=d']);
  });

  it('writes the empty view as / and a path without focus as /path', () => {
    expect(viewHref(emptyView())).toBe('/');
    const href = viewHref({ ...emptyView(), path: { from: 'a:1', to: 'b:2', maxLength: 4 } });
    expect(href).toBe('/path?from=a%3A1&to=b%3A2');
    expect(decodeView('/path', '?from=a%3A1&to=b%3A2').path).toEqual({
      from: 'a:1',
      to: 'b:2',
      maxLength: 4,
    });
  });

  it('is canonical: the same view gives the same URL whatever the order it was built in', () => {
    const a = { ...full, expanded: [...full.expanded].reverse(), hidden: ['y', 'x', 'y'] };
    const b = { ...full, hidden: ['x', 'y'] };
    expect(viewHref(a)).toBe(viewHref(b));
  });

  it('drops what it cannot read instead of failing, and says what it dropped', () => {
    const { view, ignored } = readViewUrl(
      '/entity/%E0%A4%A',
      '?layout=spiral&size=huge&asOf=2023-13-45&noType=Alien&noRel=drop%20table&more=Nope:x&more=Person&pin=1,2&pin=3,x,id&group=maybe&fold=NOT-A-KEY',
    );
    expect(view).toEqual(emptyView());
    expect(ignored.map((i) => i.param).sort()).toEqual(
      [
        'asOf',
        'entity',
        'fold',
        'group',
        'layout',
        'more',
        'more',
        'noRel',
        'noType',
        'pin',
        'pin',
        'size',
      ].sort(),
    );
    expect(ignored).toContainEqual({ param: 'asOf', value: '2023-13-45' });
  });

  it('keeps what it can read beside what it cannot', () => {
    const { view, ignored } = readViewUrl(
      '/entity/person%3Aa',
      '?asOf=2023-02-30&x=org%3Ab&layout=concentric',
    );
    expect(view).toMatchObject({ focus: 'person:a', expanded: ['org:b'], layout: 'concentric' });
    expect(view.filters.asOf).toBeNull();
    expect(ignored).toEqual([{ param: 'asOf', value: '2023-02-30' }]);
  });

  it('writes pins by short key and reads the older x,y,id form too', () => {
    const key = shortKey('event:2023-04-23:成立');
    expect(encodeView(full).search).toContain(`pin=${key}_-12_40`);
    expect(decodeView('/', `?pin=${encodeURIComponent('5,-7,event:2023-04-23:成立')}`).pinned).toEqual([
      { key, x: 5, y: -7 },
    ]);
  });

  it('writes further pages of a hub as Type~N:id', () => {
    expect(decodeURIComponent(encodeView(full).search)).toContain('more=Organization~2:org:联盟');
    expect(decodeView('/', '?more=Person:org%3Ab').more).toEqual([{ id: 'org:b', type: 'Person', pages: 1 }]);
    expect(readViewUrl('/', '?more=Person~9:org%3Ab').ignored).toHaveLength(1);
  });

  it('reads a percent-encoded pathname, as location.pathname gives it', () => {
    expect(decodeView('/entity/person%3A%E6%9D%8E%E7%BA%A2%E7%8F%8D', '').focus).toBe('person:李红珍');
  });

  it('knows which pathnames belong to the explorer', () => {
    expect(isExplorerPath('/')).toBe(true);
    expect(isExplorerPath('/path')).toBe(true);
    expect(isExplorerPath('/entity/person%3Aa')).toBe(true);
    expect(isExplorerPath('/article/abc')).toBe(false);
  });

  it('gives the graph parameters alone for a live embed of the view', () => {
    const view: View = {
      ...emptyView(),
      focus: 'a',
      expanded: ['b'],
      hidden: ['c'],
      layout: 'concentric',
      filters: { ...emptyView().filters, hiddenTypes: ['Topic'], asOf: '2023-05-01' },
    };
    expect(viewGraphQuery(view)).toBe('x=b&hide=c&noType=Topic');
    expect(viewGraphQuery({ ...emptyView(), focus: 'a' })).toBe('');
  });
});
