import { beforeAll, describe, expect, it } from 'vitest';
import { annotate, ids, WARM_UP_TIMEOUT, warmUp } from './article.ts';

/** The days of happenings: told after them, on undated pages, right after their noun. */

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('a happening told first, its day after', () => {
  it('takes the full date opening the next sentence when nothing before dates it', () => {
    const a = annotate(
      '2023年度全区重点项目现场观摩会举行。2024年1月9日上午，区委书记柯望川带队，观摩组一行来到东湖智造园。',
    );
    expect(ids(a).filter((id) => id.startsWith('event:'))).toContain(
      'event:2024-01-09:2023年度全区重点项目现场观摩会',
    );
  });
});

describe('an undated page', () => {
  it('dates a happening by the year its own name gives and the day told before it', () => {
    const a = annotate('6月18日上午\n竹山县举行了2022年第二批招商项目集中签约仪式。县长柯望川致辞。', {
      publishedAt: null,
    });
    expect(ids(a).filter((id) => id.startsWith('event:'))).toEqual([
      'event:2022-06-18:竹山县2022年第二批招商项目集中签约仪式',
    ]);
  });

  it('dates it by a Taiwan page year of the Republic in its name, the day written right after the noun', () => {
    const a = annotate('橘林鄉青年聯誼會113年度第2次會員大會於9月5日在鄉立圖書館召開，鄉長邱明遠主持。', {
      publishedAt: null,
    });
    expect(ids(a).filter((id) => id.startsWith('event:'))).toEqual([
      'event:2024-09-05:橘林乡青年联谊会113年度第2次会员大会',
    ]);
  });

  it('dates it by the year of the Republic written before the day in the text', () => {
    const a = annotate(
      '橘林鄉農會於113年5月9日上午在鄉立活動中心舉行第十屆理監事就職典禮，鄉長邱明遠致詞。',
      {
        publishedAt: null,
      },
    );
    const events = ids(a).filter((id) => id.startsWith('event:'));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatch(/^event:2024-05-09:/);
  });

  it("dates today by a Taiwan wire's closing stamp, the editor's credit then the day of the Republic", () => {
    const a = annotate(
      '（青禾社記者林遠11日電）縣長林遠川帶領農會幹部今天啟程，前往四川參訪，預計停留一週。（編輯：周青）1140411',
      { publishedAt: null },
    );
    expect(ids(a).filter((id) => id.startsWith('event:'))).toEqual(['event:2025-04-11:四川省参访']);
  });

  it('takes no day from a stamp that is no date', () => {
    const a = annotate('縣長林遠川帶領農會幹部今天啟程，前往四川參訪。（編輯：周青）1141341', {
      publishedAt: null,
    });
    expect(ids(a).filter((id) => id.startsWith('event:'))).toEqual(['event:四川省参访']);
  });

  it('takes no year of the Republic from an anniversary in the name', () => {
    const a = annotate('青禾協會成立30年慶祝大會於9月5日在青港舉行。', { publishedAt: null });
    expect(ids(a)).toContain('event:青禾协会成立30年庆祝大会');
  });

  it('dates it by a year inside a quoted title in the sentence that tells the day', () => {
    const a = annotate(
      '4月9日，淳安县人民政府与青石投资集团有限公司签署产业合作协议，项目列入《2021年山区协作行动方案》首批清单。',
      { publishedAt: null },
    );
    expect(ids(a)).toContain('event:2021-04-09:淳安县人民政府与青石投资集团有限公司产业合作协议签署');
  });
});

describe('a day written right after the happening', () => {
  it('dates a congress told as <congress><day>在<place>举行 under a wire dateline', () => {
    const a = annotate('新华社长沙5月12日电 中华果蔬流通协会第四次会员代表大会12日上午在长沙举行。', {
      publishedAt: '2022-05-12T20:00:00+08:00',
    });
    expect(ids(a).filter((id) => id.startsWith('event:'))).toEqual([
      'event:2022-05-12:中华果蔬流通协会第四次会员代表大会',
    ]);
  });
});

describe('a day and 晚 (the evening) before the happening', () => {
  it('still finds what was held that evening', () => {
    const a = annotate('橘林同鄉會第五屆理監事就職典禮9日晚在青禾酒店舉行，會長邱明遠致詞。', {
      publishedAt: '2024-05-10T09:00:00+08:00',
    });
    expect(ids(a).filter((id) => id.startsWith('event:'))).toEqual([
      'event:2024-05-09:橘林同乡会第五届理监事就职典礼',
    ]);
  });
});
