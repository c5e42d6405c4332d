import type { Doc } from './doc.ts';
import { likelyRepublicYear, republicToCommonYear } from './republic-year.ts';

/**
 * Event dates as news writes them, resolved against the publication day: `4月23日下午` → 2023-04-23 下午,
 * `2023年5月9日`, `本月15日`, `18日` (this month, or last month when the day is still to come), `昨天上午` (the day
 * before publication), `今(6)日` / `昨（五）日` / `今(6)晚` (Taiwan's day of the month in brackets after 今, 昨, 前 or 明), `十四日`
 * and `本月廿四日` (a day in Chinese numerals, before when or where it was or a comma), `9月27號`. `近日`,
 * `日前` and `近期` give no date; the day written in brackets right after them does (`日前(3月8日)`, Hong Kong's way).
 */

export interface EventDate {
  date: string | undefined;
  partOfDay: string | undefined;
  start: number;
  end: number;
}

const DATE =
  /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})[日号號]|本月(\d{1,2}|[一二三四五六七八九十廿卅]{1,3})日|(?<![\d月])(\d{1,2})日(?![\d])|(昨天|昨日|前天|今天|今日|当天)|(近日|日前|近期)|(上周|上星期|本周|这周|(?<![\u4e00-\u9fff])(?:周|星期|礼拜))([一二三四五六日天])(?=上午|下午|晚上|晚间|中午|早上|[,，、在于])|(今|昨|前|明) ?\((\d{1,2}|[一二三四五六七八九十]{1,3})\) ?(?:日|(?=晚))|(?:([〇零○一二三四五六七八九]{4})年)?(?<![一二三四五六七八九十〇零○])([一二三四五六七八九十]{1,2})月([一二三四五六七八九十廿卅]{1,3})日|(?<![一二三四五六七八九十廿卅〇零○\d月初期为达共时长每第近约逾用需仅])([一二三四五六七八九十廿卅]{2,3}|[一二三四五六七八九])日(?=上午|下午|晚上|晚间|中午|傍晚|早上|晚|在|于|假|举行|举办|召开|[,，])/g;
const PART_OF_DAY = /^(?:上午|下午|晚上|晚间|傍晚|中午|早上|凌晨)/;
/** What follows a day told as a clause of its own (9月20日下午, …). */
const CLAUSE_OF_ITS_OWN = /^(?:上午|下午|晚上|晚间|傍晚|中午|早上|凌晨)?\s*[,，]/;

/**
 * Where a dispatch was filed, then 讯, after a dateline's day (…M月D日<place>讯 ). Not 电: after a day it is
 * mostly a message (发来贺电, 收到唁电), and a wire's place comes before its day (<agency><place>M月D日电).
 */
const DATELINE_PLACE = /^[\u4e00-\u9fff]{2,4}讯(?![\u4e00-\u9fff])/;

const pad = (n: number) => String(n).padStart(2, '0');

/** 六 → 6, 十六 → 16, 二十 → 20, 三十一 → 31, 廿四 → 24; digits as they are. */
function dayNumber(given: string): number {
  if (/^\d+$/.test(given)) return Number(given);
  const written = given.replace('廿', '二十').replace('卅', '三十');
  const digit = (c: string | undefined) => (c ? '一二三四五六七八九'.indexOf(c) + 1 : 0);
  const [tens, ones] = written.split('十');
  if (ones === undefined) return digit(tens);
  return (tens ? digit(tens) : 1) * 10 + digit(ones);
}

/** The days before (negative) or after publication that 今, 昨, 前 and 明 point to. */
const NEAR_DAY: Record<string, number> = { 今: 0, 昨: -1, 前: -2, 明: 1 };

/**
 * `今(6)日`: the day of the month the bracket gives, in the month that puts it nearest the day 今 or 昨 points to; a
 * day 昨 or 前 gives is never after publication and one 明 gives never before it (a mirror may repost a page weeks
 * later, so the nearest 3rd to a 20 May page is 3 May for `昨(3)日`, not 3 June).
 */
function bracketedDay(
  pub: { year: number; month: number; day: number },
  near: string,
  written: string,
): string | undefined {
  const day = dayNumber(written);
  if (day < 1 || day > 31) return undefined;
  const expected = Date.UTC(pub.year, pub.month - 1, pub.day + (NEAR_DAY[near] ?? 0));
  const published = Date.UTC(pub.year, pub.month - 1, pub.day);
  const offset = NEAR_DAY[near] ?? 0;
  const candidates = [-1, 0, 1]
    .map((m) => Date.UTC(pub.year, pub.month - 1 + m, day))
    .filter((c) => (offset < 0 ? c <= published : offset > 0 ? c >= published : true));
  if (candidates.length === 0) return undefined;
  const best = candidates.reduce((a, b) => (Math.abs(b - expected) < Math.abs(a - expected) ? b : a));
  const d = new Date(best);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

function shift(day: { year: number; month: number; day: number }, days: number): string {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

const WEEKDAY: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 日: 7, 天: 7 };

/** 上周五, 本周二, 周三: the weekday in the publication's week (Monday first), or the week before. */
function weekday(pub: { year: number; month: number; day: number }, which: string, day: string): string {
  const today = new Date(Date.UTC(pub.year, pub.month - 1, pub.day)).getUTCDay() || 7;
  const target = WEEKDAY[day] ?? 1;
  let offset = target - today;
  if (/^上/.test(which)) offset -= 7;
  else if (!/^(?:本|这)/.test(which) && offset > 0) offset -= 7; // 周五 in Monday's paper: last Friday
  return shift(pub, offset);
}

function resolve(
  doc: Doc,
  m: RegExpMatchArray,
  today = doc.published,
  rocYear: number | undefined = undefined,
): string | undefined {
  const pub = today;
  if (m[7]) return undefined;
  if (m[10] && m[11]) return pub ? bracketedDay(pub, m[10], m[11]) : undefined;
  if (m[8] && m[9]) return pub ? weekday(pub, m[8], m[9]) : undefined;
  if (m[6]) {
    if (!pub || m[6] === '当天') return undefined;
    return shift(pub, m[6] === '前天' ? -2 : m[6].startsWith('昨') ? -1 : 0);
  }
  if ((m[2] && m[3]) || (m[13] && m[14])) {
    const month = m[13] ? dayNumber(m[13]) : Number(m[2]);
    const day = m[14] ? dayNumber(m[14]) : Number(m[3]);
    if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
    // 二〇二一年九月十二日: a year in Chinese numerals, digit by digit.
    const written =
      m[1] ??
      (m[12]
        ? [...m[12]].map((c) => '〇一二三四五六七八九'.indexOf(c.replace(/[零○]/, '〇'))).join('')
        : undefined);
    let year = written ? Number(written) : (rocYear ?? pub?.year);
    if (!year) return undefined;
    if (!written && !rocYear && pub && month > pub.month + 1) year -= 1;
    return `${year}-${pad(month)}-${pad(day)}`;
  }
  // 十四日, 本月廿四日: a day of the month in Chinese numerals, as Taiwan and Hong Kong pages write it.
  const dayOnly = dayNumber(m[4] ?? m[5] ?? m[15] ?? '');
  if (!pub || !dayOnly) return undefined;
  let { year, month } = pub;
  if (dayOnly > pub.day) {
    month -= 1;
    if (month === 0) {
      month = 12;
      year -= 1;
    }
  }
  return `${year}-${pad(month)}-${pad(dayOnly)}`;
}

/**
 * `113年5月9日`, `民国113年5月9日`: a Taiwan page's year of the Republic written right before the month (the date regex
 * reads only four-digit years); a likely one on a traditional page, any with 民国.
 */
function rocYearBefore(doc: Doc, at: number): number | undefined {
  const m = /(民国)?(?<!\d)(\d{2,3}) ?年 ?$/.exec(doc.text.slice(Math.max(0, at - 8), at));
  if (!m?.[2]) return undefined;
  const year = Number(m[2]);
  return m[1] || (doc.traditional && likelyRepublicYear(year)) ? republicToCommonYear(year) : undefined;
}

/**
 * The date expression in text[start, end) that tells the day, resolved: the last one standing as a clause of its own
 * (为贯彻…6月1日…会议精神, 9月20日下午, “…”召开 is the 20th), else the first.
 */
export function findEventDate(doc: Doc, start: number, end: number): EventDate | undefined {
  const told = [...doc.text.slice(start, end).matchAll(DATE)]
    .filter((m) => m[0].includes('月') && m.index > 0)
    .filter((m) => /[,，]\s*$/.test(doc.text.slice(Math.max(start, start + m.index - 3), start + m.index)))
    .filter((m) => CLAUSE_OF_ITS_OWN.test(doc.text.slice(start + m.index + m[0].length, end)))
    .map((m) => start + m.index)
    .pop();
  return (told !== undefined ? firstDate(doc, told, end) : undefined) ?? firstDate(doc, start, end);
}

function firstDate(doc: Doc, start: number, end: number): EventDate | undefined {
  const window = doc.text.slice(start, end);
  // 本报上海9月14日讯 …今天下午: the dateline's day is the story's today; it is the event's only when nothing
  // else dates it (湘潭在线3月9日讯 … 3月8日，… is the 8th).
  let dateline: EventDate | undefined;
  let today = doc.published;
  for (const m of window.matchAll(DATE)) {
    const at = start + m.index;
    const after = doc.text.slice(at + m[0].length, at + m[0].length + 2);
    if (after.startsWith('电')) continue; // 新华社北京6月5日电: the dispatch date, not the event's.
    // 日前(3月8日-9日), 近日（3日）: a vague day with the day itself in brackets after it is dated by the bracket.
    if (m[7] && /^\s?[(（][^)）]{0,12}日/.test(doc.text.slice(at + m[0].length, at + m[0].length + 14)))
      continue;
    // 青禾网3月9日临河讯 3月7日，…: the dateline may name where it was filed before 讯.
    const filed = DATELINE_PLACE.test(doc.text.slice(at + m[0].length, at + m[0].length + 6));
    if (/^(?:讯|消息)/.test(after) || filed) {
      const date = resolve(doc, m, today);
      dateline ??= { date, partOfDay: undefined, start: at, end: at + m[0].length };
      const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
      if (day) today = { year: Number(day[1]), month: Number(day[2]), day: Number(day[3]) };
      continue;
    }
    const part = PART_OF_DAY.exec(after)?.[0];
    const partOfDay = part === '晚间' || part === '傍晚' ? '晚上' : part;
    return {
      date: resolve(doc, m, today, rocYearBefore(doc, at)),
      partOfDay,
      start: at,
      end: at + m[0].length + (part?.length ?? 0),
    };
  }
  return dateline;
}
