import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, relations, WARM_UP_TIMEOUT, warmUp } from './article.ts';

const events = (text: string, publishedAt = '2023-05-20T08:00:00+08:00') =>
  annotate(text, { publishedAt }).entities.filter((e) => e.type === 'Event');

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('events', () => {
  it('drops a quote mark the name was cut away from', () => {
    const names = ['区政协召开“优化营商环境”专题协商会', '区政协召开“优化营商环境专题协商会”'].map(
      (headline) =>
        events(`${headline}\n6月20日，凤翔区政协召开“优化营商环境”专题协商会，区政协主席韦立山主持会议。`)[0]
          ?.name,
    );
    for (const name of names) expect(name?.split('“').length).toBe(name?.split('”').length);
    expect(names[0]).toContain('优化营商环境');
  });

  it('names a founding after the organisation and finds where it was held', () => {
    const a = annotate('4月23日下午,“数智炬生”未来岛亿数街党建联盟,在普陀区桃浦镇未来岛园区宣告成立。', {
      publishedAt: '2023-04-24T15:02:00+08:00',
    });
    const event = a.entities.find((e) => e.type === 'Event');
    expect(event).toMatchObject({
      id: 'event:2023-04-23:数智炬生未来岛亿数街党建联盟成立',
      kind: 'founding',
      properties: { date: '2023-04-23', partOfDay: '下午' },
    });
    expect(relations(a)).toContain(
      'FOUNDED_AT org:数智炬生未来岛亿数街党建联盟 -> event:2023-04-23:数智炬生未来岛亿数街党建联盟成立',
    );
    expect(relations(a)).toContain(
      'HELD_AT event:2023-04-23:数智炬生未来岛亿数街党建联盟成立 -> place:未来岛园区',
    );
  });

  it('names a signing after the phrase before 仪式 and makes the parties partners and signatories', () => {
    const a = annotate(
      '昨天上午,余杭区人民政府与杭州瀚澜智能科技股份有限公司战略合作协议签约仪式在余杭区未来科技城举行。',
      {
        publishedAt: '2023-06-08T07:45:12+08:00',
      },
    );
    const id = 'event:2023-06-07:余杭区人民政府与杭州瀚澜智能科技股份有限公司战略合作协议签约仪式';
    expect(a.entities.find((e) => e.type === 'Event')).toMatchObject({ id, kind: 'signing' });
    expect(relations(a)).toEqual(
      expect.arrayContaining([
        `HELD_AT ${id} -> place:未来科技城`,
        'PARTNERS_WITH org:浙江省杭州市余杭区人民政府 -> org:杭州瀚澜智能科技股份有限公司',
        `PARTICIPATED_IN org:杭州瀚澜智能科技股份有限公司 -> ${id} signatory`,
      ]),
    );
  });

  it('names happenings in the page’s words, with the earlier form (签约, no 仪式) as an alias', () => {
    const named = (text: string) => {
      const [event, ...more] = events(text);
      expect(more).toEqual([]);
      return [event?.name, event?.aliases];
    };
    expect(named('5月9日，青禾新材料有限公司与江城理工大学签订了战略合作协议。')).toEqual([
      '青禾新材料有限公司与江城理工大学战略合作协议签订',
      expect.arrayContaining(['青禾新材料有限公司与江城理工大学战略合作协议签约']),
    ]);
    expect(named('5月9日，青川区创新药物研究院揭牌仪式在青川科技园举行。')).toEqual([
      '青川区创新药物研究院揭牌仪式',
      expect.arrayContaining(['青川区创新药物研究院揭牌']),
    ]);
    // On a traditional page the alias is in the page's script too.
    expect(named('5月9日，青禾新材料有限公司與江城理工大學簽署了戰略合作協議。')).toEqual([
      '青禾新材料有限公司與江城理工大學戰略合作協議簽署',
      expect.arrayContaining(['青禾新材料有限公司與江城理工大學戰略合作協議簽約']),
    ]);
  });

  it('keeps the noun of a forum and its year', () => {
    expect(events('18日,2023张江细胞与基因治疗产业发展论坛在张江科学城张江科学会堂举办。')[0]).toMatchObject({
      id: 'event:2023-05-18:2023张江细胞与基因治疗产业发展论坛',
      kind: 'forum',
    });
  });

  it('names an opening after the place that opened, held there', () => {
    const a = annotate('9月12日上午,“太湖之光”机器人产业园在吴中经济技术开发区正式开园。', {
      publishedAt: '2023-09-13T08:20:00+08:00',
    });
    const id = 'event:2023-09-12:太湖之光机器人产业园开园';
    expect(a.entities.find((e) => e.type === 'Event')?.id).toBe(id);
    expect(relations(a)).toContain(`HELD_AT ${id} -> place:太湖之光机器人产业园`);
    expect(relations(a)).toContain('LOCATED_IN place:太湖之光机器人产业园 -> place:吴中经济技术开发区');
  });

  it('names a meeting an organisation convened', () => {
    expect(events('5月25日下午,山东泉城数字产业集团有限公司召开干部大会,宣布决定。')[0]).toMatchObject({
      id: 'event:2023-05-25:山东泉城数字产业集团有限公司干部大会',
      kind: 'meeting',
    });
  });

  it('gives an undated event an id without a date', () => {
    expect(events('近日,市经信委党组书记、主任甘露华带队走访钱塘区重点工业企业,了解情况。')[0]?.id).toBe(
      'event:杭州市经信委走访钱塘区重点工业企业',
    );
  });
});

describe('signings of one signatory with places', () => {
  const events = (text: string) =>
    annotate(text)
      .entities.filter((e) => e.type === 'Event')
      .map((e) => e.id);

  it('keeps one company’s agreements with two places apart', () => {
    expect(
      events(
        '12月20日，南川精工机械有限公司与青山镇签署战略合作协议。同日，南川精工机械有限公司与石桥镇签署战略合作协议。',
      ),
    ).toEqual([
      'event:2022-12-20:南川精工机械有限公司与青山镇战略合作协议签署',
      'event:2022-12-20:南川精工机械有限公司与石桥镇战略合作协议签署',
    ]);
  });

  it('reads a lead repeated with the place written in full as the same signing', () => {
    expect(
      events(
        '青禾集团与吴兴区政府签署战略合作协议。\n本报讯 青禾集团与湖州市吴兴区人民政府签署战略合作协议。',
      ),
    ).toHaveLength(1);
  });

  it('pairs sides whose names hold a word of intention (将乐县)', () => {
    expect(events('6月12日，将乐县石桥村与南川精工机械有限公司党支部结对共建。')).toEqual([
      'event:2023-06-12:将乐县石桥村与南川精工机械有限公司党支部结对共建签约',
    ]);
    expect(events('6月12日，石桥村将与南川精工机械有限公司党支部结对共建。')).toEqual([]);
  });
});

describe('regions in event names', () => {
  it('names a reception by a region as its id does, without 特别行政区', () => {
    const ids = events(
      '3月2日下午，香港特别行政区行政长官林青会见了来港访问的青禾产业合作促进会会长周远等人。',
    ).map((e) => e.id);
    expect(ids).toEqual(['event:2023-03-02:香港与青禾产业合作促进会会见']);
  });
});

describe('who signs and who watches', () => {
  it('makes who watches it signed (在…见证下) attendees, the people who sign signatories', () => {
    for (const text of [
      '3月2日，在市长韦东川、副市长欧阳宁见证下，宜宾市商务局局长孙立群与南川精工机械有限公司董事长罗一鸣签订产业协作协议。',
    ]) {
      const rels = relations(annotate(text, { publishedAt: '2023-03-03T08:00:00+08:00' }));
      const event = 'event:2023-03-02:宜宾市商务局与南川精工机械有限公司产业协作协议签订';
      expect(rels).toEqual(
        expect.arrayContaining([
          `PARTICIPATED_IN person:韦东川 -> ${event} attendee`,
          `PARTICIPATED_IN person:孙立群 -> ${event} signatory`,
          `PARTICIPATED_IN person:罗一鸣 -> ${event} signatory`,
        ]),
      );
      expect(rels).not.toContain(`PARTICIPATED_IN person:韦东川 -> ${event} signatory`);
      expect(rels).not.toContain(`PARTICIPATED_IN person:欧阳宁 -> ${event} signatory`);
    }
  });

  it('reads no agreement between two people of one side', () => {
    expect(events('宜宾市市长韦东川和宜宾市副市长孙立群签订实训基地共建协议。')).toEqual([]);
  });
});
