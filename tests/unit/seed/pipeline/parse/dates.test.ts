import { describe, expect, it } from 'vitest';
import {
  dateFromFileName,
  dateFromUrl,
  epochToChinaTime,
  findDate,
  findDates,
  parsePublishedAt,
  toDay,
} from '../../../../../seed/pipeline/parse/dates.ts';
import { readInfoLine } from '../../../../../seed/pipeline/parse/info-line.ts';

describe('parsePublishedAt', () => {
  it.each([
    ['2023-04-24 15:02', '2023-04-24T15:02:00+08:00'],
    ['2023-04-24 15:02 来源:新民晚报 次阅读', '2023-04-24T15:02:00+08:00'],
    ['发布时间：2023年4月24日 15:02', '2023-04-24T15:02:00+08:00'],
    ['2023年04月24日15:02:09', '2023-04-24T15:02:09+08:00'],
    ['2023/4/24 9:05', '2023-04-24T09:05:00+08:00'],
    ['2023.04.24', '2023-04-24T00:00:00+08:00'],
    ['2023-04-24', '2023-04-24T00:00:00+08:00'],
    ['2023-04-24T07:02:00Z', '2023-04-24T15:02:00+08:00'],
    ['2023-04-24T07:02:00.000Z', '2023-04-24T15:02:00+08:00'],
    ['2023-04-24T20:02:00-05:00', '2023-04-25T09:02:00+08:00'],
    ['2023-04-24T15:02:00+08:00', '2023-04-24T15:02:00+08:00'],
    ['2023-04-24 15时02分', '2023-04-24T15:02:00+08:00'],
    ['7/9/2024 08:15', '2024-09-07T08:15:00+08:00'],
    ['7/9/2024 08:15 (美东时间)', '2024-07-09T08:15:00+08:00'],
    ['7/9/2024 08:15 CST', '2024-09-07T08:15:00+08:00'],
  ])('%s → %s', (text, iso) => {
    expect(parsePublishedAt(text)).toBe(iso);
  });

  it.each(['下周二', '2023-13-01', '2023-02-30', '4月23日下午', '', '7/9/2024', '10/12/2024年报'])(
    'finds no date in %j',
    (text) => {
      expect(parsePublishedAt(text)).toBeNull();
    },
  );

  it('reads epoch seconds and milliseconds', () => {
    expect(epochToChinaTime(1696982400)).toBe('2023-10-11T08:00:00+08:00');
    expect(epochToChinaTime(1696982400000)).toBe('2023-10-11T08:00:00+08:00');
  });
});

describe('readInfoLine', () => {
  it.each([
    ['2023-04-24 15:02 来源:新民晚报 次阅读', '新民晚报', []],
    ['发布时间:2023-04-19 16:20  信息来源:苏州日报  浏览次数:', '苏州日报', []],
    ['2023-07-06 10:30 来源：新民晚报 作者：徐芷若 字号：大 中 小', '新民晚报', ['徐芷若']],
    ['2023年05月10日 07:12　来源：济南日报　作者：韩雪松　责任编辑：邵雯雯', '济南日报', ['韩雪松']],
    ['2023/07/15 14:20　來源：港灣日報', '港灣日報', []],
    ['2024-05-06 09:30 | 青禾通讯社', '青禾通讯社', []],
  ])('%s', (line, source, reporters) => {
    const info = readInfoLine(line);
    expect(info.source).toBe(source);
    expect(info.reporters).toEqual(reporters);
    expect(info.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\+08:00$/);
  });
});

describe('findDate', () => {
  it('takes no column name before the day and no widget word after it as the source', () => {
    expect(readInfoLine('本地新闻 | 2024-02-07 10:30').source).toBeNull();
    expect(readInfoLine('2024-02-07 | 分享到').source).toBeNull();
  });

  it('reads a dashed year of the Republic of three digits only', () => {
    expect(readInfoLine('新聞日期:112-03-07').publishedAt).toBe('2023-03-07T00:00:00+08:00');
    expect(readInfoLine('日期:24-03-07').publishedAt).toBeNull();
  });

  it('finds a date glued to a title and gives the day as written', () => {
    const date = findDate('济钢集团推进主题教育走深走实2023-04-25');
    expect(date && toDay(date)).toBe('2023-04-25');
    expect(date?.index).toBe(14);
  });

  it('does not take digits of a longer number for a year', () => {
    expect(findDate('编号12023-04-25')).toBeUndefined();
  });
});

describe('date badges glued before the year and month', () => {
  it('read only as a word of their own', () => {
    expect(findDate('分享  042022-03')).toMatchObject({ year: 2022, month: 3, day: 4 });
    expect(findDate('桃政发102023-05号')).toBeUndefined();
    expect(findDate('电话 0736-132022-03')).toBeUndefined();
  });
});

describe('dates', () => {
  it('reads a day glued to its time', () => {
    const [date] = findDates('发布日期: 2023-02-0419:47:55 浏览次数:');
    expect(date).toMatchObject({ year: 2023, month: 2, day: 4, time: { hour: 19, minute: 47, second: 55 } });
  });

  it('takes the day from URLs and file names, and only real days', () => {
    expect(dateFromUrl('http://x.example/xwzx/202305/t20230512_88123.html')).toBe('2023-05-12');
    expect(dateFromUrl('https://x.example/2023/0627/c3312891.html')).toBe('2023-06-27');
    expect(dateFromUrl('http://x.example/content/2023-09/21/content_7788.htm')).toBe('2023-09-21');
    expect(dateFromUrl('http://x.example/zxxw/20231010/8812.html')).toBe('2023-10-10');
    expect(dateFromUrl('http://x.example/art/2023/4/7/art_5521_1.html')).toBe('2023-04-07');
    expect(dateFromUrl('http://x.example/a/20231340/1.html')).toBeUndefined();
    expect(dateFromUrl('http://x.example/a/12345678.html')).toBeUndefined();
    expect(dateFromFileName('pages/228_yunxiu-pairing-20230822.txt')).toBe('2023-08-22');
    expect(dateFromFileName('pages/203_anhai.txt')).toBeUndefined();
  });
});
