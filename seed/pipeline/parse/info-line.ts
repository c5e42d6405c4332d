/**
 * The info line under a headline: `2023-04-24 15:02 来源:新民晚报 次阅读`, `发布时间：2023年4月24日 15:02
 * 来源：新民晚报 作者：张三`. Shared by page scrapes and HTML pages.
 */
import { authorNames } from './byline.ts';
import { findDate, findDates, PART_OF_DAY, toChinaTime, WEEKDAY } from './dates.ts';
import { outletOrNull, placesOnly } from './outlet-name.ts';
import { isInterfaceWord } from './scrape-lines.ts';
import { zh } from './zh-variants.ts';

const INFO_KEY_RE = zh(
  /(?:来源|稿源|出处|发稿单位|发布单位|发布机关|发布机构|发文机构|发布时间|发布日期|发稿时间|发稿日期|生成日期|发文日期|成文日期|时间|日期|作者|记者|编辑)\s*[:：]/u,
);
const COUNTER_INLINE_RE = zh(
  // `语音阅读:` is a read-aloud button, not a counter: its 语音 would be left as the author's name.
  /\d*\s*次(?:阅读|浏览)|(?<!语音|朗读)(?:阅读|浏览|点击)(?:量|数|次数)?\s*[:：]?\s*\d*\s*次?/gu,
);
// `发布` is a key only as `发布时间`/`发布于`/`发布：`; `城关发布`, `亭湖发布` are WeChat accounts.
const NEXT_KEY = '(?=\\s|[|｜]|作者|记者|编辑|责任编辑|责编|发布(?:时间|日期|于|[:：])|时间|日期|来源|$)';
// `来自 亭湖发布` on a forum repost has no colon.
const SOURCE_RE = zh(
  new RegExp(
    `(?:(?:来源|稿源|出处|发稿单位|发布单位|发布机关|发布机构|发文机构)\\s*[:：]|来自\\s*[:：]?)\\s*([^\\s|｜]+?)${NEXT_KEY}`,
    'u',
  ),
);
/** A WeChat copy's header: `原创 城关发布 城关发布 2023-09-12 20:15 甘肃` (the account is the source). */
const WECHAT_RE = zh(/^(?:原创|转载)\s+([^\s\d]{2,20})\s/u);
/** An e-paper's page header: `2023年03月08日　第A03版：要闻　PDF版`. */
const EDITION_RE = /第\s*[A-Z]?\d{1,3}\s*版/u;
/** The author value ends at the next `key：` (`作者：张三 字号：大 中 小`), a bar, or a known key. */
const AUTHOR_RE = zh(
  /(?:作者|记者|撰稿|撰文)\s*[:：]\s*(.+?)\s*(?=\s[\p{Script=Han}A-Za-z]{1,6}\s*[:：]|[|｜]|来源|稿源|编辑|责任编辑|责编|发布|时间|日期|$)/u,
);

/** `作者:某某`, `作者：某某 某大学博士` alone under the headline: part of the info block. */
const AUTHOR_LINE_RE = zh(/^\s*(?:作者|撰文)\s*[:：][^。，,；;]{1,40}$/u);

export interface InfoLine {
  publishedAt: string | null;
  source: string | null;
  reporters: string[];
}

/** Has an `来源:` / `作者:` / `发布时间:` key. */
export function hasInfoKey(line: string): boolean {
  return INFO_KEY_RE.test(line);
}

/** `来源:新民晚报 次阅读` → `来源:新民晚报`. */
function withoutCounters(line: string): string {
  return line.replace(COUNTER_INLINE_RE, ' ').trim();
}

/** `来源:作者: 字体[ 大 中 小 ]`: a template whose fields are empty gives the next key as the value. */
const EMPTY_VALUE_RE = zh(
  /^(?:作者|记者|编辑|责任编辑|责编|发布|时间|日期|更新|浏览|点击|字体|字号|关键词|分享|阅读|生成日期|文号)/u,
);

/** `(来源:江城日报)`: the bracket that closes the whole note is not the outlet's (`人民日报(海外版)` keeps its own). */
function withoutClosingBracket(value: string): string {
  const opened = (value.match(/[(（【[]/gu) ?? []).length;
  const closed = (value.match(/[)）】\]]/gu) ?? []).length;
  return closed > opened ? value.replace(/[)）】\]]+$/u, '') : value;
}

/** `来源:**.4.** 某某新闻`: a value a mirror masked with asterisks, before the real one. */
const MASKED_RE = /\*{2,}[^\s*]*\*{2,}\s*/gu;

const FROM_RE = zh(/^来自/u);

function infoSource(line: string): string | null {
  const m = SOURCE_RE.exec(withoutCounters(line).replace(MASKED_RE, ''));
  const found = m?.[1];
  if (found && FROM_RE.test(m[0]) && placesOnly(found)) return null;
  const value = found ? withoutClosingBracket(found) : undefined;
  // `【信息来源:【信息时间:…`: a bracket where the value should be is the next field.
  return value && !EMPTY_VALUE_RE.test(value) && !/^[【[(（]/u.test(value) ? value : null;
}

/**
 * True for a short line with a date and time, with an info key and a date or a source, or with one full date and
 * nothing else but read counters and at most one name (`2025-07-24 阅读:56 次`, `京南资讯 2023-05-12`). Lines
 * longer than `maxLength` are body text.
 */
export function isInfoText(line: string, maxLength = 120): boolean {
  if (line.length > maxLength) return false;
  if (!findDate(line) && rocDate(line)) return true;
  const date = findDate(line);
  if (date?.time) return true;
  if (date && EDITION_RE.test(line)) return true;
  if (hasInfoKey(line)) return date !== undefined || infoSource(line) !== null || AUTHOR_LINE_RE.test(line);
  return date !== undefined && isDateLine(withoutCounters(line));
}

// `2018年11月23日(星期五)`, `2024-05-16 週四`, `… 下午`: the weekday and the part of the day are no name.
const CLOCK_WORDS_RE = zh(
  new RegExp(`[(（]\\s*(?:${WEEKDAY})\\s*[)）]|(?:${WEEKDAY})|${PART_OF_DAY}`, 'giu'),
);
// `[2020/03/05]`: the day in brackets alone.
const LEFT_OVER_RE = /^[\s|｜:：/·•\-[\]【】()（）]*$/u;
/** `| 工作动态 |2021-06-08`: the column the story is filed under, set off by bars before the day. */
const COLUMN_BEFORE_RE = /^[\s|｜]*\p{Script=Han}{2,8}\s*[|｜]\s*$/u;

function withoutClockWords(text: string): string {
  return text.replace(CLOCK_WORDS_RE, ' ');
}

function isDateLine(clean: string): boolean {
  const dates = findDates(clean);
  const date = dates[0];
  if (dates.length !== 1 || !date) return false;
  return (
    LEFT_OVER_RE.test(withoutClockWords(`${clean.slice(0, date.index)}${clean.slice(date.end)}`)) ||
    (COLUMN_BEFORE_RE.test(clean.slice(0, date.index)) && LEFT_OVER_RE.test(clean.slice(date.end))) ||
    bareName(clean, dates) !== null
  );
}

/**
 * `2023-04-11 20:45:22    上海證券報·中國證券網`, `京南资讯 2023-05-12`, `南岗发布 2023-02-17 21:06 发表于黑龙江`: a line
 * of only a date and one name gives that name as the source (no `来源` key needed).
 */
const POSTED_FROM_RE = zh(/\s*发表于\s*\p{Script=Han}{2,8}$/u);
// A source is a name, not a headline: `区委书记某某调研重点企业 2023-05-12` is an item of a list.
const NAME_ONLY_RE = /^[\p{Script=Han}A-Za-z·•-]{2,14}$/u;
const FONT_BUTTON_RE = zh(/^(?:大字|中字|小字|大字体|小字体|默认字体)$/u);
/** `2024-02-07 | 分享到`: a widget's word after the day is no source. */
const WIDGET_WORD_RE = zh(/^(?:分享|分享到|打印|关闭|收藏|字号|评论|返回)$/u);

function bareName(clean: string, dates: ReturnType<typeof findDates>): string | null {
  const date = dates[0];
  if (dates.length !== 1 || !date) return null;
  // `南岗发布 2023-02-17 21:06 发表于黑龙江`: WeChat adds where the account posted from.
  // `2024-02-07 | 某某社`: a bar after the day, before the name (a column name before the day is no source).
  // `2024-05-16 星期四 | 某某社`: the weekday between is the site's clock.
  const rest = withoutClockWords(`${clean.slice(0, date.index)} ${clean.slice(date.end)}`)
    .replace(/^[\s|｜]+/u, '')
    .replace(POSTED_FROM_RE, '')
    .split(/\s+/u)
    // `青禾晨报 2019-04-16 07:10 大字`: a font button after the day.
    .filter((word) => !isInterfaceWord(word) && !FONT_BUTTON_RE.test(word))
    .join(' ')
    .trim();
  return NAME_ONLY_RE.test(rest) && !WIDGET_WORD_RE.test(rest) ? rest : null;
}

/** The name alone beside the day, when it can be an outlet (not `列印`, `农历四月初九`). */
function bareSource(clean: string, dates: ReturnType<typeof findDates>): string | null {
  return outletOrNull(bareName(clean, dates));
}

/**
 * `發稿時間:113年4月2日10:40`, `新聞日期:112-03-07`: Taiwan's official pages count years from 1912 (民国); read only after an info key (with dashes, three digits),
 * where a year of two or three digits can be nothing else.
 */
const ROC_DATE_RE =
  /(?:民國|民国)?(?<!\d)(?:(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|(\d{3})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/u;

function rocDate(clean: string): string | undefined {
  if (!hasInfoKey(clean)) return undefined;
  const m = ROC_DATE_RE.exec(clean);
  const year = Number(m?.[1] ?? m?.[4]);
  if (!m || year < 1 || year > 200) return undefined;
  const rest = clean.slice((m.index ?? 0) + m[0].length);
  return `${year + 1911}-${m[2] ?? m[5]}-${m[3] ?? m[6]}${/^\s*\d{1,2}[:：]\d{2}/u.test(rest) ? ` ${rest.trim().slice(0, 5)}` : ''}`;
}

/** Date (the first one with a time, else the first), source and named authors of an info line. */
export function readInfoLine(line: string): InfoLine {
  const clean = withoutCounters(line);
  const roc = findDate(clean) ? undefined : rocDate(clean);
  const dates = findDates(roc ?? clean);
  const date = dates.find((d) => d.time) ?? dates[0];
  const author = AUTHOR_RE.exec(clean)?.[1];
  return {
    publishedAt: date ? toChinaTime(date) : null,
    source: outletOrNull(infoSource(clean)) ?? WECHAT_RE.exec(clean)?.[1] ?? bareSource(clean, dates),
    reporters: author ? authorNames(author) : [],
  };
}

const HEADLINE_INFO_RE = zh(
  /^(.{4,80}?)\s*[(（[【]?\s*(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)\s*[)）\]】]?\s+(?:来源|稿源|作者|发布|浏览|点击)/u,
);

/** `区委书记曹立强赴商业集团调研 ( 2020年03月23日 )`: a headline with its day in brackets and nothing after. */
const HEADLINE_DAY_RE =
  /^(.{4,80}?)\s*[(（[【]\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*[)）\]】]$/u;

/**
 * The headline that opens an info line on sites that print them together:
 * `泗泾镇召开重点项目推进会 ( 2023年05月12日 )      来源: 泗泾镇` → 泗泾镇召开重点项目推进会.
 */
export function headlineBeforeInfo(line: string): string | undefined {
  const m = HEADLINE_INFO_RE.exec(line) ?? HEADLINE_DAY_RE.exec(line);
  const head = m?.[1]?.trim();
  if (!head || /[:：]$/u.test(head) || /(?:发布|时间|日期)\s*$/u.test(head)) return undefined;
  return head.replace(/\s*[(（[【]\s*$/u, '').trim() || undefined;
}

/**
 * The property line an e-paper template leaves under the story: `2020-08-13 2 2 滁州日报 content_17615.html 1 3
 * 标题 /enpproperty-->` (day, page numbers, the paper, the file, the headline). It names the paper and the day.
 */
const EPAPER_PROPERTY_RE =
  /^(\d{4}-\d{2}-\d{2})\s+(?:\S+\s+)*?(\p{Script=Han}{2,12})\s+[\w-]+\.html?\s.*enpproperty/u;

export function epaperProperty(line: string): InfoLine | undefined {
  const m = EPAPER_PROPERTY_RE.exec(line);
  if (!m?.[1] || !m[2]) return undefined;
  const date = findDate(m[1]);
  return { publishedAt: date ? toChinaTime(date) : null, source: m[2], reporters: [] };
}

/** `发布时间:` alone on a line, its value on the next: portal templates that print key and value apart. */
const LONE_KEY_RE = zh(
  /^(?:发布时间|发布日期|更新时间|信息来源|文章来源|来源|作者|时间|日期|发文日期|发布机构|发文机构|信息时间|索引号|发文字号|成文日期)\s*[:：]$/u,
);
/** `  • 索引号:`: the bullet of a metadata list before its key. */
const KEY_BULLET_RE = /^[•●◆◇■▪]\s*(?=[^\s:：]{1,8}\s*[:：])/u;

/**
 * `…| 责任编辑:张三12月22日，区委书记…`: the page's info line with the story's first sentence glued after the last
 * value (a name, or an outlet) where the story opens with its day or `近日`/`日前`/`本报讯`.
 */
const GLUED_STORY_RE = zh(
  /^(.*(?:来源|发布时间|发布日期|作者|记者|编辑|责任编辑|责编|审核|校对|通讯员)\s*[:：]\s*[^\s|｜:：]+?)(?=(?:\d{1,2}月\d{1,2}日|\d{1,2}日[上下中]午|近日|日前|本报讯)[^|｜]*[。！？]$)/u,
);

/** Splits an info line from the story's first sentence glued after it. */
function unglueStory(line: string): string[] {
  const m = hasInfoKey(line) ? GLUED_STORY_RE.exec(line) : null;
  return m?.[1] ? [m[1], line.slice(m[1].length)] : [line];
}

/** Joins each lone key with the value on the line after it (`发布时间:` / `2025-05-22 10:03`). */
export function joinLoneKeys(text: string[]): string[] {
  const lines = text.map((line) => line.replace(KEY_BULLET_RE, '')).flatMap(unglueStory);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const next = lines[i + 1];
    if (LONE_KEY_RE.test(line) && next !== undefined && next.length <= 40 && !LONE_KEY_RE.test(next)) {
      out.push(`${line}${next}`);
      i++;
    } else out.push(line);
  }
  return out;
}

/**
 * `(本文首发于2022年1月27日《南方周末》)`, `本文转载自某某日报`, `(本文来源:某某发布)`: a repost's note of where the
 * piece first ran, which names the outlet (and maybe the day) when the page does not.
 */
const ORIGIN_NOTE_RE = zh(
  /^[(（【[]?\s*(?:本文|以上(?:图文|文字|内容)?(?:部分)?)(?:首发|首刊|原载|刊发|刊载|刊登|转载|转自|来自|来源|选自|摘自|原发)(?:于|自|在)?\s*[:：]?\s*([^()（）【】[\]。]{2,40}?)\s*[)）】\]]?$/u,
);

export function originNote(line: string): InfoLine | undefined {
  const m = ORIGIN_NOTE_RE.exec(line);
  if (!m?.[1]) return undefined;
  const date = findDate(m[1]);
  const named = /《([^》]{2,16})》|“([^”]{2,16})”/u.exec(m[1])?.slice(1).find(Boolean);
  const rest = (date ? `${m[1].slice(0, date.index)}${m[1].slice(date.end)}` : m[1])
    .replace(/[《》]/gu, '')
    .trim();
  const source = named ?? (NAME_ONLY_RE.test(rest) ? rest : null);
  return { publishedAt: date ? toChinaTime(date) : null, source, reporters: [] };
}
