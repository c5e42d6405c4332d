import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * A body written after a bare level (区委, 市政府) on a page that names no division of that level and has no home
 * division: ids are the graph's merge key across articles, so such a body gets no id of its own (review14 R1).
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

const orgIds = (text: string) => ids(annotate(text)).filter((id) => id.startsWith('org:'));

describe('bodies of a bare level with no division known', () => {
  it('give two pages no shared organisation', () => {
    const first = orgIds('区委书记柏文远到青川竹编有限公司调研。');
    const second = orgIds('区委书记罗青山主持召开区人大常委会党组会议。');
    expect(first.filter((id) => second.includes(id))).toEqual([]);
    expect([...first, ...second]).not.toContain('org:区委');
  });

  it('are qualified once the page names the division', () => {
    expect(orgIds('余杭区召开座谈会，区委书记柏文远出席。')).toContain('org:浙江省杭州市余杭区委');
  });
});

describe('a division with its level written again before a body', () => {
  it('names the body once (柏乡县县发改局 is 柏乡县发改局), but keeps a body whose name opens with the level (市场)', () => {
    const found = orgIds('柏乡县县发改局局长林禾陪同。邢台市市场监管局局长周立文出席。');
    expect(found).toContain('org:河北省邢台市柏乡县发改局');
    expect(found).toContain('org:河北省邢台市市场监管局');
    expect(found.join(' ')).not.toContain('县县');
  });
});

describe("a banner's bodies written after a bare 旗", () => {
  it('are the banner the page names, and nothing on a page that names none', () => {
    expect(orgIds('乌审旗召开座谈会。旗政协主席林禾出席。')).toContain(
      'org:内蒙古自治区鄂尔多斯市乌审旗政协',
    );
    expect(orgIds('旗政协主席林禾出席座谈会。')).toEqual([]);
  });
});

describe("a zone's bodies written with its kind alone", () => {
  it("are identified with the page's division, as the zone is (no bare org:保税区党委 shared by every page)", () => {
    const found = ids(
      annotate('滨海新区与青禾高新区签约。滨海新区领导林禾，保税区党委书记、管委会主任周立文参加。'),
    );
    expect(found).toContain('org:天津市滨海新区保税区党委');
    expect(found).toContain('org:天津市滨海新区保税区管委会');
    expect(found).toContain('place:天津市滨海新区保税区');
    expect(found).not.toContain('org:保税区党委');
  });
});
