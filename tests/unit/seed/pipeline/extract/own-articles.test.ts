import { beforeAll, describe, expect, it } from 'vitest';
import { validateAnnotation } from '../../../../../contract/annotation/validate.ts';
import { annotate, ids, positionsOf, relations, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/**
 * Articles written for these tests (not from the gold set), in the genres the extractor meets: a summit with an
 * alliance and a signing, a national leader's visit with a 新华社 dateline, a meeting of a district's leadership,
 * a research institute founded in a development zone.
 */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('a summit with an alliance and a signing', () => {
  const a = annotate(
    '本报讯（记者 林晓雨 陈思远）5月11日下午，2023长三角数字经济合作峰会在嘉兴市南湖区召开。浙江省副省长高兴夫，嘉兴市委书记陈伟，' +
      '市委副书记、市长毛宏芳出席峰会并致辞。\n会上，南湖区人民政府与上海交通大学嘉兴研究院签署战略合作协议。',
    { source: '嘉兴日报', reporters: ['林晓雨', '陈思远'], publishedAt: '2023-05-12T08:00:00+08:00' },
  );

  it('is schema-valid', () => {
    expect(() => validateAnnotation(a, 'summit')).not.toThrow();
  });

  it('finds the forum, where it was held and who spoke', () => {
    const event = 'event:2023-05-11:2023长三角数字经济合作峰会';
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        `HELD_AT ${event} -> place:浙江省嘉兴市南湖区`,
        `PARTICIPATED_IN person:高兴夫 -> ${event} speaker`,
        `PARTICIPATED_IN person:毛宏芳 -> ${event} attendee`,
      ]),
    );
  });

  it('gives both reporters their byline title and the officials their posts', () => {
    expect(positionsOf(a, '陈思远')).toEqual(['记者 -> org:嘉兴日报']);
    expect(positionsOf(a, '高兴夫')).toEqual(['副省长 -> place:浙江省']);
    expect(positionsOf(a, '毛宏芳')).toEqual(['副书记 -> org:浙江省嘉兴市委', '市长 -> place:浙江省嘉兴市']);
  });

  it('reads the agreement between two organisations', () => {
    expect(relations(a)).toContain(
      'PARTNERS_WITH org:浙江省嘉兴市南湖区人民政府 -> org:上海交通大学嘉兴研究院',
    );
  });
});

describe('a visit with a 新华社 dateline', () => {
  const a = annotate(
    '新华社北京6月5日电（记者 孟一舟）6月4日至5日，国务院副总理周立群率队赴河北省雄安新区调研。河北省委书记柯岳明，' +
      '省长韦正言一同考察。雄安新区党工委书记、新区管委会主任林国舟表示，新区将聚焦智能网联汽车、绿色建材等产业。',
    { source: '新华社', reporters: ['孟一舟'], publishedAt: '2023-06-05T20:00:00+08:00' },
  );

  it('dates the visit from the text, not from the dispatch line', () => {
    expect(ids(a)).toContain('event:2023-06-04:雄安新区调研');
  });

  it('knows national bodies and zone bodies', () => {
    expect(positionsOf(a, '周立群')).toEqual(['副总理 -> org:国务院']);
    expect(positionsOf(a, '林国舟')).toEqual(['书记 -> org:雄安新区党工委', '主任 -> org:雄安新区管委会']);
    expect(relations(a)).toContain('LOCATED_IN org:雄安新区管委会 -> place:雄安新区');
  });

  it('gives the zone, not its committee, the topics', () => {
    expect(relations(a)).toContain('FOCUSES_ON place:雄安新区 -> topic:智能网联汽车');
  });
});

describe("a meeting of a district's leadership", () => {
  const a = annotate(
    '6月1日上午，闵行区民营企业家座谈会召开。区委书记陈宇剑，区人大常委会主任王其龙，区政协主席徐永红出席会议。' +
      '上海华谊新材料有限公司总经理钱斌、闵行区工商联副主席何敏先后发言。',
    { publishedAt: '2023-06-02T08:00:00+08:00' },
  );

  it('qualifies every body of the district', () => {
    expect(positionsOf(a, '王其龙')).toEqual(['主任 -> org:上海市闵行区人大常委会']);
    expect(positionsOf(a, '徐永红')).toEqual(['主席 -> org:上海市闵行区政协']);
    expect(positionsOf(a, '何敏')).toEqual(['副主席 -> org:上海市闵行区工商联']);
  });

  it('makes everyone in 先后发言 a speaker', () => {
    const event = 'event:2023-06-01:闵行区民营企业家座谈会';
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        `PARTICIPATED_IN person:钱斌 -> ${event} speaker`,
        `PARTICIPATED_IN person:何敏 -> ${event} speaker`,
      ]),
    );
  });
});

describe('an institute founded in a development zone', () => {
  const a = annotate(
    '9月5日，武汉东湖新技术开发区与武汉大学共建的光电子信息产业研究院揭牌成立。东湖高新区党工委副书记、管委会主任张文彤，' +
      '武汉大学副校长周叶中共同为研究院揭牌。\n研究院将重点围绕光通信、激光制造等方向开展技术攻关。',
    { publishedAt: '2023-09-06T08:00:00+08:00' },
  );

  it('takes a short zone name for the long one', () => {
    expect(relations(a)).toContain('LOCATED_IN org:东湖高新区党工委 -> place:武汉东湖新技术开发区');
    expect(ids(a)).not.toContain('place:东湖高新区');
  });

  it('resolves 研究院 to the institute, not to the university', () => {
    expect(relations(a)).toContain('FOCUSES_ON org:光电子信息产业研究院 -> topic:光通信');
    expect(relations(a)).toContain(
      'FOUNDED_AT org:光电子信息产业研究院 -> event:2023-09-05:光电子信息产业研究院成立',
    );
  });
});
