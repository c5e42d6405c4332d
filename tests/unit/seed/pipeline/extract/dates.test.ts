import { beforeAll, describe, expect, it } from 'vitest';
import { findEventDate } from '../../../../../seed/pipeline/extract/dates.ts';
import { makeDoc } from '../../../../../seed/pipeline/extract/doc.ts';
import { article, WARM_UP_TIMEOUT, warmUp } from './article.ts';

function dateIn(text: string, publishedAt = '2023-05-17T08:30:00+08:00') {
  const doc = makeDoc(article(text, { publishedAt }));
  const found = findEventDate(doc, 0, text.length);
  return found ? { date: found.date, partOfDay: found.partOfDay } : undefined;
}

beforeAll(warmUp, WARM_UP_TIMEOUT);

describe('event dates resolved against the publication day', () => {
  it.each([
    ['4月23日下午,联盟宣告成立', '2023-04-24T15:02:00+08:00', '2023-04-23', '下午'],
    ['2022年12月30日上午,仪式举行', '2023-01-02T08:00:00+08:00', '2022-12-30', '上午'],
    ['12月30日,仪式举行', '2023-01-02T08:00:00+08:00', '2022-12-30', undefined],
    ['本月15日下午,大会举行', '2023-05-17T08:30:00+08:00', '2023-05-15', '下午'],
    ['18日,论坛举办', '2023-05-19T06:50:33+08:00', '2023-05-18', undefined],
    ['28日,论坛举办', '2023-05-19T06:50:33+08:00', '2023-04-28', undefined],
    ['昨天上午,签约仪式举行', '2023-06-08T07:45:12+08:00', '2023-06-07', '上午'],
    ['昨日晚间,发布会举行', '2023-03-01T07:00:00+08:00', '2023-02-28', '晚上'],
    ['青湾县政府今(6)日于县府举行签署仪式', '2023-06-06T15:00:00+08:00', '2023-06-06', undefined],
    ['议会昨（五）日下午召开临时会', '2023-06-06T09:00:00+08:00', '2023-06-05', '下午'],
    ['联盟于今(十六)日成立', '2023-06-16T09:00:00+08:00', '2023-06-16', undefined],
    ['商会今(17)晚举办年度交流会', '2023-06-17T09:00:00+08:00', '2023-06-17', undefined],
    // Spaces around the bracket, as some Taiwan pages set it.
    ['镇公所今 (27) 日下午举行揭牌仪式', '2023-06-27T09:00:00+08:00', '2023-06-27', '下午'],
    ['县长昨(31)日率团出访', '2023-06-01T09:00:00+08:00', '2023-05-31', undefined],
    // A vague day with the day itself in brackets (Hong Kong pages): the bracket's day.
    ['商会会长日前(3月8日-9日)率团考察', '2023-05-17T08:30:00+08:00', '2023-03-08', undefined],
    ['商会日前（12日）接待代表团', '2023-05-17T08:30:00+08:00', '2023-05-12', undefined],
    ['展览明(1)日开幕', '2023-06-30T09:00:00+08:00', '2023-07-01', undefined],
    // A page reposted weeks later: 昨 points before it, 明 after it, never the other way.
    ['商会昨(3)日举办交流会', '2023-05-20T09:00:00+08:00', '2023-05-03', undefined],
    ['论坛明(25)日开幕', '2023-05-03T09:00:00+08:00', '2023-05-25', undefined],
    ['大会今(45)日举行', '2023-06-30T09:00:00+08:00', undefined, undefined],
    ['研究会九月十二日上午召开年会', '2023-09-20T09:00:00+08:00', '2023-09-12', '上午'],
    ['二〇二一年九月十二日上午，协会举办年会', '2023-09-20T09:00:00+08:00', '2021-09-12', '上午'],
    // A day of the month alone in Chinese numerals (Taiwan, Hong Kong), before when or where: this month or the last.
    ['十四日下午，县议会考察团拜会市议会', '2023-09-20T09:00:00+08:00', '2023-09-14', '下午'],
    ['同乡会本月廿四日假酒楼举行就职典礼', '2023-09-28T09:00:00+08:00', '2023-09-24', undefined],
    ['商会二十五日在会所举办交流会', '2023-09-20T09:00:00+08:00', '2023-08-25', undefined],
    // 號 for 日 after a month.
    ['9月27號於酒店舉行年會', '2023-09-29T09:00:00+08:00', '2023-09-27', undefined],
    ['十二月三十一日,园区开园', '2024-01-03T09:00:00+08:00', '2023-12-31', undefined],
  ])('%s (published %s)', (text, publishedAt, date, partOfDay) => {
    expect(dateIn(text, publishedAt)).toEqual({ date, partOfDay });
  });

  it('takes the day told as a clause of its own over a date a preamble mentions', () => {
    expect(dateIn('为贯彻落实5月2日全市座谈会会议精神,5月9日下午,“临渭区开发区联盟成立大会”召开')).toEqual({
      date: '2023-05-09',
      partOfDay: '下午',
    });
    expect(dateIn('5月2日召开的座谈会提出,要抓好项目建设')).toEqual({
      date: '2023-05-02',
      partOfDay: undefined,
    });
  });

  it('takes the day after a dateline that names where it was filed (…网M月D日<place>讯)', () => {
    expect(dateIn('青禾网3月9日临河讯 3月7日,社区举办邻里节开幕式', '2023-03-09T09:00:00+08:00')).toEqual({
      date: '2023-03-07',
      partOfDay: undefined,
    });
    // 发来贺电 after a day is a message, not where a dispatch was filed.
    expect(dateIn('3月7日,协会发来贺电,联盟于3月8日成立', '2023-03-09T09:00:00+08:00')?.date).toBe(
      '2023-03-07',
    );
    // 召开电视电话会议: 电 inside the words after a day is no dateline.
    expect(dateIn('11月23日召开电视电话会议', '2023-11-25T09:00:00+08:00')?.date).toBe('2023-11-23');
  });

  it.each(['近日,市经信委走访企业', '日前,联盟成立', '近期,园区开园'])('gives no date for %s', (text) => {
    expect(dateIn(text)?.date).toBeUndefined();
  });

  it('gives nothing without a date expression', () => {
    expect(dateIn('园区重点发展生物医药')).toBeUndefined();
    // A count of days in Chinese numerals is no day of the month.
    expect(dateIn('展期十四日，欢迎参观')).toBeUndefined();
  });
});
