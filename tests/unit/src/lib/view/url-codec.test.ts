import { describe, expect, it } from 'vitest';
import { decodeView, encodeView, isExplorerPath, viewHref } from '../../../../../src/lib/view/url-codec.ts';
import { emptyView, normalizeView, type View } from '../../../../../src/lib/view/view-state.ts';

const full: View = {
  focus: 'person:李红珍',
  expanded: ['org:上海市普陀区委组织部', 'place:上海市普陀区'],
  more: [{ id: 'org:联盟', type: 'Organization' }],
  added: ['org:施耐德电气(中国)有限公司'],
  hidden: ['topic:智能制造'],
  removed: ['person:a,b&c=d'],
  pinned: [{ id: 'event:2023-04-23:成立', x: -12, y: 40 }],
  filters: {
    hiddenTypes: ['Topic'],
    hiddenKinds: ['reporter'],
    hiddenRelations: ['FOCUSES_ON'],
    asOf: '2023-04-23',
  },
  layout: 'concentric',
  sizeBy: 'betweenness',
  path: { from: 'person:李红珍', to: 'org:新民晚报', maxLength: 5 },
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

  it('drops what it cannot read instead of failing', () => {
    const view = decodeView(
      '/entity/%E0%A4%A',
      '?layout=spiral&size=huge&asOf=yesterday&noType=Alien&noRel=drop%20table&more=Nope:x&more=Person&pin=1,2&pin=3,x,id',
    );
    expect(view).toEqual(emptyView());
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
});
